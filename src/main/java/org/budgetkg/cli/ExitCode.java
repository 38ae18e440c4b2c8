package org.budgetkg.cli;

/** Exit codes of every sub-command. */
public enum ExitCode {
    OK(0), FINDINGS(1), USAGE(2), NOTHING_CONVERTED(3), FAILED(4);

    public final int code;

    ExitCode(int code) { this.code = code; }
}

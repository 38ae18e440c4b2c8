package org.budgetkg.model;

/** Something a reader or interpreter noticed, with where: rounding, an ambiguous cell, an unattached table. */
public record Issue(Severity severity, SourceRef ref, String message) {
    /** ROUNDING and NOTE are listed by validate but are not findings; WARNING and ERROR are. */
    public enum Severity { ROUNDING, NOTE, WARNING, ERROR }

    @Override
    public String toString() { return ref + " " + message; }
}

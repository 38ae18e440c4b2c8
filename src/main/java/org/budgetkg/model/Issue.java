package org.budgetkg.model;

/** Something a reader or interpreter noticed, with where: rounding, an ambiguous cell, an unattached table. */
public record Issue(Severity severity, SourceRef ref, String message) {
    public enum Severity { ROUNDING, WARNING, ERROR }

    @Override
    public String toString() { return ref + " " + message; }
}

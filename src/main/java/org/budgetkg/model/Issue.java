package org.budgetkg.model;

/** Something a reader or interpreter noticed, with where: rounding, an ambiguous cell, an unattached table. */
public record Issue(Severity severity, SourceRef ref, String message) {
    /** ROUNDING and NOTE are listed by validate but are not findings; WARNING and ERROR are. */
    public enum Severity {
        ROUNDING, NOTE, WARNING, ERROR;

        /** Whether an issue of this severity is a finding (it fails validate and --strict), not a listing. */
        public boolean finding() { return this == WARNING || this == ERROR; }

        /** How validate tags it, padded to one width. */
        public String tag() { return switch (this) { case ROUNDING -> "rounding "; case NOTE -> "note     "; default -> "FINDING  "; }; }
    }

    public boolean isFinding() { return severity.finding(); }

    @Override
    public String toString() { return ref + " " + message; }
}

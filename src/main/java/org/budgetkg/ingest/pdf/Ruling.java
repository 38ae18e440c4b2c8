package org.budgetkg.ingest.pdf;

/** A ruling line of a table: horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2). */
record Ruling(boolean horizontal, double at, double from, double to) {
    static final double TOLERANCE = 2.0;

    boolean covers(double v) { return v >= from - TOLERANCE && v <= to + TOLERANCE; }

    /** Whether a horizontal and a vertical ruling touch (within the tolerance). */
    boolean crosses(Ruling other) {
        if (horizontal == other.horizontal) return false;
        return covers(other.at) && other.covers(at);
    }
}

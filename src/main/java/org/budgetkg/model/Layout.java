package org.budgetkg.model;

/** How a disclosure's tables were laid out in the text it was read from. */
public enum Layout {
    /** Cells separated by tabs (also markdown with {@code #} and {@code <b>}): empty cells keep their place. */
    TABULATED,
    /** Cells separated by spaces or one per line, rows wrapped over lines (pdftotext, PDF glyph lines). */
    FLOWING
}

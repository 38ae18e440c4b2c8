package org.budgetkg.ingest.pdf;

/** One glyph as placed on the page: top-left origin, y is the baseline, in points. */
record Glyph(String text, double x, double y, double width, double height, double fontSize) {
    double centreX() { return x + width / 2; }
    double centreY() { return y - height / 2; }
    double right() { return x + width; }
}

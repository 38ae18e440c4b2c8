package org.budgetkg.ingest.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of one page with their positions, and its rulings, read in one pass over its content. Overprinted
 * duplicates (fake bold), invisible and clipped glyphs are dropped; glyphs with no Unicode mapping are counted rather
 * than silently lost.
 */
final class PageContent extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();
    private final RulingCollector rulings;
    int unmapped;
    int hidden;

    /** The crop box's height (a page's boxes are inherited attributes: looking one up walks the page tree). */
    private final double pageHeight;

    private PageContent(PDPage page) {
        pageHeight = page.getCropBox().getHeight();
        rulings = new RulingCollector(page);
        rulings.listenTo(this);
    }

    static PageContent collect(PDDocument document, int page) throws IOException {
        PageContent c = new PageContent(document.getPage(page - 1));
        c.setStartPage(page);
        c.setEndPage(page);
        c.setSortByPosition(false);
        c.writeText(document, new StringWriter());
        return c;
    }

    List<Glyph> glyphs() { return glyphs; }

    /** The page's rulings in page space, top-down (see {@link Orientation} for the frame the glyphs are read in). */
    List<Ruling> rulings() { return rulings.rulings(); }

    /** Where glyphs were drawn and where they are read, for {@link Orientation} (the first few hundred suffice). */
    List<Orientation.Sample> samples() { return samples; }

    private final List<Orientation.Sample> samples = new ArrayList<>();

    /** A glyph whose centre lies outside the clipping path is not visible on the page. */
    private boolean clippedAway(PDGraphicsState state, TextPosition t) {
        java.awt.geom.Rectangle2D clip = clipBounds(state);
        // the text rendering matrix places the glyph in device space, as the clipping path is (page rotation aside)
        double x = t.getTextMatrix().getTranslateX() + t.getWidthDirAdj() / 2;
        double y = t.getTextMatrix().getTranslateY() + t.getHeightDir() / 2;
        java.awt.geom.Rectangle2D grown = new java.awt.geom.Rectangle2D.Double(clip.getX() - 2, clip.getY() - 2,
                clip.getWidth() + 4, clip.getHeight() + 4);
        return clip.getWidth() > 0 && clip.getHeight() > 0 && !grown.contains(x, y);
    }

    /** The clipping paths last measured (the graphics state's list, not a copy) and how many it held, with their bounds. */
    private List<java.awt.geom.Path2D> clipPaths;
    private int clipPathCount;
    private java.awt.geom.Rectangle2D clipBounds;

    /**
     * The bounds of the current clipping path, measured again only when its paths change. A state shares its list of
     * paths with the states saved from it and only appends to a list it owns, so the list and its length identify the
     * clip; PDFBox's own {@code getCurrentClippingPath()} intersects the areas anew after every save and restore.
     */
    private java.awt.geom.Rectangle2D clipBounds(PDGraphicsState state) {
        List<java.awt.geom.Path2D> paths = state.getCurrentClippingPaths();
        if (paths != clipPaths || paths.size() != clipPathCount) {
            clipPaths = paths;
            clipPathCount = paths.size();
            java.awt.geom.Area area = new java.awt.geom.Area(paths.get(0));
            for (int i = 1; i < paths.size(); i++) area.intersect(new java.awt.geom.Area(paths.get(i)));
            clipBounds = area.getBounds2D();
        }
        return clipBounds;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        PDGraphicsState state = getGraphicsState();
        if (state != null && state.getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            hidden++; // invisible text (OCR layers aside, often stale or hidden content) is not what the page shows
            return;
        }
        if (state != null && clippedAway(state, t)) {
            hidden++;
            return;
        }
        String u = t.getUnicode();
        if (u == null || u.isEmpty() || u.indexOf('\uFFFD') >= 0) {
            unmapped++;
            return;
        }
        if (u.isBlank()) u = " "; // a printed space still separates words and cells
        Glyph g = new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 0.1), Math.max(t.getHeightDir(), 1),
                t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
        // the same glyph within a point of one already drawn is an overprint (fake bold), however many glyphs
        // were drawn in between: a title printed five times over itself is read once
        // (every copy is remembered, so copies that creep a fraction of a point each time are caught as a chain)
        // squares two points wide: a glyph less than a point away lies in the square of this one or of a neighbour
        // on the side the point-wide window reaches into, so two columns and two rows of squares hold every candidate
        int x0 = square(g.x() - 1), x1 = square(g.x() + 1), y0 = square(g.y() - 1), y1 = square(g.y() + 1);
        boolean overprint = false;
        for (int sx = x0; sx <= x1 && !overprint; sx++) {
            for (int sy = y0; sy <= y1 && !overprint; sy++) {
                List<Glyph> near = drawn.get(new DrawnAt(u, sx, sy));
                if (near == null) continue;
                for (Glyph o : near) if (Math.abs(o.x() - g.x()) < 1.0 && Math.abs(o.y() - g.y()) < 1.0) { overprint = true; break; }
            }
        }
        drawn.computeIfAbsent(new DrawnAt(u, square(g.x()), square(g.y())), k -> new ArrayList<>(1)).add(g);
        if (!overprint) {
            glyphs.add(g);
            if (samples.size() < 400) {
                // page space top-down, as RulingCollector gives the rulings (the text matrix is already moved to the crop box)
                samples.add(new Orientation.Sample(t.getTextMatrix().getTranslateX(), pageHeight - t.getTextMatrix().getTranslateY(),
                        g.x(), g.y()));
            }
        }
    }

    /** Glyphs drawn so far by text and the two-point square they lie in, to find overprints. */
    private final java.util.Map<DrawnAt, List<Glyph>> drawn = new java.util.HashMap<>(4096);

    private static int square(double v) { return (int) Math.floor(v / 2); }

    /**
     * A glyph's text and the square it lies in (a record, not a joined string: four lookups a glyph). Its hash gives
     * each part its own large odd multiplier: a record's own (31·(31·text + x) + y) gives a 1 and a 0 thirty-one squares
     * to its right on the same row the same number, so a table's digits piled up in a few buckets.
     */
    private record DrawnAt(String text, int x, int y) {
        @Override
        public int hashCode() { return text.hashCode() * 0x9E3779B1 + x * 0x85EBCA6B + y * 0xC2B2AE35; }
    }
}

package org.budgetkg.ingest.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of one page with their positions. Overprinted duplicates (fake bold) are dropped; glyphs with
 * no Unicode mapping are counted rather than silently lost.
 */
final class GlyphCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();
    int unmapped;

    static GlyphCollector collect(PDDocument document, int page) throws IOException {
        GlyphCollector c = new GlyphCollector();
        c.setStartPage(page);
        c.setEndPage(page);
        c.setSortByPosition(false);
        c.writeText(document, new StringWriter());
        return c;
    }

    List<Glyph> glyphs() { return glyphs; }

    @Override
    protected void processTextPosition(TextPosition t) {
        String u = t.getUnicode();
        if (u == null || u.isEmpty() || u.indexOf('\uFFFD') >= 0) {
            unmapped++;
            return;
        }
        if (u.isBlank()) u = " "; // a printed space still separates words and cells
        Glyph g = new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), Math.max(t.getWidthDirAdj(), 0.1), Math.max(t.getHeightDir(), 1),
                t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : t.getHeightDir());
        for (int i = glyphs.size() - 1; i >= Math.max(0, glyphs.size() - 8); i--) {
            Glyph o = glyphs.get(i);
            if (o.text().equals(u) && Math.abs(o.x() - g.x()) < 1.0 && Math.abs(o.y() - g.y()) < 1.0) return;
        }
        glyphs.add(g);
    }
}

package org.budgetkg.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetkg.model.SourceText;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fake bold: a line drawn several times over itself, a fraction of a point apart, is read once. */
class OverprintTest {
    @TempDir Path dir;

    @Test
    void aTitlePrintedFiveTimesOverItselfIsReadOnce() throws Exception {
        String title = "2026年部门预算公开";
        Path pdf = pdf("bold.pdf", (s, font) -> {
            // the whole line again and again: more glyphs lie between two copies of one glyph than any short window holds
            for (int copy = 0; copy < 5; copy++) show(s, font, title, 72 + copy * 0.3f, 700 + copy * 0.2f);
            show(s, font, "部门预算", 72, 650);
        });
        SourceText text = new PdfDocumentReader().read(pdf);
        List<String> lines = text.lines().stream().map(TextLine::text).map(Text::label).filter(l -> !l.isEmpty()).toList();
        assertTrue(lines.contains(title), "read once: " + lines);
        assertTrue(lines.contains("部门预算"), lines.toString());
    }

    @Test
    void aCopyLessThanAPointAwayIsAnOverprintWhateverSquareItFallsIn() throws Exception {
        Path pdf = pdf("near.pdf", (s, font) -> {
            // 0.9 pt apart across an even point (the overprint index files glyphs by two-point squares): one glyph;
            // 1.4 pt apart: two glyphs, however close
            float[][] copies = {{101.6f, 700.0f}, {102.5f, 699.1f}, {301.6f, 700.0f}, {303.0f, 700.0f}};
            for (float[] at : copies) show(s, font, "8", at[0], at[1]);
        });
        SourceText text = new PdfDocumentReader().read(pdf);
        String all = text.lines().stream().map(TextLine::text).reduce("", String::concat);
        assertEquals(3, all.chars().filter(c -> c == '8').count(), "one of the first pair, both of the second: " + all);
    }

    /** A one-page PDF with the test font embedded, drawn as the test says. */
    private Path pdf(String name, Draw.Drawing drawing) throws Exception {
        return Draw.onePage(dir.resolve(name), drawing);
    }

    private static void show(PDPageContentStream s, PDType0Font font, String text, float x, float y) throws java.io.IOException {
        s.beginText();
        s.setFont(font, 12);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}

package org.budgetkg.ingest.pdf;

import static org.budgetkg.ingest.pdf.Draw.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.budgetkg.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table whose borders are filled four-cornered outlines 0.3 pt thick, each drawn with moves and lines (as WPS
 * exports them) rather than as rectangles or strokes: its rows are still read cell by cell.
 */
class OutlinedRulingsTest {
    @TempDir Path dir;

    @Test
    void bordersFilledAsOutlinesAreRulings() throws Exception {
        float[] x = {40, 140, 220, 300};
        float[] y = {700, 680, 660};
        Path pdf = Draw.onePage(dir.resolve("outlined.pdf"), (s, font) -> {
            for (float v : x) outline(s, v, y[2], v + 0.3f, y[0]);
            for (float h : y) outline(s, x[0], h, x[x.length - 1], h + 0.3f);
            s.fill();
            text(s, font, x[0] + 2, 686, "科目名称");
            text(s, font, x[1] + 2, 686, "合计");
            text(s, font, x[2] + 2, 686, "基本支出");
            // a name wrapped in its cell, the amount between its lines: only the grid makes them one row
            text(s, font, x[0] + 2, 670, "一般公共服务");
            text(s, font, x[0] + 2, 662, "支出");
            text(s, font, x[1] + 30, 666, "40.00");
        });
        List<String> rows = new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text).toList();
        assertEquals(List.of("科目名称\t合计\t基本支出", "一般公共服务支出\t40.00\t"), rows);
    }

    /** One border: a filled polygon outlined by its four corners, the path closed and filled with the others. */
    private static void outline(PDPageContentStream s, float x1, float y1, float x2, float y2) throws Exception {
        s.moveTo(x1, y1);
        s.lineTo(x2, y1);
        s.lineTo(x2, y2);
        s.lineTo(x1, y2);
        s.closePath();
    }
}

package org.budgetkg.ingest.pdf;

import static org.budgetkg.ingest.pdf.Draw.line;
import static org.budgetkg.ingest.pdf.Draw.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.budgetkg.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rulings and text must meet in one frame whatever the page's geometry: a landscape table on a portrait page turned by
 * /Rotate and drawn sideways so that it reads upright (as a Word or WPS export of a wide table does), and a page whose
 * crop box does not start at the origin (PDFBox reads text from the box's corner; the rulings must move with it).
 */
class PageFrameTest {
    @TempDir Path dir;

    private static final float[] X = {40, 120, 360, 460};
    private static final String[][] ROWS = {
        {"科目编码", "科目名称", "金额"},
        {"208", "社会保障和就业支出", "1,289.52"},
        {"20805", "行政事业单位离退休", "1,289.52"},
        {"2080505", "机关事业单位基本养老保险缴费支出", "743.39"},
        {"2080506", "机关事业单位职业年金缴费支出", "546.13"},
    };

    @Test
    void aTableDrawnSidewaysOnATurnedPageKeepsItsRows() throws Exception {
        for (int rotation : new int[] {90, 270}) {
            assertEquals(List.of("科目编码\t科目名称\t金额", "208\t社会保障和就业支出\t1,289.52", "20805\t行政事业单位离退休\t1,289.52",
                    "2080505\t机关事业单位基本养老保险缴费支出\t743.39", "2080506\t机关事业单位职业年金缴费支出\t546.13"),
                    rows(rotation), "rotation " + rotation);
        }
    }

    @Test
    void aPageWhoseBoxDoesNotStartAtTheOriginKeepsItsColumns() throws Exception {
        assertEquals(List.of("科目编码\t科目名称\t金额", "208\t社会保障和就业支出\t1,289.52", "20805\t行政事业单位离退休\t1,289.52",
                "2080505\t机关事业单位基本养老保险缴费支出\t743.39", "2080506\t机关事业单位职业年金缴费支出\t546.13"),
                rows(0, new PDRectangle(-48, 12, 842, 595)));
    }

    private List<String> rows(int rotation) throws Exception { return rows(rotation, PDRectangle.A4); }

    /** The table's rows as read from a page of {@code box} turned by {@code rotation}, its content drawn to read upright. */
    private List<String> rows(int rotation, PDRectangle box) throws Exception {
        Path pdf = dir.resolve("turned-" + rotation + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = PageFrameTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            PDRectangle portrait = box;
            PDPage page = new PDPage(portrait);
            page.setRotation(rotation);
            doc.addPage(page);
            float w = portrait.getWidth(), h = portrait.getHeight();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                // landscape coordinates (as the page is shown) into the page's own portrait space
                if (rotation != 0) s.transform(rotation == 90 ? new Matrix(0, 1, -1, 0, w, 0) : new Matrix(0, -1, 1, 0, 0, h));
                float top = 500, pitch = 20;
                for (int r = 0; r <= ROWS.length; r++) line(s, X[0], top - r * pitch, X[X.length - 1], top - r * pitch);
                for (float x : X) line(s, x, top, x, top - ROWS.length * pitch);
                for (int r = 0; r < ROWS.length; r++) {
                    float baseline = top - r * pitch - 14;
                    text(s, font, X[0] + 2, baseline, ROWS[r][0]);
                    text(s, font, X[1] + 2, baseline, ROWS[r][1]);
                    text(s, font, X[3] - 2 - font.getStringWidth(ROWS[r][2]) / 1000 * Draw.SIZE, baseline, ROWS[r][2]);
                }
            }
            doc.save(pdf.toFile());
        }
        return new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text).filter(t -> t.contains("\t")).toList();
    }
}

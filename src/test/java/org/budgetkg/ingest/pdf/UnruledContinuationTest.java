package org.budgetkg.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetkg.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last page of an unruled table continued from the previous page: a printed header and two rows of amounts
 * that leave the 公用经费 column empty. The amounts keep the columns of their headers, the empty one included.
 */
class UnruledContinuationTest {
    @TempDir Path dir;

    private static final float[] COLUMN_LEFT = {40, 110, 260, 360, 460, 560};

    @Test
    void twoRowsUnderAHeaderKeepTheEmptyColumnInItsPlace() throws Exception {
        Path pdf = dir.resolve("continued.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = UnruledContinuationTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                row(s, font, 500, "科目编码", "科目名称", "合计", "人员经费", "公用经费", "其他");
                // names left-aligned and short, amounts right-aligned in their columns, 公用经费 and 其他 empty
                row(s, font, 480, "2210201", "住房公积金", "5,634,025.36", "5,634,025.36", "", "");
                row(s, font, 460, "2210203", "购房补贴", "2,751,720.54", "2,751,720.54", "", "");
            }
            doc.save(pdf.toFile());
        }
        List<String> rows = new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text)
                .filter(t -> t.contains("\t")).toList();
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(List.of("科目编码", "科目名称", "合计", "人员经费", "公用经费", "其他"), List.of(rows.get(0).split("\t", -1)));
        assertEquals(List.of("2210201", "住房公积金", "5,634,025.36", "5,634,025.36", "", ""), List.of(rows.get(1).split("\t", -1)));
    }

    private static void row(PDPageContentStream s, PDType0Font font, float y, String... cells) throws Exception {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isEmpty()) continue;
            float width = font.getStringWidth(cells[c]) / 1000 * 9;
            boolean amount = cells[c].matches("[\\d,.]+") && c >= 2;
            float columnWidth = (c + 1 < COLUMN_LEFT.length ? COLUMN_LEFT[c + 1] : 660) - COLUMN_LEFT[c] - 10;
            // a header is centred over its column, an amount right-aligned in it, a name or code left-aligned
            float x = c >= 2 && !amount ? COLUMN_LEFT[c] + (columnWidth - width) / 2
                    : amount ? COLUMN_LEFT[c] + columnWidth - width : COLUMN_LEFT[c];
            s.beginText();
            s.setFont(font, 9);
            s.newLineAtOffset(x, y);
            s.showText(cells[c]);
            s.endText();
        }
    }
}

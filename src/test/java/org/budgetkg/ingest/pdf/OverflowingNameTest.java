package org.budgetkg.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetkg.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruled table whose name is longer than its cell: it runs past the ruling and touches the amount printed
 * left-aligned in the next cell. The name stays in its cell and the amount in its own.
 */
class OverflowingNameTest {
    @TempDir Path dir;

    @Test
    void aNameRunningIntoTheNextCellLeavesTheAmountThere() throws Exception {
        Path pdf = dir.resolve("overflow.pdf");
        String name = "社会保障和就业支出";
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = OverflowingNameTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            float size = 9, nameWidth = font.getStringWidth(name) / 1000 * size;
            float left = 40, boundary = left + 2 + nameWidth - 2, right = boundary + 90, end = right + 60;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (float x : new float[] {left, boundary, right, end}) line(s, x, 700, x, 660);
                for (float y : new float[] {700, 680, 660}) line(s, left, y, end, y);
                text(s, font, left + 2, 686, "科目");
                text(s, font, boundary + 2, 686, "合计");
                text(s, font, right + 2, 686, "其他");
                // the name ends 2 points right of the ruling; the amount starts right after it
                text(s, font, left + 2, 666, name);
                text(s, font, left + 2 + nameWidth + 0.2f, 666, "18803323.32");
                text(s, font, right + 2, 666, "0.00");
            }
            doc.save(pdf.toFile());
        }
        List<String> rows = new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text)
                .filter(t -> t.contains("\t")).toList();
        assertEquals(List.of(name, "18803323.32", "0.00"), List.of(rows.get(rows.size() - 1).split("\t", -1)), rows.toString());
    }

    /** An amount right-aligned against its ruling touches the name printed left-aligned just after it: two cells. */
    @Test
    void anAmountTouchingTheNameInTheNextCellIsTwoWords() throws Exception {
        Path pdf = dir.resolve("touching.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = OverflowingNameTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            float[] x = {40, 140, 220, 360, 440};
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (float v : x) line(s, v, 700, v, 660);
                for (float y : new float[] {700, 680, 660}) line(s, x[0], y, x[4], y);
                text(s, font, x[0] + 2, 686, "项目");
                text(s, font, x[1] + 2, 686, "预算数");
                text(s, font, x[2] + 2, 686, "项目");
                text(s, font, x[3] + 2, 686, "合计");
                text(s, font, x[0] + 2, 666, "一般公共预算");
                float width = font.getStringWidth("99,320.55") / 1000 * 9;
                // the amount ends a hair left of the ruling, the name starts a hair right of it
                text(s, font, x[2] - width - 0.2f, 666, "99,320.55");
                text(s, font, x[2] + 0.2f, 666, "一般公共服务支出");
                text(s, font, x[3] + 2, 666, "16,604.23");
            }
            doc.save(pdf.toFile());
        }
        List<String> rows = new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text)
                .filter(t -> t.contains("\t")).toList();
        assertEquals(List.of("一般公共预算", "99,320.55", "一般公共服务支出", "16,604.23"), List.of(rows.get(rows.size() - 1).split("\t", -1)),
                rows.toString());
    }

    /** An Excel export whose text layer is drawn a little right of its grid: each amount's last digit lies past its ruling. */
    @Test
    void anAmountWhoseLastDigitCrossesTheRulingStaysInItsCell() throws Exception {
        Path pdf = dir.resolve("offset.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = OverflowingNameTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            float[] x = {40, 140, 240, 340, 440};
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (float v : x) line(s, v, 700, v, 660);
                for (float y : new float[] {700, 680, 660}) line(s, x[0], y, x[4], y);
                text(s, font, x[0] + 2, 686, "科目");
                text(s, font, x[1] + 2, 686, "合计");
                text(s, font, x[2] + 2, 686, "基本支出");
                text(s, font, x[3] + 2, 686, "项目支出");
                text(s, font, x[0] + 2, 666, "一般公共服务支出");
                String[] amounts = {"573980610.20", "0.00", "1673000.00"};
                for (int c = 0; c < amounts.length; c++) {
                    float width = font.getStringWidth(amounts[c]) / 1000 * 9;
                    // right-aligned, but 4 points too far right: the last digit ends past the column's ruling
                    text(s, font, x[c + 2] - width + 4, 666, amounts[c]);
                }
            }
            doc.save(pdf.toFile());
        }
        List<String> rows = new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text)
                .filter(t -> t.contains("\t")).toList();
        assertEquals(List.of("一般公共服务支出", "573980610.20", "0.00", "1673000.00"), List.of(rows.get(rows.size() - 1).split("\t", -1)),
                rows.toString());
    }

    private static void line(PDPageContentStream s, float x1, float y1, float x2, float y2) throws Exception {
        s.moveTo(x1, y1);
        s.lineTo(x2, y2);
        s.stroke();
    }

    private static void text(PDPageContentStream s, PDType0Font font, float x, float y, String text) throws Exception {
        s.beginText();
        s.setFont(font, 9);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}

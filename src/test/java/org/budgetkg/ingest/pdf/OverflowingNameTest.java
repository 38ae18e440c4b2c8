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
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.budgetkg.model.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ruled rows whose text does not keep to its cells: a name running into the next cell up to the amount printed there,
 * an amount touching the name after it, a text layer drawn a little right of its grid. Each piece stays in its cell.
 */
class OverflowingNameTest {
    @TempDir Path dir;

    private static final float HEADER_Y = 686, ROW_Y = 666;

    /** What a test draws into a two-row ruled table (a header row and one data row). */
    private interface Drawing { void draw(PDPageContentStream s, PDType0Font font) throws Exception; }

    @Test
    void aNameRunningIntoTheNextCellLeavesTheAmountThere() throws Exception {
        String name = "社会保障和就业支出";
        float nameWidth = width(name), left = 40, boundary = left + nameWidth, right = boundary + 90;
        List<String> row = lastRow(new float[] {left, boundary, right, right + 60}, (s, font) -> {
            header(s, font, new float[] {left, boundary, right}, "科目", "合计", "其他");
            // the name ends 2 points right of the ruling; the amount starts right after it
            text(s, font, left + 2, ROW_Y, name);
            text(s, font, left + 2 + nameWidth + 0.2f, ROW_Y, "18803323.32");
            text(s, font, right + 2, ROW_Y, "0.00");
        });
        assertEquals(List.of(name, "18803323.32", "0.00"), row);
    }

    @Test
    void anAmountTouchingTheNameInTheNextCellIsTwoWords() throws Exception {
        float[] x = {40, 140, 220, 360, 440};
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "项目", "预算数", "项目", "合计");
            text(s, font, x[0] + 2, ROW_Y, "一般公共预算");
            // the amount ends a hair left of the ruling, the name starts a hair right of it
            endingAt(s, x[2] - 0.2f, ROW_Y, "99,320.55");
            text(s, font, x[2] + 0.2f, ROW_Y, "一般公共服务支出");
            text(s, font, x[3] + 2, ROW_Y, "16,604.23");
        });
        assertEquals(List.of("一般公共预算", "99,320.55", "一般公共服务支出", "16,604.23"), row);
    }

    /**
     * An Excel export cuts a long name at its cell's ruling, keeping the letter the ruling cuts in half, and that letter
     * is drawn over the first digit of the code printed in the next cell: the code is still a cell of its own.
     */
    @Test
    void aCodeUnderTheCutLastLetterOfANameStaysInItsCell() throws Exception {
        float[] x = {40, 100, 160, 240};
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "科目名称", "编码", "合计");
            // the seventh and last letter starts 3 points before the ruling and ends 6 past it
            text(s, font, x[1] - 3 - 6 * Draw.SIZE, ROW_Y, "社会保障和就业");
            text(s, font, x[1] + 1.5f, ROW_Y, "50102");
            endingAt(s, x[3] - 2, ROW_Y, "1040490.82");
        });
        assertEquals(List.of("社会保障和就业", "50102", "1040490.82"), row);
    }

    /**
     * Headers filling two narrow cells, two points apart across the ruling between them (a small print's
     * 公务用车购置费 | 公务用车运行维护费): each keeps its cell, where a name that overflows its cell would run on.
     */
    @Test
    void textsAPointApartAcrossARulingAreTwoCells() throws Exception {
        float w = width("社会保障");
        float[] x = {40, 40 + w + 1.8f, 40 + 2 * w + 3.6f, 40 + 2 * w + 63.6f};
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "名称", "名称", "合计");
            // each starts 0.9 point right of its left ruling and ends 0.9 point left of its right one
            text(s, font, x[0] + 0.9f, ROW_Y, "社会保障");
            text(s, font, x[1] + 0.9f, ROW_Y, "社会保障");
            endingAt(s, x[3] - 2, ROW_Y, "40.00");
        });
        assertEquals(List.of("社会保障", "社会保障", "40.00"), row);
    }

    /** A name spread letter by letter across its cell (distributed alignment), wrapped over two lines: one name. */
    @Test
    void aLetterSpacedNameIsOneCell() throws Exception {
        float[] x = {40, 140, 220};
        String first = "其他商品和服务支";
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "科目名称", "决算数");
            for (int k = 0; k < first.length(); k++) text(s, font, x[0] + 2 + k * 12, ROW_Y + 8, first.substring(k, k + 1));
            text(s, font, x[0] + 2, ROW_Y - 1, "出");
            endingAt(s, x[2] - 2, ROW_Y + 4, "11.53");
        });
        assertEquals(List.of("其他商品和服务支出", "11.53"), row);
    }

    /** An Excel export whose text layer is drawn a little right of its grid: each amount's last digit lies past its ruling. */
    @Test
    void anAmountWhoseLastDigitCrossesTheRulingStaysInItsCell() throws Exception {
        float[] x = {40, 140, 240, 340, 440};
        String[] amounts = {"573980610.20", "0.00", "1673000.00"};
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "科目", "合计", "基本支出", "项目支出");
            text(s, font, x[0] + 2, ROW_Y, "一般公共服务支出");
            // right-aligned, but 4 points too far right: the last digit ends past the column's ruling
            for (int c = 0; c < amounts.length; c++) endingAt(s, x[c + 2] + 4, ROW_Y, amounts[c]);
        });
        assertEquals(List.of("一般公共服务支出", "573980610.20", "0.00", "1673000.00"), row);
    }

    /**
     * The same drift, wider: a summary table of name | amount pairs whose amounts end two digits past their ruling,
     * and the last one past the table's right edge. An amount stays with its name, not with the next pair's name.
     */
    @Test
    void anAmountTwoDigitsPastItsRulingStaysBesideItsName() throws Exception {
        float[] x = {40, 130, 190, 280, 340};
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "项目", "预算数", "支出功能分类", "预算数");
            text(s, font, x[0] + 15, ROW_Y, "财政拨款");
            endingAt(s, x[2] + 9, ROW_Y, "573980610.20");
            text(s, font, x[2] + 15, ROW_Y, "教育支出");
            endingAt(s, x[4] + 9, ROW_Y, "20692576.52");
        });
        assertEquals(List.of("财政拨款", "573980610.20", "教育支出", "20692576.52"), row);
    }

    /** A wrapped name whose first line is indented by printed spaces and whose last letter wraps to the cell's left: one cell. */
    @Test
    void aNameIndentedBySpacesAndWrappedIsOneCell() throws Exception {
        float[] x = {40, 140, 220};
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "项目", "预算数");
            text(s, font, x[0] + 2, ROW_Y + 6, "      (1)工资福利支");
            text(s, font, x[0] + 2, ROW_Y - 3, "出");
            endingAt(s, x[2] - 2, ROW_Y + 2, "39108602.61");
        });
        assertEquals(List.of("(1)工资福利支出", "39108602.61"), row);
    }

    /** A row at the table's edge whose outer ruling was not drawn (the borders run on past the last ruling): still a row. */
    @Test
    void aRowPastTheLastDrawnRulingIsStillARow() throws Exception {
        float[] x = {40, 70, 120, 260, 340};
        List<String> row = lastRow(x, (s, font) -> {
            header(s, font, x, "序号", "功能科目编码", "功能科目名称", "合计");
            text(s, font, x[0] + 2, ROW_Y, "23");
            text(s, font, x[1] + 2, ROW_Y, "211");
            text(s, font, x[2] + 2, ROW_Y, "节能环保支出");
            endingAt(s, x[4] - 2, ROW_Y, "6532318.95");
            // the borders go on for one more row, whose bottom ruling is missing
            for (float v : x) line(s, v, 660, v, 642);
            text(s, font, x[0] + 2, 648, "24");
            text(s, font, x[1] + 2, 648, "215");
            text(s, font, x[2] + 2, 648, "资源勘探工业信息等支出");
            endingAt(s, x[4] - 2, 648, "1021805239.60");
        });
        assertEquals(List.of("24", "215", "资源勘探工业信息等支出", "1021805239.60"), row);
    }

    private PDDocument doc;
    private PDType0Font font;

    @org.junit.jupiter.api.BeforeEach
    void openDocument() throws Exception {
        doc = new PDDocument();
        try (InputStream in = OverflowingNameTest.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
            font = PDType0Font.load(doc, in, true);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void closeDocument() throws Exception { doc.close(); }

    private float width(String text) throws Exception { return font.getStringWidth(text) / 1000 * Draw.SIZE; }

    /** Draws {@code text} so that it ends at {@code right}, as a right-aligned amount is printed. */
    private void endingAt(PDPageContentStream s, float right, float y, String text) throws Exception {
        text(s, font, right - width(text), y, text);
    }

    /** Draws the rulings at {@code x} for two rows, then what the test draws; the cells of the last row as read. */
    private List<String> lastRow(float[] x, Drawing drawing) throws Exception {
        Path pdf = dir.resolve("table.pdf");
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            for (float v : x) line(s, v, 700, v, 660);
            for (float y : new float[] {700, 680, 660}) line(s, x[0], y, x[x.length - 1], y);
            drawing.draw(s, font);
        }
        doc.save(pdf.toFile());
        List<String> rows = new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text).filter(t -> t.contains("\t")).toList();
        return List.of(rows.get(rows.size() - 1).split("\t", -1));
    }

    private static void header(PDPageContentStream s, PDType0Font font, float[] x, String... words) throws Exception {
        for (int c = 0; c < words.length; c++) text(s, font, x[c] + 2, HEADER_Y, words[c]);
    }
}

package org.budgetkg.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints a tabulated disclosure text as a PDF the way office software does: tables ruled cell by cell (or not
 * at all), header cells merged over the empty cells beside them, long cells wrapped inside their column,
 * tables continued on the next page under a repeated 编制部门 line and header. Uses an embedded CJK font.
 */
public final class SyntheticPdf {
    private static final float MARGIN = 30, TABLE_FONT = 7, TEXT_FONT = 9, PAD = 2;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final boolean ruled;
    private final PDRectangle size;
    private PDPageContentStream cs;
    private float y;

    /**
     * Page shapes: landscape A4, portrait A4 (columns wrap), a short page on which every table breaks, and a
     * landscape page stored portrait with /Rotate 90 (as some office software saves landscape sections).
     */
    public enum Page { LANDSCAPE, PORTRAIT, SHORT, ROTATED }

    private SyntheticPdf(boolean ruled, Page page) throws IOException {
        this.ruled = ruled;
        this.size = switch (page) {
            case PORTRAIT -> PDRectangle.A4;
            case LANDSCAPE, ROTATED -> new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            case SHORT -> new PDRectangle(PDRectangle.A4.getHeight(), 220);
        };
        try (InputStream in = SyntheticPdf.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
            font = PDType0Font.load(doc, in, true);
        }
    }

    /** Writes {@code text} (tab-separated tables) as a PDF. */
    public static void write(String text, Path out, boolean ruled, Page page) throws IOException {
        SyntheticPdf pdf = new SyntheticPdf(ruled, page);
        pdf.render(text.split("\n"));
        pdf.hiddenText();
        if (page == Page.ROTATED) for (PDPage p : pdf.doc.getPages()) p.setRotation(90);
        pdf.doc.save(out.toFile());
        pdf.doc.close();
    }

    /** Text a reader must not see: invisible (render mode 3) and outside a clipping path, on the first page. */
    private void hiddenText() throws IOException {
        try (PDPageContentStream hidden = new PDPageContentStream(doc, doc.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
            hidden.beginText();
            hidden.setFont(font, TEXT_FONT);
            hidden.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER);
            hidden.newLineAtOffset(MARGIN, MARGIN / 2);
            hidden.showText("表 3 部门支出总体情况表 9,999.99");
            hidden.endText();
            hidden.saveGraphicsState();
            hidden.addRect(0, 0, 1, 1);
            hidden.clip();
            hidden.beginText();
            hidden.setFont(font, TEXT_FONT);
            hidden.newLineAtOffset(MARGIN, MARGIN / 2);
            hidden.showText("总计 9,999.99");
            hidden.endText();
            hidden.restoreGraphicsState();
        }
    }

    private float width(String s, float fontSize) throws IOException {
        return font.getStringWidth(s) / 1000 * fontSize;
    }

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        cs.setLineWidth(0.5f);
        y = size.getHeight() - MARGIN;
    }

    private void render(String[] lines) throws IOException {
        newPage();
        String preparer = null;
        int i = 0;
        while (i < lines.length) {
            if (lines[i].indexOf('\t') < 0) {
                if (lines[i].startsWith("编制部门")) preparer = lines[i];
                textLine(lines[i]);
                i++;
                continue;
            }
            List<String[]> block = new ArrayList<>();
            while (i < lines.length && lines[i].indexOf('\t') >= 0) block.add(lines[i++].split("\t", -1));
            table(block, preparer);
        }
        cs.close();
    }

    private void textLine(String line) throws IOException {
        float avail = size.getWidth() - 2 * MARGIN;
        List<String> parts = wrap(line.isEmpty() ? " " : line, avail, TEXT_FONT);
        for (String part : parts) {
            if (y - TEXT_FONT * 1.6f < MARGIN) newPage();
            y -= TEXT_FONT * 1.6f;
            show(part, MARGIN, y, TEXT_FONT);
        }
    }

    private void show(String s, float x, float baseline, float fontSize) throws IOException {
        if (s.isBlank()) return;
        cs.beginText();
        cs.setFont(font, fontSize);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    private List<String> wrap(String s, float width, float fontSize) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            String next = line.toString() + s.charAt(k);
            if (line.length() > 0 && width(next, fontSize) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(s.charAt(k));
        }
        out.add(line.toString());
        return out;
    }

    private void table(List<String[]> rows, String preparer) throws IOException {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        float[] widths = new float[columns];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) widths[c] = Math.max(widths[c], width(r[c], TABLE_FONT) + 2 * PAD + 1);
        for (int c = 0; c < columns; c++) widths[c] = Math.max(widths[c], 14);
        float avail = size.getWidth() - 2 * MARGIN;
        while (sum(widths) > avail) {
            int widest = 0;
            for (int c = 1; c < columns; c++) if (widths[c] > widths[widest]) widest = c;
            widths[widest] *= 0.9f;
        }
        int headerRows = 0;
        while (headerRows < rows.size() && !hasAmount(rows.get(headerRows))) headerRows++;
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r < headerRows;
            float height = rowHeight(rows.get(r), widths, header);
            if (y - height < MARGIN) {
                newPage();
                if (preparer != null) { textLine(preparer); textLine("单位：万元"); }
                for (int h = 0; h < Math.min(headerRows, r); h++) drawRow(rows.get(h), widths, true, rowHeight(rows.get(h), widths, true));
            }
            drawRow(rows.get(r), widths, header, height);
        }
    }

    private static boolean hasAmount(String[] row) {
        for (String c : row) if (c.matches("[\\d,]+\\.\\d{2}")) return true;
        return false;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float v : w) s += v;
        return s;
    }

    /** Cells of a header row take over the empty cells to their right, as merged cells. */
    private List<float[]> spans(String[] row, float[] widths, boolean header) {
        List<float[]> spans = new ArrayList<>();
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            String text = c < row.length ? row[c] : "";
            if (header && text.isEmpty() && !spans.isEmpty() && c > 0) {
                spans.get(spans.size() - 1)[1] += widths[c];
            } else {
                spans.add(new float[] {x, widths[c], c});
            }
            x += widths[c];
        }
        return spans;
    }

    private float rowHeight(String[] row, float[] widths, boolean header) throws IOException {
        int lines = 1;
        for (float[] span : spans(row, widths, header)) {
            int c = (int) span[2];
            String text = c < row.length ? row[c] : "";
            lines = Math.max(lines, wrap(text, span[1] - 2 * PAD, TABLE_FONT).size());
        }
        return lines * TABLE_FONT * 1.3f + 2 * PAD;
    }

    private void drawRow(String[] row, float[] widths, boolean header, float height) throws IOException {
        float top = y;
        for (float[] span : spans(row, widths, header)) {
            int c = (int) span[2];
            String text = c < row.length ? row[c] : "";
            boolean number = text.matches("[\\d,]+\\.\\d+");
            List<String> lines = wrap(text, span[1] - 2 * PAD, TABLE_FONT);
            float baseline = top - PAD - TABLE_FONT;
            for (String line : lines) {
                float x = number ? span[0] + span[1] - PAD - width(line, TABLE_FONT) : span[0] + PAD;
                show(line, x, baseline, TABLE_FONT);
                baseline -= TABLE_FONT * 1.3f;
            }
            if (ruled) {
                cs.addRect(span[0], top - height, span[1], height);
                cs.stroke();
            }
        }
        y -= height;
    }
}

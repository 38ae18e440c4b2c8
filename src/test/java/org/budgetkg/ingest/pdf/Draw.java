package org.budgetkg.ingest.pdf;

import java.io.InputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** What the PDF layout tests draw: one page in the test font, a stroked ruling and a run of text at 9 pt. */
final class Draw {
    static final float SIZE = 9;

    private Draw() {}

    /** What a test draws on its one page, in the test font. */
    interface Drawing {
        void draw(PDPageContentStream s, PDType0Font font) throws Exception;
    }

    /** Saves a one-page PDF (US letter) with the test font embedded, drawn as the test says, to {@code file}. */
    static Path onePage(Path file, Drawing drawing) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = Draw.class.getResourceAsStream("/fonts/wqy-microhei-subset.ttf")) {
                font = PDType0Font.load(doc, in, true);
            }
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                drawing.draw(s, font);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    static void line(PDPageContentStream s, float x1, float y1, float x2, float y2) throws Exception {
        s.moveTo(x1, y1);
        s.lineTo(x2, y2);
        s.stroke();
    }

    static void text(PDPageContentStream s, PDType0Font font, float x, float y, String text) throws Exception {
        s.beginText();
        s.setFont(font, SIZE);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}

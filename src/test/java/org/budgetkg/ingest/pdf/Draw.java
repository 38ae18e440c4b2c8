package org.budgetkg.ingest.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** What the PDF layout tests draw: a stroked ruling and a run of text at 9 pt. */
final class Draw {
    static final float SIZE = 9;

    private Draw() {}

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

package org.budgetkg.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Bare PDFBox text extraction, the yardstick the PDF reader's speed is compared with in {@code bench}. */
public final class PdfBaseline {
    private PdfBaseline() {}

    /** Extracts the text of every page with a plain {@link PDFTextStripper}; returns the page count. */
    public static int stripText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            new PDFTextStripper().getText(doc);
            return doc.getNumberOfPages();
        }
    }
}

package org.budgetkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.budgetkg.ingest.pdf.PdfDocumentReader;
import org.budgetkg.ingest.text.TextDocumentReader;
import org.budgetkg.model.SourceText;

/** Picks the reader for a file: PDFs by their magic bytes or extension, everything else as text. */
public final class Readers {
    private static final List<DocumentReader> READERS = List.of(new PdfDocumentReader(), new TextDocumentReader());

    private Readers() {}

    public static SourceText read(Path file) throws IOException, UnreadableInputException {
        for (DocumentReader reader : READERS) {
            if (reader.accepts(file)) return reader.read(file);
        }
        throw new UnreadableInputException("no reader for this kind of file");
    }
}

package org.budgetkg.ingest.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.budgetkg.ingest.DocumentReader;
import org.budgetkg.ingest.UnreadableInputException;
import org.budgetkg.model.Layout;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.SourceText;
import org.budgetkg.model.TextLine;

/**
 * Reads a PDF's text layer page by page into lines ordered by position, so every line knows its page.
 * This is the only package that touches PDFBox. Tables come out as flowing text (cells separated by
 * spaces, wrapped cells on their own lines), which the flowing-layout row assembler rejoins.
 */
public final class PdfDocumentReader implements DocumentReader {

    @Override
    public boolean accepts(Path file) {
        if (file.getFileName().toString().toLowerCase().endsWith(".pdf")) return true;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return head.length == 5 && new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public SourceText read(Path file) throws IOException, UnreadableInputException {
        String name = file.getFileName().toString();
        if (Files.size(file) == 0) throw new UnreadableInputException("empty file");
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile());
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("encrypted PDF (a password is needed to read it)");
        } catch (IOException e) {
            throw new UnreadableInputException("corrupt or unreadable PDF: " + firstLine(e.getMessage()));
        }
        try (document) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableInputException("encrypted PDF that forbids text extraction");
            }
            List<TextLine> lines = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            int pages = document.getNumberOfPages();
            int textChars = 0;
            int tableRows = 0;
            for (int p = 1; p <= pages; p++) {
                PageContent content = PageContent.collect(document, p);
                if (content.unmapped > 0) {
                    warnings.add(p + "\t" + content.unmapped + " glyph(s) have no Unicode mapping and were not read");
                }
                if (content.hidden > 0) {
                    warnings.add(p + "\t" + content.hidden + " invisible or clipped glyph(s) left out");
                }
                textChars += content.glyphs().size();
                List<Ruling> rulings = Orientation.align(content.rulings(), content.samples());
                for (PageLayout.PageLine line : PageLayout.lines(content.glyphs(), rulings)) {
                    if (line.tableRow()) tableRows++;
                    lines.add(new TextLine(line.text(), SourceRef.page(name, p)));
                }
            }
            if (textChars == 0) {
                throw new UnreadableInputException("no text layer (" + pages + " image-only page(s)): OCR is needed");
            }
            // ruled tables come out as tab-separated rows; without rulings the cells are only separated by spaces
            Layout layout = tableRows >= 20 ? Layout.TABULATED : Layout.FLOWING;
            return new SourceText(name, layout, lines, warnings);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

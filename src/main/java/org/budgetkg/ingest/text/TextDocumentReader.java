package org.budgetkg.ingest.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetkg.ingest.DocumentReader;
import org.budgetkg.ingest.UnreadableInputException;
import org.budgetkg.model.Layout;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.SourceText;
import org.budgetkg.model.TextLine;

/**
 * Reads the text renderings of disclosures: tab-separated tables, markdown ({@code #}, {@code <b>}, LaTeX
 * {@code $>=95\%$}), and pdftotext-style flowing text. Markup is stripped here so that interpretation sees
 * one form; the layout is told from the content (how many lines carry tab-separated cells), never the name.
 */
public final class TextDocumentReader implements DocumentReader {
    private static final Pattern TAGS = Pattern.compile("</?(b|p|strong|br|span)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern BOLD_MD = Pattern.compile("\\*\\*");
    private static final Pattern AMOUNT = Pattern.compile("\\d\\.\\d{2}\\b");
    /** Tab-separated tables put dozens of lines with several tabs in any real disclosure. */
    private static final int TABULATED_MIN_LINES = 20;

    @Override
    public boolean accepts(Path file) { return true; }

    @Override
    public SourceText read(Path file) throws IOException, UnreadableInputException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) throw new UnreadableInputException("empty file");
        String content = decode(bytes);
        if (content.indexOf('\0') >= 0) throw new UnreadableInputException("binary file, not a text disclosure");
        String name = file.getFileName().toString();
        List<TextLine> lines = new ArrayList<>();
        int tabbed = 0;
        int withAmounts = 0;
        String[] raw = content.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = clean(raw[i]);
            if (text.chars().filter(c -> c == '\t').count() >= 2) tabbed++;
            if (AMOUNT.matcher(text).find()) withAmounts++;
            lines.add(new TextLine(text, SourceRef.line(name, i + 1)));
        }
        if (lines.stream().allMatch(l -> l.text().isBlank())) throw new UnreadableInputException("empty file");
        // tabs on most lines that carry amounts: a short disclosure is tabulated too
        boolean tabulated = tabbed >= TABULATED_MIN_LINES || (tabbed >= 5 && tabbed * 2 >= withAmounts);
        Layout layout = tabulated ? Layout.TABULATED : Layout.FLOWING;
        return new SourceText(name, layout, lines, List.of());
    }

    static String clean(String line) {
        String s = line.replace('\uFEFF', ' ');
        s = TAGS.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceFirst("");
        s = BOLD_MD.matcher(s).replaceAll("");
        s = s.replace("\\%", "%").replace("$", "");
        // trailing tabs are kept: they are a row's empty last cells (a row copied from a spreadsheet keeps its width)
        return s.replaceAll("[\\s&&[^\\t]]+$", "");
    }

    /** UTF-8 when it decodes cleanly, else GB18030 (older portals still publish it). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}

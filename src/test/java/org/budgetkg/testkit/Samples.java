package org.budgetkg.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sample disclosures that ship in {@code samples/}, so that a fresh clone has something to load: made by the
 * synthetic generator from fixed seeds (one county department in three years, as text in both table layouts, and
 * another department as a ruled PDF), never copied from real documents. {@code SamplesTest} checks that the shipped files are what this class makes; to
 * write them again: {@code java -cp target/test-classes:target/budgetkg.jar org.budgetkg.testkit.Samples samples}.
 */
public final class Samples {
    private Samples() {}

    /** File name → generator, in the order they are listed. */
    public static Map<String, SyntheticDisclosure> texts() {
        Map<String, SyntheticDisclosure> out = new LinkedHashMap<>();
        out.put("sample-1.txt", new SyntheticDisclosure(10, SyntheticDisclosure.Style.TABULATED));
        out.put("sample-2.txt", new SyntheticDisclosure(13, SyntheticDisclosure.Style.FLOWING));
        out.put("sample-3.txt", new SyntheticDisclosure(11, SyntheticDisclosure.Style.TABULATED));
        return out;
    }

    /** The PDF sample: another department's disclosure drawn as a ruled landscape PDF. */
    public static final String PDF = "sample-4.pdf";

    public static SyntheticDisclosure pdfSource() {
        return new SyntheticDisclosure(292, SyntheticDisclosure.Style.TABULATED);
    }

    public static void writePdf(Path out) throws IOException {
        SyntheticPdf.write(pdfSource().text(), out, true, SyntheticPdf.Page.LANDSCAPE);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(dir);
        for (Map.Entry<String, SyntheticDisclosure> e : texts().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue().text(), StandardCharsets.UTF_8);
        }
        writePdf(dir.resolve(PDF));
    }
}

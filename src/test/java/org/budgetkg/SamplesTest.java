package org.budgetkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetkg.ingest.pdf.PdfDocumentReader;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Issue;
import org.budgetkg.model.TextLine;
import org.budgetkg.testkit.Samples;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disclosures shipped in {@code samples/} are the generator's, and each loads as a document of its own, clean. */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");

    @TempDir Path dir;

    @Test
    void theShippedTextsAreWhatTheGeneratorMakes() throws Exception {
        for (Map.Entry<String, SyntheticDisclosure> e : Samples.texts().entrySet()) {
            assertEquals(e.getValue().text(), Files.readString(SAMPLES.resolve(e.getKey()), StandardCharsets.UTF_8), e.getKey());
        }
    }

    @Test
    void theShippedPdfReadsAsTheGeneratorDrawsIt() throws Exception {
        Path fresh = dir.resolve(Samples.PDF);
        Samples.writePdf(fresh);
        assertEquals(text(fresh), text(SAMPLES.resolve(Samples.PDF)));
    }

    @Test
    void everySampleIsADocumentOfItsOwnAndReadsClean() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : Samples.texts().keySet()) files.add(SAMPLES.resolve(name));
        files.add(SAMPLES.resolve(Samples.PDF));
        try (var listed = Files.list(SAMPLES)) {
            assertEquals(files.size(), listed.count(), "samples/ holds the generated files only");
        }
        Set<String> identities = new HashSet<>();
        for (Path f : files) {
            Disclosure d = BudgetKg.read(f);
            assertEquals(List.of(), d.issues().stream().filter(Issue::isFinding).toList(), f.toString());
            assertTrue(identities.add(d.entity().name() + " " + d.fiscalYear() + " " + d.kind()), "one identity per sample: " + f);
            assertTrue(d.facts().size() > 100, f + " gives its tables: " + d.facts().size());
        }
    }

    private static List<String> text(Path pdf) throws Exception {
        return new PdfDocumentReader().read(pdf).lines().stream().map(TextLine::text).toList();
    }
}

package org.budgetkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.budgetkg.model.Disclosure;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad file gets one line naming it and the reason; the good files in the same batch still convert. */
class BadInputTest {
    @TempDir Path dir;

    @Test
    void aBatchGoesOnPastBadFiles() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, new SyntheticDisclosure(7, SyntheticDisclosure.Style.TABULATED).text(), StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path prose = Files.writeString(dir.resolve("prose.txt"), "这是一篇关于天气的文章。\n今天晴。\n");
        Path corrupt = Files.write(dir.resolve("corrupt.pdf"), "%PDF-1.7\n garbage that is not a PDF".getBytes(StandardCharsets.ISO_8859_1));
        Path blank = dir.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        Path encrypted = dir.resolve("encrypted.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", none);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(encrypted.toFile());
        }
        List<String> errors = new ArrayList<>();
        List<Disclosure> converted = BudgetKg.convert(List.of(empty, good, prose, corrupt, blank, encrypted, dir.resolve("missing.txt")), errors::add);
        assertEquals(1, converted.size());
        assertEquals(6, errors.size(), errors::toString);
        assertTrue(errors.stream().allMatch(e -> !e.contains("\n") && !e.contains("Exception")), errors::toString);
        assertLine(errors, "empty.txt", "empty file");
        assertLine(errors, "prose.txt", "not a budget disclosure");
        assertLine(errors, "corrupt.pdf", "corrupt");
        assertLine(errors, "scanned.pdf", "OCR");
        assertLine(errors, "encrypted.pdf", "encrypted");
        assertLine(errors, "missing.txt", "no such file");
    }

    private static void assertLine(List<String> errors, String file, String reason) {
        assertTrue(errors.stream().anyMatch(e -> e.contains(file) && e.contains(reason)), () -> file + " / " + reason + " in " + errors);
    }
}

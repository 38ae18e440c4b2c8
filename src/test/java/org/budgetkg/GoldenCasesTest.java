package org.budgetkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.budgetkg.ingest.UnreadableInputException;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One folder per case under {@code src/test/resources/golden}: {@code input.txt}, {@code expected.tsv} (every
 * 表3 cell as code/column/amount, or {@code error} and a phrase of the expected message) and a three-line
 * README (title, what it shows, whether an error is expected).
 */
class GoldenCasesTest {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws Exception {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            List<DynamicTest> tests = new java.util.ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String title = Files.readAllLines(dir.resolve("README.md")).get(0);
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + ": " + title, () -> run(dir)));
            }
            return tests.stream();
        }
    }

    private static void run(Path dir) throws Exception {
        List<String[]> expected = Files.readAllLines(dir.resolve("expected.tsv")).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        List<String> readme = Files.readAllLines(dir.resolve("README.md"));
        assertEquals(3, readme.size(), "a case's README has three lines");
        boolean error = expected.get(0)[0].equals("error");
        assertEquals(error, readme.get(2).endsWith("yes"), "README says whether an error is expected");
        Path input = dir.resolve("input.txt");
        if (error) {
            UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> BudgetKg.read(input));
            assertTrue(e.getMessage().contains(expected.get(0)[1]), e.getMessage());
            return;
        }
        Disclosure d = BudgetKg.read(input);
        List<Issue> findings = d.issues().stream().filter(i -> i.severity() == Issue.Severity.WARNING || i.severity() == Issue.Severity.ERROR).toList();
        assertEquals(List.of(), findings);
        Map<String, BigDecimal> want = new TreeMap<>();
        for (String[] e : expected) want.put(e[0] + "/" + e[1], new BigDecimal(e[2]).stripTrailingZeros());
        Map<String, BigDecimal> got = new TreeMap<>();
        for (Fact f : d.facts()) {
            if (f.fundingSource() != null || f.project() != null || f.economicCode() != null || f.unit() != null
                    || f.threePublic() != null || f.procurement() != null || f.expenseItem() != null || f.carryOverSource() != null) continue;
            String col = f.expenditureType() == null ? "total" : f.expenditureType().equals("BasicExpenditure") ? "basic" : "project";
            got.put((f.functionalCode() == null ? "-" : f.functionalCode()) + "/" + col, f.amount().stripTrailingZeros());
        }
        assertEquals(want, got);
    }
}

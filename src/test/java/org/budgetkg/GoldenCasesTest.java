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
 * 表3 cell as code/column/amount, facts of other kinds by their kind — unit, plan, cites, alloc, procurement,
 * staff — or {@code error} and a phrase of the expected message) and a three-line README (title, what it shows,
 * whether an error is expected).
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
        List<Issue> findings = d.issues().stream().filter(Issue::isFinding).toList();
        // a case that expects findings names them; every other case reads clean
        if (expected.stream().noneMatch(e -> e[0].equals("finding"))) assertEquals(List.of(), findings);
        Map<String, BigDecimal> want = new TreeMap<>();
        for (String[] e : expected) {
            switch (e[0]) {
                case "unit" -> assertTrue(d.units().stream().anyMatch(u -> u.name().equals(e[1]) || u.altNames().contains(e[1])), "unit " + e[1]);
                case "nounit" -> assertTrue(d.units().stream().noneMatch(u -> u.name().equals(e[1])), "no unit " + e[1] + " in " + d.units());
                case "plan" -> assertTrue(d.projects().stream().anyMatch(p -> p.name().equals(e[1]) && p.plannedAmount() != null
                        && p.plannedAmount().compareTo(new BigDecimal(e[2])) == 0), "plan " + e[1]);
                case "cites" -> assertTrue(d.projects().stream().anyMatch(p -> p.name().equals(e[1])
                        && p.citations().stream().anyMatch(c -> e[2].equals(c.number()))), "cites " + e[1] + " " + e[2]);
                case "alloc" -> assertTrue(d.projects().stream().anyMatch(p -> p.name().equals(e[1]) && p.allocations().stream()
                        .anyMatch(a -> a.recipient().equals(e[2]) && a.region() && a.amount().compareTo(new BigDecimal(e[3])) == 0)), "alloc " + e[2]);
                // procurement CATEGORY AMOUNT: a figure the narrative states (its table says so, not UNKNOWN)
                case "procurement" -> assertTrue(d.facts().stream().anyMatch(f -> e[1].equals(f.procurement())
                        && f.table() == org.budgetkg.model.TableKind.NARRATIVE
                        && f.amount().compareTo(new BigDecimal(e[2])) == 0), "procurement " + e[1] + " in " + d.facts());
                case "staff" -> assertTrue(d.staff().stream().anyMatch(x -> x.category().equals(e[1]) && x.count() == Long.parseLong(e[2])),
                        "staff " + e[1] + " in " + d.staff());
                case "kind" -> assertEquals(e[1], d.kind().name(), "kind");
                case "entity" -> assertEquals(e[1], d.entity().name(), "entity");
                case "year" -> assertEquals(e[1], d.fiscalYear(), "year");
                case "funding" -> assertTrue(d.facts().stream().anyMatch(f -> e[1].equals(f.fundingSource()) && f.functionalCode() == null
                        && f.expenditureType() == null && f.economicCode() == null && f.amount().compareTo(new BigDecimal(e[2])) == 0),
                        "funding " + e[1] + " " + e[2]);
                // nofunding SOURCE: no document-wide figure of that funding source (a line that is none was not read as one)
                case "nofunding" -> assertTrue(d.facts().stream().noneMatch(f -> e[1].equals(f.fundingSource()) && f.functionalCode() == null
                        && f.expenditureType() == null && f.economicCode() == null), "no funding " + e[1] + " in " + d.facts());
                case "sangong" -> assertTrue(d.facts().stream().anyMatch(f -> e[1].equals(f.threePublic())
                        && f.amount().compareTo(new BigDecimal(e[2])) == 0), "sangong " + e[1] + " " + e[2] + " in " + d.facts());
                case "nosangong" -> assertTrue(d.facts().stream().noneMatch(f -> e[1].equals(f.threePublic())), "no sangong " + e[1]);
                // econ CODE TYPE AMOUNT (- for the table's total row); funcfs SOURCE CODE TYPE AMOUNT (TYPE - for none)
                case "econ" -> assertTrue(d.facts().stream().anyMatch(f -> java.util.Objects.equals(e[1].equals("-") ? null : e[1], f.economicCode())
                        && e[2].equals(f.expenditureType()) && f.amount().compareTo(new BigDecimal(e[3])) == 0), "econ " + String.join(" ", e));
                case "funcfs" -> assertTrue(d.facts().stream().anyMatch(f -> e[1].equals(f.fundingSource())
                        && java.util.Objects.equals(e[2].equals("-") ? null : e[2], f.functionalCode())
                        && java.util.Objects.equals(e[3].equals("-") ? null : e[3], f.expenditureType())
                        && f.amount().compareTo(new BigDecimal(e[4])) == 0), "funcfs " + String.join(" ", e) + " in " + d.facts());
                // nofuncfs SOURCE CODE TYPE: no cell of that source, code and column (- for none), whatever its amount
                case "nofuncfs" -> assertTrue(d.facts().stream().noneMatch(f -> e[1].equals(f.fundingSource())
                        && java.util.Objects.equals(e[2].equals("-") ? null : e[2], f.functionalCode())
                        && java.util.Objects.equals(e[3].equals("-") ? null : e[3], f.expenditureType())
                        && f.economicCode() == null && f.unit() == null && f.project() == null), "nofuncfs " + String.join(" ", e));
                // unitfact UNIT CODE AMOUNT: a cell of a unit's section of a table by unit and code
                case "unitfact" -> assertTrue(d.facts().stream().anyMatch(f -> e[1].equals(f.unit()) && e[2].equals(f.functionalCode())
                        && f.expenditureType() == null && f.amount().compareTo(new BigDecimal(e[3])) == 0), "unitfact " + String.join(" ", e));
                case "finding" -> assertTrue(d.issues().stream().anyMatch(i -> i.message().contains(e[1])), "finding " + e[1] + " in " + d.issues());
                default -> want.put(e[0] + "/" + e[1], new BigDecimal(e[2]).stripTrailingZeros());
            }
        }
        Map<String, BigDecimal> got = new TreeMap<>();
        for (Fact f : d.facts()) {
            if (f.fundingSource() != null || f.project() != null || f.economicCode() != null || f.unit() != null
                    || f.threePublic() != null || f.procurement() != null || f.expenseItem() != null || f.carryOverSource() != null) continue;
            String col = f.expenditureType() == null ? "total" : f.expenditureType().equals("BasicExpenditure") ? "basic" : "project";
            String cell = (f.functionalCode() == null ? "-" : f.functionalCode()) + "/" + col;
            // the 收支总计 of final accounts (carry-over and balances included) is a cell of its own beside 表3's 合计
            if (f.grandTotal()) got.putIfAbsent(cell, f.amount().stripTrailingZeros());
            else got.put(cell, f.amount().stripTrailingZeros());
        }
        assertEquals(want, got);
    }
}

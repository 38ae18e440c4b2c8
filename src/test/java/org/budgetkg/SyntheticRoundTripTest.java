package org.budgetkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;
import org.budgetkg.model.PolicyCitation;
import org.budgetkg.model.Project;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.budgetkg.testkit.SyntheticPdf;
import org.budgetkg.testkit.SyntheticDisclosure.Cell;
import org.budgetkg.testkit.SyntheticDisclosure.Style;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated disclosures in both layouts convert to exactly the cube they were generated from: every 表3 and
 * 表6 cell and no other, the revenue by source, 表7 project lines, paragraphs, citations and allocations.
 */
class SyntheticRoundTripTest {
    @TempDir Path dir;

    @TestFactory
    Stream<DynamicTest> generatedDisclosuresRoundTrip() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Style style : Style.values()) {
            for (long seed = 1; seed <= 12; seed++) {
                long s = seed;
                tests.add(DynamicTest.dynamicTest(style + " seed " + seed, () -> roundTrip(new SyntheticDisclosure(s, style))));
            }
        }
        return tests.stream();
    }

    /** The same documents printed to PDF: ruled (landscape and narrow portrait pages that wrap cells) and unruled. */
    @TestFactory
    Stream<DynamicTest> generatedPdfsRoundTrip() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String kind : new String[] {"ruled", "ruled-narrow", "ruled-short-pages", "ruled-rotated", "unruled"}) {
            for (long seed = 1; seed <= 4; seed++) {
                long s = seed;
                tests.add(DynamicTest.dynamicTest(kind + " seed " + seed, () -> {
                    SyntheticDisclosure synthetic = new SyntheticDisclosure(s, Style.TABULATED);
                    Path pdf = dir.resolve("synthetic-" + kind + "-" + s + ".pdf");
                    SyntheticPdf.Page page = kind.endsWith("narrow") ? SyntheticPdf.Page.PORTRAIT
                            : kind.endsWith("short-pages") ? SyntheticPdf.Page.SHORT
                            : kind.endsWith("rotated") ? SyntheticPdf.Page.ROTATED : SyntheticPdf.Page.LANDSCAPE;
                    SyntheticPdf.write(synthetic.text(), pdf, !kind.equals("unruled"), page);
                    Disclosure fromPdf = roundTrip(synthetic, pdf, false);
                    Path txt = Files.writeString(dir.resolve("synthetic-" + s + ".txt"), synthetic.text(), StandardCharsets.UTF_8);
                    assertEquals(BudgetKg.graphName(BudgetKg.read(txt)), BudgetKg.graphName(fromPdf), "PDF and text are one document");
                    assertTrue(fromPdf.facts().stream().allMatch(f -> f.ref().page() > 0), "every fact read from a PDF has its page");
                    assertTrue(fromPdf.issues().stream().anyMatch(i -> i.message().contains("invisible or clipped") && i.ref().page() == 1),
                            "hidden text is left out and counted");
                    if (page == SyntheticPdf.Page.SHORT) {
                        assertTrue(fromPdf.facts().stream().filter(f -> f.table() == org.budgetkg.model.TableKind.EXPENDITURE)
                                .map(f -> f.ref().page()).distinct().count() > 1, "表3 continues across pages");
                    }
                }));
            }
        }
        return tests.stream();
    }

    private void roundTrip(SyntheticDisclosure synthetic) throws Exception {
        Path file = dir.resolve("synthetic-" + synthetic.style + ".txt");
        Files.writeString(file, synthetic.text(), StandardCharsets.UTF_8);
        roundTrip(synthetic, file, synthetic.style == Style.FLOWING);
    }

    private Disclosure roundTrip(SyntheticDisclosure synthetic, Path file, boolean flowing) throws Exception {
        Disclosure d = BudgetKg.read(file);
        assertEquals(synthetic.entity, d.entity().name());
        assertEquals(synthetic.year, d.fiscalYear());
        // flowing text loses 表7's empty cells, so which economic column a lone amount is in is reported, not guessed
        List<Issue> findings = d.issues().stream().filter(Issue::isFinding).toList();
        if (!flowing) {
            List<Issue> notes = d.issues().stream().filter(i -> i.severity() == Issue.Severity.NOTE)
                    .filter(i -> !i.message().contains("invisible or clipped")).toList();
            assertTrue(notes.isEmpty(), () -> "tabulated input leaves nothing undecided: " + notes);
        }
        assertTrue(findings.isEmpty(), () -> "findings: " + findings);

        assertEquals(expected(synthetic, "func"), table3(d), "表3 cells");
        assertEquals(expected(synthetic, "econ"), table6(d), "表6 cells");
        for (Cell c : synthetic.expected) {
            switch (c.table().split(":")[0]) {
                case "funding" -> assertTrue(d.facts().stream().anyMatch(f -> c.code().equals(f.fundingSource()) && f.functionalCode() == null
                        && f.expenditureType() == null && f.amount().compareTo(c.amount()) == 0), () -> "funding " + c);
                case "doc" -> assertTrue(d.facts().stream().anyMatch(f -> f.key().equals("|||||||||") && f.amount().compareTo(c.amount()) == 0), "grand total");
                case "project" -> assertTrue(d.facts().stream().anyMatch(f -> c.table().endsWith(":" + f.project()) && c.code().equals(f.functionalCode())
                        && f.economicCode() == null && f.amount().compareTo(c.amount()) == 0), () -> "表7 " + c);
                case "plan" -> assertTrue(project(d, c).plannedAmount().compareTo(c.amount()) == 0, () -> "plan " + c);
                case "cites" -> assertTrue(project(d, c).citations().stream().map(PolicyCitation::number).anyMatch(c.code()::equals), () -> "cites " + c);
                case "alloc" -> assertTrue(project(d, c).allocations().stream().anyMatch(a -> a.recipient().equals(c.code())
                        && a.region() && a.amount().compareTo(c.amount()) == 0), () -> "alloc " + c);
                case "sangong" -> assertTrue(d.facts().stream().anyMatch(f -> c.code().equals(f.threePublic()) && f.fundingSource() == null
                        && f.amount().compareTo(c.amount()) == 0), () -> "三公 " + c);
                case "procurement" -> assertTrue(d.facts().stream().anyMatch(f -> c.code().equals(f.procurement())
                        && f.amount().compareTo(c.amount()) == 0), () -> "procurement " + c);
                case "change" -> assertTrue(d.changes().stream().anyMatch(x -> c.code().equals(x.functionalCode())
                        && x.change().compareTo(new BigDecimal(c.column())) == 0 && x.amount().compareTo(c.amount()) == 0
                        && x.reason().startsWith("人员结构")), () -> "year-on-year " + c + " in " + d.changes());
                case "asset" -> assertTrue(d.assets().stream().anyMatch(a -> a.category().equals(c.code())
                        && a.quantity().compareTo(new BigDecimal(c.column())) == 0 && a.value().compareTo(c.amount()) == 0), () -> "asset " + c);
                case "indicator" -> {
                    String[] target = c.column().split("\\|");
                    Project owner = project(d, c);
                    assertTrue(d.indicators().stream().anyMatch(i -> owner.name().equals(i.ownerProject()) && i.name().equals(c.code())
                            && target[0].equals(i.comparator()) && i.targetValue().compareTo(new BigDecimal(target[1])) == 0
                            && target[2].equals(i.targetUnit()) && i.weight().compareTo(c.amount()) == 0), () -> "indicator " + c + " in " + d.indicators());
                }
                default -> { }
            }
        }
        return d;
    }

    private static Project project(Disclosure d, Cell c) {
        String name = c.table().substring(c.table().indexOf(':') + 1);
        return d.projects().stream().filter(p -> p.name().equals(name) || p.altNames().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no project " + name + " in " + d.projects()));
    }

    private static Map<String, BigDecimal> expected(SyntheticDisclosure s, String table) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (Cell c : s.expected) if (c.table().equals(table)) m.put(c.code() + "/" + c.column(), c.amount().stripTrailingZeros());
        return m;
    }

    /** Cells of the 表3 kind: no funding source, project, economic class or unit. */
    private static Map<String, BigDecimal> table3(Disclosure d) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (Fact f : d.facts()) {
            if (f.fundingSource() != null || f.project() != null || f.economicCode() != null || f.unit() != null
                    || f.threePublic() != null || f.procurement() != null || f.expenseItem() != null) continue;
            String col = f.expenditureType() == null ? "total" : f.expenditureType().equals("BasicExpenditure") ? "basic" : "project";
            m.put((f.functionalCode() == null ? "-" : f.functionalCode()) + "/" + col, f.amount().stripTrailingZeros());
        }
        return m;
    }

    private static Map<String, BigDecimal> table6(Disclosure d) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (Fact f : d.facts()) {
            boolean generalPublic = "GeneralPublicBudgetAppropriation".equals(f.fundingSource());
            if (f.economicCode() == null && !generalPublic) continue;
            if (f.project() != null || f.unit() != null || f.functionalCode() != null || f.expenditureType() == null) continue;
            String col = switch (f.expenditureType()) {
                case "BasicExpenditure" -> "total";
                case "PersonnelExpense" -> "personnel";
                case "OperatingExpense" -> "operating";
                default -> null;
            };
            if (col == null) continue;
            m.put((f.economicCode() == null ? "-" : f.economicCode()) + "/" + col, f.amount().stripTrailingZeros());
        }
        return m;
    }
}

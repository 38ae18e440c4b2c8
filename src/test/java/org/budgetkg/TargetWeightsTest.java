package org.budgetkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Indicator;
import org.budgetkg.model.Issue;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weight of an indicator is its own, not the previous year's value printed near it, and the weights of a
 * 绩效目标表 that add up to more than its 100 points are reported.
 */
class TargetWeightsTest {
    @TempDir Path dir;

    private Disclosure read(String text) throws Exception {
        return BudgetKg.read(Files.writeString(dir.resolve("d.txt"), text, StandardCharsets.UTF_8));
    }

    private static Indicator named(Disclosure d, String name) {
        return d.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + d.indicators()));
    }

    private static List<Issue> weightFindings(Disclosure d) {
        return d.issues().stream().filter(i -> i.isFinding() && i.message().contains("weights add up")).toList();
    }

    @Test
    void aPreviousValuePrintedApartFromItsUnitIsNotTheWeight() throws Exception {
        String text = new SyntheticDisclosure(5, SyntheticDisclosure.Style.TABULATED).text();
        String split = text.replace("\t\t社保电子日历数量\t≥200 张\t历史标准\t200 张\t10\t", "\t\t社保电子日历数量\t≥200 张\t历史标准\t300\t\t张\t10\t");
        assertTrue(!split.equals(text), "the generator prints the row this test changes");
        Disclosure d = read(split);
        assertEquals(0, BigDecimal.TEN.compareTo(named(d, "社保电子日历数量").weight()));
        assertEquals(List.of(), weightFindings(d));
    }

    @Test
    void decimalsWrappedAtTheirPointAreOneNumber() throws Exception {
        String text = new SyntheticDisclosure(5, SyntheticDisclosure.Style.FLOWING).text();
        // the target 199.5 and the previous value 200.50 each broken after the point, as pdftotext prints narrow cells
        String wrapped = text.replace("\n≥\n200\n张\n历史标准 200 张 10\n", "\n≥\n199.\n5\n张\n历史标准 200.\n50 张 10\n");
        assertTrue(!wrapped.equals(text), "the generator prints the lines this test changes");
        Indicator i = named(read(wrapped), "社保电子日历数量");
        assertEquals(0, new BigDecimal("199.5").compareTo(i.targetValue()), i.toString());
        assertEquals(0, BigDecimal.TEN.compareTo(i.weight()), i.toString());
    }

    @Test
    void aTargetTablePrintedThreeTimesIsReported() throws Exception {
        String text = new SyntheticDisclosure(5, SyntheticDisclosure.Style.TABULATED).text();
        int from = text.indexOf("\n项目支出绩效目标表"), to = text.indexOf("\n（二）政府采购情况");
        String table = text.substring(from, to);
        Disclosure once = read(text);
        assertEquals(List.of(), weightFindings(once), "its weights add up to 50");
        Disclosure thrice = read(text.substring(0, to) + table + table + text.substring(to));
        List<Issue> found = weightFindings(thrice);
        assertEquals(1, found.size(), thrice.issues().toString());
        assertTrue(found.get(0).message().contains("150") && found.get(0).message().contains("read twice"), found.get(0).message());
    }
}

package org.budgetkg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Row;
import org.budgetkg.model.SourceRef;
import org.junit.jupiter.api.Test;

class ColumnSolverTest {
    private final List<Issue> issues = new ArrayList<>();
    private final ColumnSolver solver = new ColumnSolver(3, List.of(new ColumnSolver.Sum(0, 1, 2)), issues::add);

    private static Row row(String code, boolean positional, String... amounts) {
        List<BigDecimal> a = new ArrayList<>();
        for (String s : amounts) a.add(s == null ? null : new BigDecimal(s));
        return new Row(code.isEmpty() ? List.of() : List.of(code), List.of(code.isEmpty() ? "总计" : "x"), a, positional,
                SourceRef.line("t.txt", 1));
    }

    private static String cells(ColumnSolver.Candidate c) {
        return Arrays.toString(c.values());
    }

    @Test
    void printedPositionsWinWhenTheyAddUp() {
        List<ColumnSolver.Candidate> c = solver.candidates(row("205", true, "1011.76", null, "1011.76"));
        assertEquals("[1011.76, null, 1011.76]", cells(c.get(0)));
        assertEquals(0, c.get(0).rank());
    }

    @Test
    void aCorruptedCellKeepsItsPlaceAndTheOthersStandWherePrinted() {
        // 23I.00 | | 231.00: the total could not be read; 231.00 is the project column's, whatever the sums would prefer
        List<Issue> reported = new ArrayList<>();
        RowAssembler.Tokens t = RowAssembler.tokenize(new org.budgetkg.model.TextLine("208\t01\t02\t一般行政管理事务\t23I.00\t\t231.00",
                SourceRef.line("t.txt", 7)), org.budgetkg.model.Layout.TABULATED,
                (cell, ref) -> reported.add(new Issue(Issue.Severity.WARNING, ref, cell)));
        assertEquals(List.of(0), t.unreadable());
        assertEquals("23I.00", reported.get(0).message());
        assertEquals("t.txt l.7", reported.get(0).ref().toString().replaceAll("[\\[\\]]", ""));
        Row r = new Row(t.codes(), t.texts(), t.amounts(), t.positional(), t.ref(), t.unreadable());
        List<ColumnSolver.Candidate> c = solver.candidates(r);
        assertEquals(1, c.size());
        assertEquals("[null, null, 231.00]", cells(c.get(0)));
        assertTrue(issues.isEmpty(), "the corrupted cell is reported where read, not again as a row the sums cannot place");
    }

    @Test
    void numberLikeTokensAreToldFromAmountsAndText() {
        for (String corrupt : List.of("3,5O9.74", "23I.00", "4,3.52", "1.234.56", "1O0")) {
            assertTrue(org.budgetkg.model.Text.isNumberLike(corrupt), corrupt);
        }
        for (String fine : List.of("3,509.74", "0.90", "12", "2026年", "一般公共服务", "1.", "(一)", "20801", "O")) {
            assertTrue(!org.budgetkg.model.Text.isNumberLike(fine), fine);
        }
    }

    @Test
    void aLostColumnIsCompletedByItsResidualOnly() {
        // 002's 表3 printed only 合计 and 基本支出: 项目支出 is what the row sum leaves
        List<ColumnSolver.Candidate> c = solver.candidates(row("208", false, "3245.06", "1924.66"));
        assertEquals(2, c.size());
        assertTrue(c.stream().allMatch(x -> x.rank() == 2));
        assertTrue(c.stream().anyMatch(x -> cells(x).equals("[3245.06, 1924.66, 1320.40]")));
    }

    @Test
    void theCodeTreeDecidesWhichColumnALoneNumberIsIn() {
        Row total = row("", false, "100.00", "70.00", "30.00");
        Row a = row("208", false, "70.00", "70.00");
        Row b = row("210", false, "30.00", "30.00");
        Row a1 = row("20801", false, "40.00", "40.00");
        Row a2 = row("20805", false, "30.00", "30.00");
        Map<Row, String> codes = new HashMap<>(Map.of(total, "", a, "208", b, "210", a1, "20801", a2, "20805"));
        var chosen = solver.solveTree(List.of(total, a, b, a1, a2), codes, Map.of());
        assertEquals("[70.00, 70.00, null]", cells(chosen.get(a)), "basic 70 can only come from 208");
        assertEquals("[30.00, null, 30.00]", cells(chosen.get(b)));
        assertEquals("[40.00, 40.00, null]", cells(chosen.get(a1)), "208 has no project money to give its children");
        assertEquals("[30.00, 30.00, null]", cells(chosen.get(a2)));
        assertTrue(issues.isEmpty(), issues::toString);
    }

    @Test
    void roundedTotalsMayDifferByACentPerAddend() {
        assertTrue(solver.consistent(new BigDecimal[] {new BigDecimal("10.01"), new BigDecimal("5.00"), new BigDecimal("5.00")}));
        assertTrue(!solver.consistent(new BigDecimal[] {new BigDecimal("10.05"), new BigDecimal("5.00"), new BigDecimal("5.00")}));
    }

    @Test
    void numbersThatFitNoSumAreReportedNotHidden() {
        List<ColumnSolver.Candidate> c = solver.candidates(row("208", true, "10.00", "3.00", "3.00"));
        assertEquals(3, c.get(0).rank());
        assertEquals(1, issues.size());
    }
}

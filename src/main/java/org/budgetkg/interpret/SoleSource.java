package org.budgetkg.interpret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;

/**
 * A funding source printed by function only at 类 level (a 财政拨款收支总表's pane) that pays for every 类 in full — each
 * of its 类 is the all-funds table's 类 to the cent, and it pays for no other — pays in full for every 款 and 项 under
 * them too: money from other sources is never negative, so none of it can sit below a 类 it does not reach. Those
 * cells are the all-funds table's totals; they are written for that source so that the source's table by function is
 * whole, as a reader of the document would fill it in. Only the total column: the pane prints no basic/project split.
 */
final class SoleSource {
    private SoleSource() {}

    static List<Fact> complete(List<Fact> facts, List<Issue> issues) {
        Map<String, Fact> allFundsByCode = new HashMap<>();
        Map<String, Map<String, Fact>> bySource = new HashMap<>();
        Set<String> deeper = new HashSet<>(); // sources some table prints below 类
        for (Fact f : facts) {
            if (!byFunctionTotal(f)) continue;
            if (f.fundingSource() == null) allFundsByCode.put(f.functionalCode(), f);
            else {
                bySource.computeIfAbsent(f.fundingSource(), k -> new HashMap<>()).put(f.functionalCode(), f);
                if (f.functionalCode().length() > 3) deeper.add(f.fundingSource());
            }
        }
        Map<String, Fact> allFundsClasses = classes(allFundsByCode);
        boolean belowClass = allFundsByCode.keySet().stream().anyMatch(c -> c.length() > 3);
        if (allFundsClasses.isEmpty() || !belowClass) return facts;
        List<Fact> out = new ArrayList<>(facts);
        for (Map.Entry<String, Map<String, Fact>> e : bySource.entrySet()) {
            String source = e.getKey();
            if (deeper.contains(source)) continue;
            Map<String, Fact> classes = classes(e.getValue());
            if (!classes.keySet().equals(allFundsClasses.keySet())) continue;
            boolean whole = classes.entrySet().stream()
                    .allMatch(c -> c.getValue().amount().compareTo(allFundsClasses.get(c.getKey()).amount()) == 0);
            if (!whole) continue;
            int added = 0;
            for (Fact f : allFundsByCode.values()) {
                if (f.functionalCode().length() <= 3) continue;
                out.add(Fact.of(classes.values().iterator().next().table(), f.amount(), f.ref())
                        .functionalCode(f.functionalCode()).fundingSource(source).build());
                added++;
            }
            if (added > 0) {
                Fact any = classes.values().iterator().next();
                issues.add(new Issue(Issue.Severity.NOTE, any.ref(), source + " is printed by function at 类 level only and equals "
                        + "the all-funds table in every 类: its " + added + " cells below 类 are that table's totals"));
            }
        }
        return out;
    }

    /** A cell of a table by function alone: a code's total, no other dimension. */
    private static boolean byFunctionTotal(Fact f) {
        return f.functionalCode() != null && f.economicCode() == null && f.expenditureType() == null && f.unit() == null
                && f.project() == null && f.carryOverSource() == null && f.threePublic() == null && f.procurement() == null
                && f.expenseItem() == null && f.governmentEconomicCode() == null && f.amount().signum() != 0;
    }

    private static Map<String, Fact> classes(Map<String, Fact> byCode) {
        Map<String, Fact> out = new HashMap<>();
        byCode.forEach((code, f) -> { if (code.length() == 3) out.put(code, f); });
        return out;
    }
}

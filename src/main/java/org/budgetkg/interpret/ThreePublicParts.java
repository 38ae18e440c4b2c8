package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;

/**
 * "三公" is three categories by definition — 因公出国（境）, 公务接待, 公务用车购置及运行维护 — and the last is its 购置 and
 * 运行维护. A document that states the others but not the vehicles' subtotal (a narrative naming only the operation cost,
 * a table whose subtotal column was lost) still fixes it: it is written where two readings of it agree (the total less
 * the other two categories, and the vehicle parts), or where both parts are stated. Blank (zero) categories are not
 * facts, so a category that is absent counts as zero only where the other reading confirms it.
 */
final class ThreePublicParts {
    private ThreePublicParts() {}

    static List<Fact> complete(List<Fact> facts, List<Issue> issues) {
        Map<String, Fact> byCategory = new HashMap<>();
        for (Fact f : facts) {
            if (f.threePublic() == null || f.unit() != null || f.project() != null || f.functionalCode() != null
                    || f.economicCode() != null || f.expenseItem() != null) continue;
            byCategory.putIfAbsent(f.threePublic(), f);
        }
        if (byCategory.containsKey("OfficialVehicles")) return facts;
        BigDecimal purchase = amount(byCategory, "VehiclePurchase"), operation = amount(byCategory, "VehicleOperation");
        BigDecimal total = amount(byCategory, "ThreePublicTotal"), reception = amount(byCategory, "OfficialReception");
        BigDecimal abroad = amount(byCategory, "OverseasTravel");
        BigDecimal vehicles = null;
        String why = null;
        if (purchase != null && operation != null) {
            vehicles = purchase.add(operation);
            why = "its 购置 and 运行维护";
        } else if (total != null && reception != null) {
            BigDecimal rest = total.subtract(reception).subtract(abroad == null ? BigDecimal.ZERO : abroad);
            BigDecimal onePart = operation != null ? operation : purchase;
            boolean confirmed = onePart != null ? rest.compareTo(onePart) == 0 : abroad != null;
            if (confirmed && rest.signum() > 0) {
                vehicles = rest;
                why = "the 三公 total less 出国 and 接待" + (onePart != null ? ", equal to the one vehicle part stated" : "");
            }
        }
        if (vehicles == null || vehicles.signum() <= 0) return facts;
        Fact from = byCategory.getOrDefault("VehicleOperation", byCategory.get("ThreePublicTotal"));
        List<Fact> out = new ArrayList<>(facts);
        out.add(Fact.of(from.table(), vehicles, from.ref()).threePublic("OfficialVehicles").build());
        issues.add(new Issue(Issue.Severity.NOTE, from.ref(), "公务用车购置及运行维护费 " + vehicles.toPlainString()
                + " 万元 is read from no table or sentence: it is " + why));
        return out;
    }

    private static BigDecimal amount(Map<String, Fact> byCategory, String category) {
        Fact f = byCategory.get(category);
        return f == null ? null : f.amount();
    }
}

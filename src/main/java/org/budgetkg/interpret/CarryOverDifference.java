package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.budgetkg.model.Fact;

/**
 * A fund's revenue printed twice with two figures, where one of them counts last year's money of that fund and the other
 * does not: a revenue table's 一般公共预算拨款收入 column holding the 上年结转 that the 财政拨款收支总表 lists apart under
 * 二、上年结转. The document states the difference itself, so it is no slip; which figure the cell keeps is the first read.
 */
final class CarryOverDifference {
    /** The document's own rounding, per figure in the sum. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    private CarryOverDifference() {}

    /** Why the two printings of one revenue total differ, or null when the document does not say. */
    static String explain(Fact first, Fact second, List<Fact> facts) {
        if (!first.revenueTotal() && !second.revenueTotal()) return null;
        String source = first.fundingSource();
        BigDecimal diff = first.amount().subtract(second.amount()).abs();
        for (Fact f : facts) {
            if (!"FiscalCarryOver".equals(f.fundingSource()) && !"CarryOver".equals(f.fundingSource())) continue;
            boolean ofThisFund = source.equals(f.carryOverSource())
                    || source.equals("FiscalAppropriation") && f.carryOverSource() == null && "FiscalCarryOver".equals(f.fundingSource());
            if (!ofThisFund || f.functionalCode() != null || f.unit() != null) continue;
            if (diff.subtract(f.amount()).abs().compareTo(TOLERANCE) <= 0) {
                return "the difference is the " + f.amount().toPlainString() + " of that fund carried over from last year ("
                        + f.ref() + "), which one of them counts and the other does not";
            }
        }
        return null;
    }
}

package org.budgetkg.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One logical table row: the classification code parts printed at its start, its text cells
 * (subject name, project name …), and its amounts. When {@code positional} is true the amounts list
 * keeps empty cells as nulls, so the index is the column; otherwise only the printed numbers, in order.
 */
public record Row(List<String> codeParts, List<String> texts, List<BigDecimal> amounts, boolean positional,
                  SourceRef ref) {
    public String code() { return String.join("", codeParts); }
    public String text() { return String.join("", texts); }
    public List<BigDecimal> printedAmounts() {
        return amounts.stream().filter(a -> a != null).toList();
    }
}

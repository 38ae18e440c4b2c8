package org.budgetkg.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One logical table row: the classification code parts printed at its start, its text cells
 * (subject name, project name …), and its amounts. When {@code positional} is true the amounts list
 * keeps empty cells as nulls, so the index is the column; otherwise only the printed numbers, in order.
 * {@code unreadable} lists the positions of cells that print a number no one can read (reported where read): their
 * column is known, their amount is not.
 */
public record Row(List<String> codeParts, List<String> texts, List<BigDecimal> amounts, boolean positional,
                  SourceRef ref, List<Integer> unreadable) {
    /** A row whose every number-like cell was read. */
    public Row(List<String> codeParts, List<String> texts, List<BigDecimal> amounts, boolean positional, SourceRef ref) {
        this(codeParts, texts, amounts, positional, ref, List.of());
    }

    public String code() { return String.join("", codeParts); }
    public String text() { return String.join("", texts); }
    public List<BigDecimal> printedAmounts() {
        return amounts.stream().filter(a -> a != null).toList();
    }
}

package org.budgetkg.model;

import java.math.BigDecimal;

/** 资金分配情况: an amount for a region, or for a purpose (劳务费 …) when {@code region} is false. */
public record Allocation(String recipient, BigDecimal amount, boolean region, SourceRef ref) {}

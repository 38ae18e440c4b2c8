package org.budgetkg.model;

import java.math.BigDecimal;

/** A line of 国有资产占用使用情况: houses in 平方米, vehicles by kind, large equipment, and their value (万元). */
public record AssetHolding(String category, BigDecimal quantity, String quantityUnit, BigDecimal value, SourceRef ref) {}

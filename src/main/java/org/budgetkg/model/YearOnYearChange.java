package org.budgetkg.model;

import java.math.BigDecimal;

/**
 * A year-on-year statement of 第三部分: what changed (a functional code, where the text names one by its
 * 类/款/项 names, else the item as printed), this year's amount, the signed change and rate, and the reason.
 */
public record YearOnYearChange(String subject, String functionalCode, BigDecimal amount, BigDecimal change,
                               BigDecimal ratePercent, String reason, SourceRef ref) {}

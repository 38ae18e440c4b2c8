package org.budgetkg.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project of one unit in one year, as its 项目情况说明 paragraph (and 表7) describes it. {@code details} holds the
 * other printed fields (资金来源, 补贴人数, 补贴标准, 补贴范围) by their label.
 */
public record Project(String name, String unit, Set<String> altNames, BigDecimal plannedAmount,
                      List<PolicyCitation> citations, List<Allocation> allocations, String executionPeriod,
                      Map<String, String> details, SourceRef ref) {}

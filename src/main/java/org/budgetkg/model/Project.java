package org.budgetkg.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A project of one unit in one year, as its 项目情况说明 paragraph (and 表7) describes it. */
public record Project(String name, String unit, Set<String> altNames, BigDecimal plannedAmount,
                      List<PolicyCitation> citations, List<Allocation> allocations, String executionPeriod,
                      SourceRef ref) {}

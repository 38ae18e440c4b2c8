package org.budgetkg.model;

import java.math.BigDecimal;

/**
 * A 绩效目标表's heading: whose it is (a project of a unit, or the department as a whole), who is responsible,
 * the year's budget and its split, and the overall goal as printed.
 */
public record TargetTable(String ownerProject, String ownerUnit, String lead, BigDecimal total, BigDecimal fiscal,
                          BigDecimal other, String goal, SourceRef ref) {
    public TargetTable withProject(String project, String unit) {
        return new TargetTable(project, unit, lead, total, fiscal, other, goal, ref);
    }
}

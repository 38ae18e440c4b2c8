package org.budgetkg.model;

import java.math.BigDecimal;

/**
 * One row of a 绩效目标表. {@code owner} is a project name (with its unit) or, for a 部门整体绩效目标表, null
 * with the unit as owner.
 */
public record Indicator(String ownerProject, String ownerUnit, String level1, String level2, String name,
                        String comparator, BigDecimal targetValue, String targetUnit, String targetText,
                        BigDecimal weight, String basis, PolicyCitation basisDocument, String previousValue,
                        String scoringRule, String evidence, SourceRef ref) {
    public Indicator withOwner(String project, String unit) {
        return new Indicator(project, unit, level1, level2, name, comparator, targetValue, targetUnit, targetText, weight,
                basis, basisDocument, previousValue, scoringRule, evidence, ref);
    }
}

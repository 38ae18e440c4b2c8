package org.budgetkg.model;

import java.math.BigDecimal;

/**
 * One cell of the budget cube (万元). A null dimension means the cell is a total over it. Concepts are
 * named by their local name in the bkg: vocabulary (e.g. {@code GeneralPublicBudgetAppropriation}) so the
 * model stays free of RDF.
 */
public record Fact(TableKind table, BigDecimal amount, String functionalCode, String economicCode,
                   String expenditureType, String fundingSource, String carryOverSource, String unit,
                   String project, String threePublic, String procurement, String expenseItem, String governmentEconomicCode,
                   SourceRef ref) {

    /** The cube coordinates: two facts with the same key are the same cell, whichever table printed them. */
    public String key() {
        return String.join("|", s(functionalCode), s(economicCode), s(expenditureType), s(fundingSource),
                s(carryOverSource), s(unit), s(project), s(threePublic), s(procurement), s(expenseItem))
                + (governmentEconomicCode == null ? "" : "|g" + governmentEconomicCode);
    }

    private static String s(String v) { return v == null ? "" : v; }

    /** A total over every dimension: the grand total of a 收支总表, or the 合计 of a table with no dimension of its own. */
    public boolean overEverything() {
        return key().replace("|", "").isEmpty();
    }

    /** The 收支总表's grand total (收入总计, carry-over included): a cell of its own beside the expenditure tables' 合计. */
    public boolean grandTotal() {
        return table == TableKind.REVENUE_EXPENDITURE_OVERVIEW && overEverything();
    }

    /**
     * A funding source's total as a revenue table or pane prints it (收入: 一般公共预算拨款收入 …): a cell of its own beside
     * the same source's expenditure total (一般公共预算支出表's 合计), which differs where money carried over or left over
     * is spent (final accounts; budgets that spend 上年结转).
     */
    public boolean revenueTotal() {
        boolean revenueTable = table == TableKind.REVENUE_EXPENDITURE_OVERVIEW || table == TableKind.FISCAL_OVERVIEW || table == TableKind.REVENUE;
        return revenueTable && fundingSource != null && key().replace("|", "").equals(fundingSource);
    }

    /** The coordinates of the cell a fact is, with the grand total and the revenue totals apart from the expenditure tables'. */
    public String cellKey() {
        return key() + (grandTotal() ? "|grand" : revenueTotal() ? "|revenue" : "");
    }

    public static Builder of(TableKind table, BigDecimal amount, SourceRef ref) { return new Builder(table, amount, ref); }

    /** Builder named after the dimensions. */
    public static final class Builder {
        private final TableKind table;
        private final BigDecimal amount;
        private final SourceRef ref;
        private String functionalCode, economicCode, expenditureType, fundingSource, carryOverSource, unit,
                project, threePublic, procurement, expenseItem, governmentEconomicCode;

        private Builder(TableKind table, BigDecimal amount, SourceRef ref) {
            this.table = table; this.amount = amount; this.ref = ref;
        }
        public Builder functionalCode(String v) { functionalCode = v; return this; }
        public Builder economicCode(String v) { economicCode = v; return this; }
        public Builder expenditureType(String v) { expenditureType = v; return this; }
        public Builder fundingSource(String v) { fundingSource = v; return this; }
        public Builder carryOverSource(String v) { carryOverSource = v; return this; }
        public Builder unit(String v) { unit = v; return this; }
        public Builder project(String v) { project = v; return this; }
        public Builder threePublic(String v) { threePublic = v; return this; }
        public Builder procurement(String v) { procurement = v; return this; }
        public Builder expenseItem(String v) { expenseItem = v; return this; }
        /** The 政府预算支出经济分类 code a table prints beside the 部门 one. */
        public Builder governmentEconomicCode(String v) { governmentEconomicCode = v; return this; }
        public Fact build() {
            return new Fact(table, amount, functionalCode, economicCode, expenditureType, fundingSource,
                    carryOverSource, unit, project, threePublic, procurement, expenseItem, governmentEconomicCode, ref);
        }
    }
}

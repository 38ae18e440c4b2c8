package org.budgetkg.model;

/** The standard tables of a 部门/单位预算公开, recognised by title rather than by number. */
public enum TableKind {
    REVENUE_EXPENDITURE_OVERVIEW("收支总体情况表"),
    REVENUE("收入总体情况表"),
    EXPENDITURE("支出总体情况表"),
    FISCAL_OVERVIEW("财政拨款收支"),
    GENERAL_PUBLIC_BUDGET("一般公共预算支出情况表"),
    GENERAL_PUBLIC_BASIC("一般公共预算基本支出情况表"),
    GENERAL_PUBLIC_PROJECT("一般公共预算项目支出情况表"),
    GOVERNMENT_FUND("政府性基金预算支出情况表"),
    STATE_CAPITAL("国有资本经营预算支出情况表"),
    THREE_PUBLIC("三公"),
    ENTRUSTED_SERVICES("委托业务费"),
    CARRY_OVER("上年结转结余"),
    FISCAL_EXPENDITURE("财政拨款支出表"),
    GENERAL_PUBLIC_ECONOMIC("一般公共预算支出经济分类表"),
    GENERAL_PUBLIC_BASIC_BY_FUNCTION("一般公共预算基本支出功能分类表"),
    FISCAL_BASIC("财政拨款基本支出表"),
    BASIC_ECONOMIC("基本支出经济分类表"),
    OPERATING_COST("机关运行经费表"),
    PROCUREMENT("政府采购表"),
    PERFORMANCE("绩效目标表"),
    PROJECTS("项目支出表"),
    /** Figures stated in sentences, where a file prints no tables. */
    NARRATIVE("情况说明"),
    UNKNOWN("");

    private final String titleKey;

    TableKind(String titleKey) { this.titleKey = titleKey; }

    /** The kind a table title names; the more specific titles are tried first. */
    public static TableKind ofTitle(String title) {
        if (!title.endsWith("表")) return UNKNOWN;
        if (title.contains("三公")) return THREE_PUBLIC;
        if (title.contains("委托业务费")) return ENTRUSTED_SERVICES;
        if (title.contains("结转结余")) return CARRY_OVER;
        if (title.contains("财政拨款收支")) return FISCAL_OVERVIEW;
        if (title.contains("一般公共预算")) {
            if (title.contains("基本支出")) return GENERAL_PUBLIC_BASIC;
            if (title.contains("项目支出")) return GENERAL_PUBLIC_PROJECT;
            if (title.contains("支出")) return GENERAL_PUBLIC_BUDGET;
        }
        if (title.contains("政府性基金")) return GOVERNMENT_FUND;
        if (title.contains("国有资本经营")) return STATE_CAPITAL;
        // 收支总体情况表 / 收支预算总表 / 收支总表, then 收入…表, then 支出…表
        if (title.contains("收支")) return REVENUE_EXPENDITURE_OVERVIEW;
        if (title.contains("收入总体") || title.contains("收入预算") || title.contains("收入总表") || title.contains("收入表")) return REVENUE;
        if (title.contains("支出总体") || title.contains("支出预算") || title.contains("支出总表") || title.contains("支出表")) return EXPENDITURE;
        return UNKNOWN;
    }

    public String titleKey() { return titleKey; }
}

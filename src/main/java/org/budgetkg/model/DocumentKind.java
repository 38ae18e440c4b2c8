package org.budgetkg.model;

/** 部门预算 (a department consolidating its units) or 单位预算 (one budget unit). */
public enum DocumentKind { DepartmentBudget, UnitBudget }

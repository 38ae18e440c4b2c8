package org.budgetkg.model;

/** 部门预算 (a department consolidating its units), 单位预算 (one budget unit), and their 决算 (final accounts). */
public enum DocumentKind { DepartmentBudget, UnitBudget, DepartmentFinalAccounts, UnitFinalAccounts }

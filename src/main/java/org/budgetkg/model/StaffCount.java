package org.budgetkg.model;

/** A staff figure of 第一部分: category is a bkg: local name (AuthorizedPositions, ActualStaff, …). */
public record StaffCount(String category, long count, SourceRef ref) {}

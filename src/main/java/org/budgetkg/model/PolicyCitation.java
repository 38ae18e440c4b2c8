package org.budgetkg.model;

/** A cited policy document: its 文号 in canonical form (or null) and its title without 《》 (or null). */
public record PolicyCitation(String number, String title, SourceRef ref) {}

package org.budgetkg.model;

/** A table the disclosure prints empty, with the sentence that says why (…为空表). */
public record EmptyTable(String title, String statement, SourceRef ref) {}

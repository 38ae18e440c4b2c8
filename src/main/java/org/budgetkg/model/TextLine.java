package org.budgetkg.model;

/** One line of a disclosure as read, with where it came from. */
public record TextLine(String text, SourceRef ref) {}

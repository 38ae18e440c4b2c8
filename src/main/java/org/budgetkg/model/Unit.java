package org.budgetkg.model;

import java.util.Set;

/** An organisation as a document names it: the fullest name printed, and the other names it goes by. */
public record Unit(String name, Set<String> altNames) {}

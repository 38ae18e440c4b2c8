package org.budgetkg.model;

import java.util.List;

/** A table of 第二部分 as read: its kind (from its title), title, raw lines and assembled rows. */
public record Table(TableKind kind, String title, List<TextLine> lines, List<Row> rows, SourceRef ref) {}

package org.budgetkg.model;

import java.util.List;

/** A disclosure's text as read by an ingest reader, before interpretation. */
public record SourceText(String file, Layout layout, List<TextLine> lines, List<String> warnings) {}

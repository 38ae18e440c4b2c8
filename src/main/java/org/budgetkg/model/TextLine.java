package org.budgetkg.model;

/**
 * One line of a disclosure as read, with where it came from, and its label ({@link Text#label}): the form the
 * interpreter's stages read it in, made once with the line rather than again by every stage that looks at it.
 */
public record TextLine(String text, SourceRef ref, String label) {
    public TextLine(String text, SourceRef ref) { this(text, ref, Text.label(text)); }
}

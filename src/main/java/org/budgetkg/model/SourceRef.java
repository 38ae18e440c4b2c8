package org.budgetkg.model;

/** Where something was read: the file, and the PDF page or the text line (0 when not known). */
public record SourceRef(String file, int page, int line) {
    public static SourceRef line(String file, int line) { return new SourceRef(file, 0, line); }
    public static SourceRef page(String file, int page) { return new SourceRef(file, page, 0); }

    @Override
    public String toString() {
        if (page > 0) return "[" + file + " p." + page + "]";
        if (line > 0) return "[" + file + " l." + line + "]";
        return "[" + file + "]";
    }
}

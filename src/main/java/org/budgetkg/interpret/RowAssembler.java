package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Layout;
import org.budgetkg.model.Row;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;

/**
 * Turns a table body into logical rows. Page-repeat lines (编制部门 …, 单位：万元, the header block up to the
 * first data line or the ※ numbering line) are dropped wherever they recur. In tabulated text each line is a
 * row and a text-only line continues the row above. In flowing text a row may span lines (code, wrapped
 * name, amounts); text that arrives just before a coded line finishes the previous row's name instead.
 */
final class RowAssembler {
    /** A code cell: 类 (and 款, 项, with or without spaces: {@code 20503 03}), or a 款/项 part; a name may follow. */
    private static final Pattern FIRST_CODE_CELL = Pattern.compile("^(\\d{3})\\s*(\\d{2})?\\s*(\\d{2})?(?:\\s+(\\S.*))?$");
    private static final Pattern NEXT_CODE_CELL = Pattern.compile("^(\\d{2})(?:\\s+(\\d{2}))?()(?:\\s+(\\S.*))?$");
    /**
     * A code printed inside a wrapped name, as narrow merged cells come out of a PDF: the code sits between the
     * name's two lines ({@code 职业技能208 07 09评价补贴}).
     */
    private static final Pattern CODE_INSIDE_NAME = Pattern.compile("^(\\p{IsHan}[^\\d]*?)\\s*(\\d{3})(?:\\s*(\\d{2}))?(?:\\s*(\\d{2}))?\\s*(\\p{IsHan}[^\\d]*)$");
    private static final Pattern CODE_PARTS_INSIDE_NAME = Pattern.compile("^(\\p{IsHan}[^\\d]*?)\\s*(\\d{2})(?:\\s*(\\d{2}))?()\\s*(\\p{IsHan}[^\\d]*)$");
    private static final Pattern CODE_TOKEN = Pattern.compile("^\\d{3}(\\d{2}){0,2}$|^\\d{2}$");
    private static final Pattern PAGE_REPEAT = Pattern.compile("^(编制部门|编制单位|单位[:：]\\s*万元|部门[:：])");
    private static final Pattern SEVERAL_AMOUNTS = Pattern.compile("^-?[\\d,]+\\.\\d+(\\s+-?[\\d,]+\\.\\d+)+$");
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(总计|合计)$");
    /** Page numbers and page footers (- 3 -, 第 3 页) that a text rendering leaves between rows. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]?\\s*\\d{1,4}\\s*[-—–]?$|^第\\s*\\d+\\s*页.*$");

    private RowAssembler() {}

    /** A line cut into codes, text and amounts. */
    record Tokens(List<String> codes, List<String> texts, List<BigDecimal> amounts, boolean positional, SourceRef ref,
                  List<Integer> unreadable) {
        Tokens(List<String> codes, List<String> texts, List<BigDecimal> amounts, boolean positional, SourceRef ref) {
            this(codes, texts, amounts, positional, ref, List.of());
        }

        boolean hasAmounts() { return amounts.stream().anyMatch(a -> a != null); }
        boolean empty() { return codes.isEmpty() && texts.isEmpty() && !hasAmounts(); }
    }

    static List<Row> assemble(List<TextLine> body, Layout layout) {
        return assemble(body, layout, "", issue -> {});
    }

    /**
     * As {@link #assemble(List, Layout)}, reporting each cell that looks like a corrupted amount (it keeps its column,
     * empty, so that the amounts after it stay in theirs).
     */
    static List<Row> assemble(List<TextLine> body, Layout layout, String table, java.util.function.Consumer<Issue> issues) {
        List<Tokens> tokens = new ArrayList<>();
        boolean header = true;
        for (TextLine line : body) {
            String label = line.label();
            if (label.isEmpty()) continue;
            if (PAGE_REPEAT.matcher(label).find() || label.contains("单位:万元")) { header = true; continue; }
            if (label.startsWith("※")) { header = false; continue; }
            if (PAGE_NUMBER.matcher(label).matches()) continue;
            if (label.endsWith("。")) continue; // the 空表 sentence and other prose inside a table section
            Tokens t = tokenize(line, layout, (cell, ref) -> issues.accept(new Issue(Issue.Severity.WARNING, ref,
                    table + ": \"" + cell + "\" is not a number; the cell is left out")));
            if (t.empty()) continue;
            if (header) {
                boolean data = t.hasAmounts() || (!t.codes().isEmpty() && t.codes().get(0).length() == 3);
                if (!data) continue;
                header = false;
            }
            tokens.add(t);
        }
        return layout == Layout.TABULATED ? tabulated(tokens) : flowing(tokens);
    }

    private static List<Row> tabulated(List<Tokens> tokens) {
        List<Row> rows = new ArrayList<>();
        for (Tokens t : tokens) {
            boolean hasText = !t.texts().isEmpty();
            // a text-only line is a row of its own (因公出国（境）费 with nothing spent), unless it visibly
            // continues a parenthesis the row above left open
            if (!rows.isEmpty() && t.codes().isEmpty() && !t.hasAmounts() && hasText
                    && openParenthesis(rows.get(rows.size() - 1).text())) {
                rows.set(rows.size() - 1, continueText(rows.get(rows.size() - 1), t.texts()));
                continue;
            }
            if (!rows.isEmpty() && t.codes().isEmpty() && !hasText && t.hasAmounts()) {
                rows.set(rows.size() - 1, appendAmounts(rows.get(rows.size() - 1), t.amounts()));
                continue;
            }
            rows.add(new Row(t.codes(), t.texts(), t.amounts(), t.positional(), t.ref(), t.unreadable()));
        }
        return rows;
    }

    static boolean openParenthesis(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '（') depth++;
            else if ((c == ')' || c == '）') && depth > 0) depth--;
        }
        return depth > 0;
    }

    private static List<Row> flowing(List<Tokens> tokens) {
        List<Row> rows = new ArrayList<>();
        Tokens pending = null;
        for (Tokens t : tokens) {
            boolean coded = !t.codes().isEmpty();
            if (coded && pending != null) {
                flush(rows, pending);
                pending = null;
            }
            if (t.hasAmounts()) {
                if (pending != null) {
                    rows.add(merge(pending, t));
                    pending = null;
                } else if (!coded && t.texts().isEmpty() && !rows.isEmpty()) {
                    rows.set(rows.size() - 1, appendAmounts(rows.get(rows.size() - 1), t.amounts()));
                } else {
                    rows.add(new Row(t.codes(), t.texts(), printed(t.amounts()), false, t.ref()));
                }
            } else if (pending == null) {
                pending = t;
            } else {
                pending = new Tokens(pending.codes(), concat(pending.texts(), t.texts()), List.of(), false, pending.ref());
            }
        }
        if (pending != null) flush(rows, pending);
        return rows;
    }

    /** A pending line that never got amounts: a coded one is a row of its own, bare text ends the row above. */
    private static void flush(List<Row> rows, Tokens pending) {
        if (pending.codes().isEmpty() && !rows.isEmpty()
                && !TOTAL_LABEL.matcher(Text.label(String.join("", pending.texts()))).matches()) {
            rows.set(rows.size() - 1, continueText(rows.get(rows.size() - 1), pending.texts()));
        } else {
            rows.add(new Row(pending.codes(), pending.texts(), List.of(), false, pending.ref()));
        }
    }

    private static Row merge(Tokens pending, Tokens t) {
        List<String> codes = new ArrayList<>(pending.codes());
        codes.addAll(t.codes());
        return new Row(codes, concat(pending.texts(), t.texts()), printed(t.amounts()), false, pending.ref());
    }

    private static Row continueText(Row row, List<String> more) {
        List<String> texts = new ArrayList<>(row.texts());
        String joined = String.join("", more);
        if (texts.isEmpty()) texts.add(joined);
        else texts.set(texts.size() - 1, texts.get(texts.size() - 1) + joined);
        return new Row(row.codeParts(), texts, row.amounts(), row.positional(), row.ref());
    }

    private static Row appendAmounts(Row row, List<BigDecimal> more) {
        List<BigDecimal> amounts = new ArrayList<>(row.printedAmounts());
        amounts.addAll(printed(more));
        return new Row(row.codeParts(), row.texts(), amounts, false, row.ref());
    }

    private static List<BigDecimal> printed(List<BigDecimal> amounts) {
        return amounts.stream().filter(a -> a != null).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        if (!out.isEmpty() && !b.isEmpty() && out.size() == 1 && b.size() == 1) {
            out.set(0, out.get(0) + b.get(0));
        } else {
            out.addAll(b);
        }
        return out;
    }

    static Tokens tokenize(TextLine line, Layout layout) {
        return tokenize(line, layout, (cell, ref) -> {});
    }

    static Tokens tokenize(TextLine line, Layout layout, java.util.function.BiConsumer<String, SourceRef> notANumber) {
        List<String> codes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        if (layout == Layout.TABULATED) {
            boolean positional = true;
            for (String rawCell : line.text().split("\t", -1)) {
                String cell = Text.nfkc(rawCell).strip();
                BigDecimal amount = Text.amount(cell);
                if (amount != null) { amounts.add(amount); continue; }
                if (SEVERAL_AMOUNTS.matcher(cell).matches()) {
                    // two numbers in one cell (a merged cell in a PDF): their columns are for the sums to decide
                    for (String part : cell.split("\\s+")) amounts.add(Text.amount(part));
                    positional = false;
                    continue;
                }
                if (cell.isEmpty()) { if (!amounts.isEmpty()) amounts.add(null); continue; }
                if (Text.isNumberLike(cell)) { notANumber.accept(cell, line.ref()); unreadable.add(amounts.size()); amounts.add(null); continue; }
                if (texts.isEmpty() && amounts.isEmpty()) {
                    Matcher m = (codes.isEmpty() ? FIRST_CODE_CELL : NEXT_CODE_CELL).matcher(cell);
                    if (m.matches() && (m.group(4) == null || !Character.isDigit(m.group(4).charAt(0)))) {
                        for (int g = 1; g <= 3; g++) if (m.group(g) != null && !m.group(g).isEmpty()) codes.add(m.group(g));
                        if (m.group(4) != null) texts.add(Text.label(m.group(4)));
                        continue;
                    }
                    Matcher inside = (codes.isEmpty() ? CODE_INSIDE_NAME : CODE_PARTS_INSIDE_NAME).matcher(cell);
                    if (codes.size() < 3 && inside.matches()) {
                        for (int g = 2; g <= 4; g++) if (inside.group(g) != null && !inside.group(g).isEmpty()) codes.add(inside.group(g));
                        texts.add(Text.label(inside.group(1) + inside.group(5)));
                        continue;
                    }
                }
                texts.add(Text.label(cell));
            }
            while (!amounts.isEmpty() && amounts.get(amounts.size() - 1) == null) amounts.remove(amounts.size() - 1);
            if (!positional) amounts.removeIf(java.util.Objects::isNull);
            return new Tokens(codes, texts, amounts, positional, line.ref(), positional ? unreadable : List.of());
        }
        String[] parts = Text.nfkc(line.text()).strip().split("\\s+");
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) continue;
            if (texts.isEmpty() && text.length() == 0 && amounts.isEmpty() && CODE_TOKEN.matcher(part).matches()
                    && (codes.isEmpty() ? part.length() % 2 == 1 : part.length() == 2 && codes.size() < 3)) {
                if (codes.isEmpty()) {
                    codes.add(part.substring(0, 3));
                    for (int i = 3; i + 2 <= part.length(); i += 2) codes.add(part.substring(i, i + 2));
                } else {
                    codes.add(part);
                }
                continue;
            }
            BigDecimal amount = Text.amount(part);
            if (amount != null) { amounts.add(amount); continue; }
            if (Text.isNumberLike(part)) { notANumber.accept(part, line.ref()); continue; }
            if (text.length() > 0) text.append(' ');
            text.append(part);
        }
        if (text.length() > 0) texts.add(Text.label(text.toString()));
        return new Tokens(codes, texts, amounts, false, line.ref());
    }
}

package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Row;

/**
 * Decides which column each printed number of a row belongs to, using the sums the table must satisfy.
 * A row's candidates are its printed positions (when the layout kept them), every order-preserving placement
 * of its numbers, and, where a column was lost altogether, placements that complete one sum by its residual.
 * Within a code tree (类 → 款 → 项, under 总计) the children's columns must add up to the parent's; the
 * combination that does, with the most trusted candidates, wins. Printed totals are rounded, so every sum
 * is allowed 0.01 per addend.
 */
final class ColumnSolver {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** A sum the columns of one row satisfy: {@code target = Σ addends}. */
    record Sum(int target, int... addends) {}

    /** One way to read a row: a value (or null) per column, and how much to trust it (0 best). */
    record Candidate(BigDecimal[] values, int rank) {
        BigDecimal get(int c) { return values[c] == null ? BigDecimal.ZERO : values[c]; }
    }

    private final int columns;
    private final List<Sum> sums;
    private final Consumer<Issue> issues;

    ColumnSolver(int columns, List<Sum> sums, Consumer<Issue> issues) {
        this.columns = columns;
        this.sums = sums;
        this.issues = issues;
    }

    /** Candidates of one row, best first; never empty when the row printed any number. */
    List<Candidate> candidates(Row row) {
        List<BigDecimal> printed = row.printedAmounts();
        List<Candidate> out = new ArrayList<>();
        if (printed.isEmpty()) return out;
        if (row.positional() && !row.unreadable().isEmpty() && row.amounts().size() <= columns) {
            // a cell that could not be read (reported) keeps its place: the numbers around it stand where printed, and
            // the sums, short of that cell, cannot move them
            BigDecimal[] v = new BigDecimal[columns];
            for (int i = 0; i < row.amounts().size(); i++) v[i] = row.amounts().get(i);
            out.add(new Candidate(v, 0));
            return out;
        }
        if (row.positional() && row.amounts().size() <= columns) {
            BigDecimal[] v = new BigDecimal[columns];
            for (int i = 0; i < row.amounts().size(); i++) v[i] = row.amounts().get(i);
            if (consistent(v)) out.add(new Candidate(v, 0));
        }
        int k = printed.size();
        if (k <= columns) {
            for (int[] placement : placements(k)) {
                BigDecimal[] v = new BigDecimal[columns];
                for (int i = 0; i < k; i++) v[placement[i]] = printed.get(i);
                if (consistent(v) && out.stream().noneMatch(c -> Arrays.equals(c.values(), v))) out.add(new Candidate(v, 1));
            }
        }
        if (out.isEmpty() && k < columns) {
            for (int[] placement : placements(k)) {
                BigDecimal[] v = new BigDecimal[columns];
                for (int i = 0; i < k; i++) v[placement[i]] = printed.get(i);
                BigDecimal[] completed = completeByResidual(v);
                if (completed != null && out.stream().noneMatch(c -> Arrays.equals(c.values(), completed))) {
                    out.add(new Candidate(completed, 2));
                }
            }
        }
        if (out.isEmpty()) {
            BigDecimal[] v = new BigDecimal[columns];
            if (row.positional()) {
                for (int i = 0; i < Math.min(columns, row.amounts().size()); i++) v[i] = row.amounts().get(i);
            } else {
                for (int i = 0; i < Math.min(columns, k); i++) v[i] = printed.get(i);
            }
            out.add(new Candidate(v, 3));
            issues.accept(new Issue(Issue.Severity.WARNING, row.ref(),
                    "row " + describe(row) + ": its numbers " + printed + " satisfy none of the table's sums"));
        }
        out.sort(Comparator.comparingInt(Candidate::rank));
        return out;
    }

    /**
     * Picks one candidate per row so that, along the code tree, children add up to their parent.
     * {@code codeOf} gives each row's code ("" for the 总计 row, null for rows outside the tree).
     */
    Map<Row, Candidate> solveTree(List<Row> rows, Map<Row, String> codeOf, Map<Row, Candidate> pinned) {
        Map<Row, List<Candidate>> options = new LinkedHashMap<>();
        for (Row r : rows) {
            List<Candidate> c = candidates(r);
            if (pinned.containsKey(r)) {
                Candidate pin = pinned.get(r);
                List<Candidate> agreeing = c.stream().filter(x -> agrees(x, pin)).toList();
                if (!agreeing.isEmpty()) c = agreeing;
            }
            if (!c.isEmpty()) options.put(r, c);
        }
        Map<Row, Candidate> chosen = new HashMap<>();
        Map<String, Row> byCode = new HashMap<>();
        for (Row r : options.keySet()) {
            String code = codeOf.get(r);
            if (code != null) byCode.putIfAbsent(code, r);
        }
        Row root = byCode.get("");
        List<Row> topLevel = new ArrayList<>();
        for (Map.Entry<String, Row> e : byCode.entrySet()) {
            if (e.getKey().isEmpty()) continue;
            String parent = parentCode(e.getKey());
            if (!byCode.containsKey(parent)) topLevel.add(e.getValue());
        }
        if (root != null) {
            List<Row> kids = childCodes(byCode, "").stream().map(byCode::get).toList();
            Candidate best = null;
            int bestScore = Integer.MAX_VALUE;
            for (Candidate rc : options.get(root)) {
                int score = fit(rc, kids, options) == null ? 1000 + rc.rank() : rc.rank();
                if (score < bestScore) { bestScore = score; best = rc; }
            }
            chosen.put(root, best);
            descend(root, "", byCode, options, chosen);
        }
        for (Row top : topLevel) {
            if (chosen.containsKey(top) || top == root) continue;
            chosen.put(top, options.get(top).get(0));
            descend(top, codeOf.get(top), byCode, options, chosen);
        }
        for (Map.Entry<Row, List<Candidate>> e : options.entrySet()) chosen.putIfAbsent(e.getKey(), e.getValue().get(0));
        return chosen;
    }

    private void descend(Row parent, String code, Map<String, Row> byCode, Map<Row, List<Candidate>> options,
                         Map<Row, Candidate> chosen) {
        List<String> kidCodes = childCodes(byCode, code);
        if (kidCodes.isEmpty()) return;
        List<Row> kids = kidCodes.stream().map(byCode::get).toList();
        Candidate[] fit = fit(chosen.get(parent), kids, options);
        if (fit == null) {
            fit = new Candidate[kids.size()];
            for (int i = 0; i < kids.size(); i++) fit[i] = options.get(kids.get(i)).get(0);
            issues.accept(new Issue(Issue.Severity.WARNING, parent.ref(), "the rows under "
                    + (code.isEmpty() ? "总计" : code) + " do not add up to it in every column"));
        }
        for (int i = 0; i < kids.size(); i++) {
            chosen.put(kids.get(i), fit[i]);
            descend(kids.get(i), kidCodes.get(i), byCode, options, chosen);
        }
    }

    /** The best-ranked combination of children candidates whose columns add up to the parent's; null if none. */
    private Candidate[] fit(Candidate parent, List<Row> kids, Map<Row, List<Candidate>> options) {
        if (kids.isEmpty()) return new Candidate[0];
        BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(kids.size())).add(new BigDecimal("0.0000001"));
        Search s = new Search(parent, kids, options, tolerance);
        s.run(0, 0, new BigDecimal[columns]);
        return s.best;
    }

    /** Depth-first over the children's candidates, pruned as soon as a column's running sum overshoots. */
    private final class Search {
        final Candidate parent;
        final List<Row> kids;
        final Map<Row, List<Candidate>> options;
        final BigDecimal tolerance;
        final Candidate[] current;
        Candidate[] best;
        int bestRank = Integer.MAX_VALUE;
        long budget = 2_000_000;

        Search(Candidate parent, List<Row> kids, Map<Row, List<Candidate>> options, BigDecimal tolerance) {
            this.parent = parent; this.kids = kids; this.options = options; this.tolerance = tolerance;
            this.current = new Candidate[kids.size()];
        }

        void run(int i, int rank, BigDecimal[] partial) {
            if (rank >= bestRank || --budget < 0) return;
            if (i == kids.size()) {
                for (int c = 0; c < columns; c++) {
                    BigDecimal sum = partial[c] == null ? BigDecimal.ZERO : partial[c];
                    if (sum.subtract(parent.get(c)).abs().compareTo(tolerance) > 0) return;
                }
                bestRank = rank;
                best = current.clone();
                return;
            }
            for (Candidate c : options.get(kids.get(i))) {
                BigDecimal[] next = partial.clone();
                boolean over = false;
                for (int col = 0; col < columns && !over; col++) {
                    next[col] = (next[col] == null ? BigDecimal.ZERO : next[col]).add(c.get(col));
                    over = next[col].subtract(parent.get(col)).compareTo(tolerance) > 0;
                }
                if (over) continue;
                current[i] = c;
                run(i + 1, rank + c.rank(), next);
            }
        }
    }

    private boolean addsUp(Candidate parent, Candidate[] kids) {
        BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(kids.length)).add(new BigDecimal("0.0000001"));
        for (int c = 0; c < columns; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Candidate k : kids) sum = sum.add(k.get(c));
            if (sum.subtract(parent.get(c)).abs().compareTo(tolerance) > 0) return false;
        }
        return true;
    }

    private static List<String> childCodes(Map<String, Row> byCode, String code) {
        List<String> out = new ArrayList<>();
        for (String k : byCode.keySet()) if (!k.isEmpty() && parentCode(k).equals(code)) out.add(k);
        return out;
    }

    static String parentCode(String code) {
        return code.length() <= 3 ? "" : code.substring(0, code.length() - 2);
    }

    private boolean agrees(Candidate c, Candidate pin) {
        for (int i = 0; i < columns; i++) {
            if (pin.values()[i] == null) continue;
            if (c.get(i).subtract(pin.values()[i]).abs().compareTo(CENT) > 0) return false;
        }
        return true;
    }

    /** All sums hold, within 0.01 per addend. */
    boolean consistent(BigDecimal[] v) {
        for (Sum s : sums) {
            BigDecimal total = BigDecimal.ZERO;
            boolean any = v[s.target()] != null;
            for (int a : s.addends()) { if (v[a] != null) { total = total.add(v[a]); any = true; } }
            if (!any) continue;
            BigDecimal target = v[s.target()] == null ? BigDecimal.ZERO : v[s.target()];
            BigDecimal tolerance = CENT.multiply(BigDecimal.valueOf(s.addends().length)).add(new BigDecimal("0.0000001"));
            if (total.subtract(target).abs().compareTo(tolerance) > 0) return false;
        }
        return true;
    }

    private BigDecimal[] completeByResidual(BigDecimal[] placed) {
        for (Sum s : sums) {
            if (placed[s.target()] == null) continue;
            List<Integer> open = new ArrayList<>();
            BigDecimal known = BigDecimal.ZERO;
            for (int a : s.addends()) { if (placed[a] == null) open.add(a); else known = known.add(placed[a]); }
            BigDecimal residual = placed[s.target()].subtract(known);
            if (residual.signum() <= 0) continue;
            for (int slot : open) {
                BigDecimal[] v = placed.clone();
                v[slot] = residual;
                if (consistent(v)) return v;
            }
        }
        return null;
    }

    /** Increasing column indexes for k numbers, the first always in column 0 (a row's total comes first). */
    private List<int[]> placements(int k) {
        List<int[]> out = new ArrayList<>();
        if (k == 0) return out;
        int[] idx = new int[k];
        idx[0] = 0;
        place(1, 1, idx, out);
        return out;
    }

    private void place(int i, int from, int[] idx, List<int[]> out) {
        if (out.size() > 5000) return;
        if (i == idx.length) { out.add(idx.clone()); return; }
        for (int c = from; c < columns; c++) {
            idx[i] = c;
            place(i + 1, c + 1, idx, out);
        }
    }

    static String describe(Row row) {
        String t = row.code() + " " + row.text();
        return t.isBlank() ? "(unnamed)" : t.strip();
    }
}

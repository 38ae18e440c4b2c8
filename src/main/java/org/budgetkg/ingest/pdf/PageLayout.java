package org.budgetkg.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds a page as lines: each row of a ruled table becomes one line of tab-separated cells (a cell's
 * wrapped lines rejoined, merged cells placed in their leftmost column so the other columns keep their
 * place), and text outside tables becomes lines by baseline, words separated by their gaps.
 */
final class PageLayout {
    /** A line of the page, with the y it starts at so that table rows and prose interleave in reading order. */
    record PageLine(double y, String text, boolean tableRow) {}

    private PageLayout() {}

    static List<PageLine> lines(List<Glyph> glyphs, List<Ruling> rulings) {
        List<Ruling> horizontal = merge(rulings.stream().filter(Ruling::horizontal).toList());
        List<Ruling> vertical = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
        List<Grid> grids = grids(horizontal, vertical);
        List<PageLine> out = new ArrayList<>();
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean inside = false;
            for (Grid grid : grids) if (grid.contains(g)) { grid.glyphs.add(g); inside = true; break; }
            if (!inside) free.add(g);
        }
        // the last digit of a number drawn a little past the grid's outer ruling is still part of its cell
        boolean joined = true;
        while (joined) {
            joined = false;
            for (java.util.Iterator<Glyph> it = free.iterator(); it.hasNext(); ) {
                Glyph g = it.next();
                for (Grid grid : grids) {
                    if (grid.touches(g)) { grid.glyphs.add(g); it.remove(); joined = true; break; }
                }
            }
        }
        for (Grid grid : grids) out.addAll(grid.rows());
        if (grids.isEmpty()) {
            out.addAll(UnruledTables.lines(baselines(free)));
        } else {
            for (List<Glyph> line : baselines(free)) out.add(new PageLine(line.get(0).y() - line.get(0).height(), words(line), false));
        }
        out.sort(Comparator.comparingDouble(PageLine::y));
        return out;
    }

    /** Collinear pieces joined into one ruling (borders are often drawn cell by cell). */
    static List<Ruling> merge(List<Ruling> in) {
        List<Ruling> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Ruling::at).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        List<Ruling> open = new ArrayList<>();
        for (Ruling r : sorted) {
            Ruling joined = null;
            for (int i = 0; i < open.size(); i++) {
                Ruling o = open.get(i);
                if (Math.abs(o.at() - r.at()) <= 1.5 && r.from() <= o.to() + Ruling.TOLERANCE) {
                    joined = new Ruling(o.horizontal(), o.at(), o.from(), Math.max(o.to(), r.to()));
                    open.set(i, joined);
                    break;
                }
            }
            if (joined == null) open.add(r);
            open.removeIf(o -> r.at() - o.at() > 1.5 && !out.contains(o) && out.add(o));
        }
        out.addAll(open);
        return out;
    }

    private static List<Grid> grids(List<Ruling> horizontal, List<Ruling> vertical) {
        List<Ruling> all = new ArrayList<>(horizontal);
        all.addAll(vertical);
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < horizontal.size(); i++) {
            for (int j = horizontal.size(); j < all.size(); j++) {
                if (all.get(i).crosses(all.get(j))) union(parent, i, j);
            }
        }
        List<Grid> grids = new ArrayList<>();
        boolean[] done = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            int root = find(parent, i);
            if (done[root]) continue;
            done[root] = true;
            List<Ruling> h = new ArrayList<>(), v = new ArrayList<>();
            for (int j = 0; j < all.size(); j++) {
                if (find(parent, j) != root) continue;
                (all.get(j).horizontal() ? h : v).add(all.get(j));
            }
            if (h.size() >= 2 && v.size() >= 2) grids.add(new Grid(h, v));
        }
        return grids;
    }

    private static int find(int[] p, int i) { while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; } return i; }
    private static void union(int[] p, int a, int b) { p[find(p, a)] = find(p, b); }

    static List<Double> cluster(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        for (double v : sorted) if (out.isEmpty() || v - out.get(out.size() - 1) > Ruling.TOLERANCE) out.add(v);
        return out;
    }

    /** Glyphs grouped into lines by baseline, each line sorted left to right. */
    static List<List<Glyph>> baselines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        double baseline = Double.NaN;
        for (Glyph g : sorted) {
            double tolerance = Math.max(1.5, 0.4 * g.fontSize());
            if (current == null || Math.abs(g.y() - baseline) > tolerance) {
                current = new ArrayList<>();
                lines.add(current);
                baseline = g.y();
            }
            current.add(g);
        }
        for (List<Glyph> l : lines) l.sort(Comparator.comparingDouble(Glyph::x));
        return lines;
    }

    /** A line's text, with a space wherever the gap between glyphs is wider than a third of the font size. */
    static String words(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (g.text().equals(" ")) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
                continue;
            }
            if (prev != null && g.x() - prev.right() > Math.max(1.0, 0.3 * g.fontSize()) && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            sb.append(g.text());
            prev = g;
        }
        return sb.toString().strip();
    }

    /**
     * A cell's text, its wrapped lines rejoined. Where the glyphs fall into vertical strips with a clear gap
     * between them (a column whose ruling was not drawn), each strip becomes its own tab-separated cell.
     */
    static String cellText(List<Glyph> glyphs) {
        List<List<Glyph>> lines = baselines(glyphs);
        List<double[]> strips = new ArrayList<>();
        double font = 0;
        for (List<Glyph> line : lines) {
            double start = Double.NaN, end = Double.NaN, indent = Double.NaN;
            Glyph prev = null;
            boolean spaced = false;
            for (Glyph g : line) {
                font = Math.max(font, g.fontSize());
                // words separated by a printed space stay one run: only an unprinted gap can part two columns
                // and printed spaces that indent a line's text (a wrapped name's first line) are part of its run
                if (g.text().equals(" ")) {
                    if (Double.isNaN(start) && Double.isNaN(indent)) indent = g.x();
                    spaced = true;
                    continue;
                }
                boolean gap = !spaced && prev != null && g.x() - prev.right() > 0.25 * g.fontSize();
                spaced = false;
                if (Double.isNaN(start) || gap) {
                    if (!Double.isNaN(start)) strips.add(new double[] {start, end});
                    start = Double.isNaN(start) && !Double.isNaN(indent) ? indent : g.x();
                }
                end = g.right();
                prev = g;
            }
            if (!Double.isNaN(start)) strips.add(new double[] {start, end});
        }
        List<double[]> merged = mergeIntervals(strips, 0.25 * Math.max(font, 1));
        if (merged.size() > 1 && letterSpaced(lines, merged)) {
            StringBuilder text = new StringBuilder();
            for (List<Glyph> line : lines) for (Glyph g : line) if (!g.text().isBlank()) text.append(g.text());
            return text.toString().replace('\t', ' ');
        }
        if (merged.size() <= 1 || lines.size() < 2) {
            StringBuilder text = new StringBuilder();
            for (List<Glyph> line : lines) text.append(words(line));
            return text.toString().replace('\t', ' ');
        }
        List<String> parts = new ArrayList<>();
        for (double[] strip : merged) {
            StringBuilder text = new StringBuilder();
            for (List<Glyph> line : lines) {
                List<Glyph> inStrip = line.stream().filter(g -> g.centreX() >= strip[0] - 0.5 && g.centreX() <= strip[1] + 0.5).toList();
                if (!inStrip.isEmpty()) text.append(words(inStrip));
            }
            parts.add(text.toString().replace('\t', ' '));
        }
        return String.join("\t", parts);
    }

    /**
     * A name printed letter-spaced across its cell (distributed alignment: 其 他 商 品 和 服 务 支 / 出): many strips of
     * one letter each and no digit is one name, not columns.
     */
    private static boolean letterSpaced(List<List<Glyph>> lines, List<double[]> strips) {
        if (strips.size() < 4) return false;
        for (double[] strip : strips) {
            int letters = 0;
            for (List<Glyph> line : lines) {
                for (Glyph g : line) {
                    if (g.text().isBlank() || g.centreX() < strip[0] - 0.5 || g.centreX() > strip[1] + 0.5) continue;
                    if (Character.isDigit(g.text().codePointAt(0))) return false;
                    letters++;
                }
            }
            if (letters > 2) return false;
        }
        return true;
    }

    /**
     * A glyph of a number: a digit, a separator, a point or a percent sign. A plain character test, not a regex: it
     * runs for every glyph of every ruled row.
     */
    static boolean numeric(Glyph g) {
        String t = g.text();
        if (t.length() != 1) return false;
        char c = t.charAt(0);
        return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '%';
    }

    /** Horizontal extents joined where they overlap or lie closer than {@code gap}; sorted left to right. */
    static List<double[]> mergeIntervals(List<double[]> spans, double gap) {
        List<double[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingDouble(a -> a[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] sp : sorted) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && sp[0] <= last[1] + gap) last[1] = Math.max(last[1], sp[1]);
            else merged.add(sp.clone());
        }
        return merged;
    }

    /** One ruled table: its column and row boundaries and the glyphs inside. */
    private static final class Grid {
        final List<Ruling> horizontal, vertical;
        final List<Double> xs, ys;
        /** The outer rulings, unboxed: every glyph of the page is tested against them. */
        private final double left, right, top, bottom;
        final List<Glyph> glyphs = new ArrayList<>();

        Grid(List<Ruling> horizontal, List<Ruling> vertical) {
            this.horizontal = horizontal;
            this.vertical = vertical;
            this.xs = cluster(vertical.stream().map(Ruling::at).toList());
            List<Double> rows = new ArrayList<>(horizontal.stream().map(Ruling::at).toList());
            // a first or last row whose outer ruling was not drawn (a table continued on a new page): its cells still
            // end where the table's left and right borders end
            double top = rows.stream().min(Double::compare).orElseThrow(), bottom = rows.stream().max(Double::compare).orElseThrow();
            Ruling left = border(xs.get(0)), right = border(xs.get(xs.size() - 1));
            if (left != null && right != null) {
                double bordersFrom = Math.max(left.from(), right.from()), bordersTo = Math.min(left.to(), right.to());
                if (bordersFrom < top - 3) rows.add(bordersFrom);
                if (bordersTo > bottom + 3) rows.add(bordersTo);
            }
            this.ys = cluster(rows);
            this.left = xs.get(0);
            this.right = xs.get(xs.size() - 1);
            this.top = ys.get(0);
            this.bottom = ys.get(ys.size() - 1);
        }

        /** The longest vertical ruling at x. */
        private Ruling border(double x) {
            Ruling best = null;
            for (Ruling v : vertical) {
                if (Math.abs(v.at() - x) <= Ruling.TOLERANCE && (best == null || v.to() - v.from() > best.to() - best.from())) best = v;
            }
            return best;
        }

        boolean contains(Glyph g) {
            double cx = g.centreX(), cy = g.centreY();
            return cx >= left && cx <= right && cy >= top && cy <= bottom;
        }

        /** A digit just outside the left or right ruling that runs on, without a gap, from a word inside. */
        boolean touches(Glyph g) {
            double cy = g.centreY();
            if (cy < ys.get(0) || cy > ys.get(ys.size() - 1) || !numeric(g)) return false;
            double left = xs.get(0), right = xs.get(xs.size() - 1), reach = 2 * g.fontSize();
            if (g.centreX() > right + reach || g.centreX() < left - reach) return false;
            for (Glyph h : glyphs) {
                if (Math.abs(h.y() - g.y()) > 0.5 || !numeric(h)) continue;
                double gap = g.centreX() > right ? g.x() - h.right() : h.x() - g.right();
                if (gap > -0.5 * g.fontSize() && gap < 0.3 * g.fontSize()) return true;
            }
            return false;
        }

        /**
         * Where each glyph of a row counts for its cell. A word that straddles a column boundary (text overflowing
         * a narrow cell) belongs to the cell it ends in when it is a number, which is right-aligned and overflows to
         * the left, and to the cell it starts in otherwise.
         */
        private java.util.Map<Glyph, Double> anchors(List<Glyph> row, List<Integer> bounds) {
            // by identity: a glyph is a record, and hashing its text and five numbers at every lookup cost more than the rest
            java.util.Map<Glyph, Double> anchor = new java.util.IdentityHashMap<>();
            for (List<Glyph> line : baselines(row)) {
                int i = 0;
                while (i < line.size()) {
                    int j = i;
                    while (j + 1 < line.size() && !line.get(j + 1).text().equals(" ") && !line.get(j).text().equals(" ")
                            && line.get(j + 1).x() - line.get(j).right() < 0.3 * line.get(j).fontSize()
                            && !nameMeetsAmount(line.get(j), line.get(j + 1), bounds)
                            && !gapOnRuling(line.get(j), line.get(j + 1), bounds)) j++;
                    double from = line.get(i).x(), to = line.get(j).right();
                    double lastCrossed = Double.NaN, nextBound = Double.NaN;
                    for (int b : bounds) {
                        double x = xs.get(b);
                        if (from < x - 0.5 && to > x + 0.5) lastCrossed = x;
                        if (x >= to && Double.isNaN(nextBound)) nextBound = x;
                    }
                    if (!Double.isNaN(lastCrossed)) {
                        boolean number = true;
                        for (int k = i; k <= j; k++) number &= numeric(line.get(k));
                        // a number's last digit or two past the ruling is the text layer drawn a little off the grid
                        // (Excel exports): the number belongs where nearly all of it lies
                        double past = to - lastCrossed, width = to - from, glyphWidth = width / (j - i + 1);
                        // or the whole column's text sits a few points right of the grid: the number then ends far from
                        // the right edge of the cell it runs into, where a right-aligned number of that cell would end
                        boolean pastRightEdge = Double.isNaN(nextBound), pastLeftEdge = lastCrossed <= xs.get(bounds.get(0));
                        boolean rightAlignedThere = !pastRightEdge && nextBound - to < width;
                        boolean mostlyBefore = past < 0.5 * width && (past <= 1.5 * glyphWidth || !rightAlignedThere);
                        // a number past the grid's right edge belongs inside it, one past the left edge too
                        boolean slightlyPast = !pastLeftEdge && (pastRightEdge || mostlyBefore);
                        double a = !number ? from + 0.5 : slightlyPast ? lastCrossed - 0.5 : to - 0.5;
                        for (int k = i; k <= j; k++) anchor.put(line.get(k), a);
                    }
                    i = j + 1;
                }
            }
            return anchor;
        }

        /**
         * A name that overflows its cell into the next one can touch the amount printed there (left-aligned at the
         * ruling): where a column boundary lies between a letter and the digit after it, they are two words.
         */
        private boolean nameMeetsAmount(Glyph left, Glyph right, List<Integer> bounds) {
            boolean leftNumeric = numeric(left) || left.text().equals("-"), rightNumeric = numeric(right) || right.text().equals("-");
            // a letter then a digit (a name run into the amount after it), or a digit then a letter (an amount, right-aligned,
            // touching the name left-aligned in the next cell: 99,320.55(一)一般公共服务支出)
            if (leftNumeric == rightNumeric) return false;
            String digit = (leftNumeric ? left : right).text();
            if (digit.length() != 1 || !Character.isDigit(digit.charAt(0))) return false;
            // a letter counts from where it starts: the last letter of a name its cell clips can be drawn across the
            // boundary, over the amount's first digit (机关事业单位基本养老保险|50102)
            double leftFrom = leftNumeric ? left.centreX() : left.x();
            for (int b : bounds) {
                double x = xs.get(b);
                if (leftFrom < x && right.centreX() > x) return true;
            }
            return false;
        }

        /**
         * Two texts each within its own cell, the ruling between them in the gap that separates them (narrow cells of a
         * small print: 公务用车购置 | 公务用车运行 a point apart): two words. Letters of one name overflowing its cell abut.
         */
        private boolean gapOnRuling(Glyph left, Glyph right, List<Integer> bounds) {
            double gap = right.x() - left.right();
            if (gap < 0.15 * left.fontSize()) return false;
            for (int b : bounds) {
                double x = xs.get(b);
                if (left.right() <= x + 0.1 && right.x() >= x - 0.1) return true;
            }
            return false;
        }

        private boolean crossed(double x, double top, double bottom) {
            for (Glyph g : glyphs) {
                double cy = g.centreY();
                if (cy >= top && cy < bottom && g.x() < x - 0.5 && g.right() > x + 0.5) return true;
            }
            return false;
        }

        /** The i with edges[i] <= v < edges[i + 1] (edges ascending), or -1 when v lies outside them. */
        private static int interval(List<Double> edges, double v) {
            int lo = 0, hi = edges.size() - 1; // invariant: edges[lo] <= v < edges[hi]
            if (hi < 1 || v < edges.get(0) || v >= edges.get(hi)) return -1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (edges.get(mid) <= v) lo = mid; else hi = mid;
            }
            return lo;
        }

        List<PageLine> rows() {
            List<PageLine> out = new ArrayList<>();
            // each glyph goes to the band between two row rulings its centre lies in, once, in the order drawn
            List<List<Glyph>> bands = new ArrayList<>();
            for (int i = 0; i + 1 < ys.size(); i++) bands.add(new ArrayList<>());
            for (Glyph g : glyphs) {
                int band = interval(ys, g.centreY());
                if (band >= 0) bands.get(band).add(g);
            }
            for (int i = 0; i + 1 < ys.size(); i++) {
                double top = ys.get(i), bottom = ys.get(i + 1);
                if (bottom - top < 3) continue;
                List<Integer> bounds = new ArrayList<>();
                for (int k = 0; k < xs.size(); k++) {
                    double x = xs.get(k);
                    boolean drawn = vertical.stream().anyMatch(v -> Math.abs(v.at() - x) <= Ruling.TOLERANCE && v.covers(top + 1) && v.covers(bottom - 1));
                    // a boundary drawn elsewhere in the table but not here still separates columns unless text runs across it
                    if (drawn || k == 0 || k == xs.size() - 1 || !crossed(x, top, bottom)) bounds.add(k);
                }
                List<Glyph> row = bands.get(i);
                java.util.Map<Glyph, Double> anchor = anchors(row, bounds);
                // each glyph goes to the cell its anchor lies in, once, in the order drawn
                List<Double> edges = new ArrayList<>(bounds.size());
                for (int b : bounds) edges.add(xs.get(b));
                List<List<Glyph>> inCell = new ArrayList<>();
                for (int b = 0; b + 1 < bounds.size(); b++) inCell.add(new ArrayList<>());
                for (Glyph g : row) {
                    int b = interval(edges, anchor.getOrDefault(g, g.centreX()));
                    if (b >= 0) inCell.get(b).add(g);
                }
                String[] cells = new String[xs.size() - 1];
                java.util.Arrays.fill(cells, "");
                boolean any = false;
                for (int b = 0; b + 1 < bounds.size(); b++) {
                    List<Glyph> in = inCell.get(b);
                    if (in.isEmpty()) continue;
                    any = true;
                    cells[bounds.get(b)] = cellText(in);
                }
                if (any) out.add(new PageLine(top, String.join("\t", cells), true));
            }
            return out;
        }
    }
}

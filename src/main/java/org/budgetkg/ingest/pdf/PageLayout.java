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
        for (Grid grid : grids) out.addAll(grid.rows());
        for (List<Glyph> line : baselines(free)) out.add(new PageLine(line.get(0).y() - line.get(0).height(), words(line), false));
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

    /** One ruled table: its column and row boundaries and the glyphs inside. */
    private static final class Grid {
        final List<Ruling> horizontal, vertical;
        final List<Double> xs, ys;
        final List<Glyph> glyphs = new ArrayList<>();

        Grid(List<Ruling> horizontal, List<Ruling> vertical) {
            this.horizontal = horizontal;
            this.vertical = vertical;
            this.xs = cluster(vertical.stream().map(Ruling::at).toList());
            this.ys = cluster(horizontal.stream().map(Ruling::at).toList());
        }

        boolean contains(Glyph g) {
            double cx = g.centreX(), cy = g.centreY();
            return cx >= xs.get(0) && cx <= xs.get(xs.size() - 1) && cy >= ys.get(0) && cy <= ys.get(ys.size() - 1);
        }

        List<PageLine> rows() {
            List<PageLine> out = new ArrayList<>();
            for (int i = 0; i + 1 < ys.size(); i++) {
                double top = ys.get(i), bottom = ys.get(i + 1);
                if (bottom - top < 3) continue;
                double mid = (top + bottom) / 2;
                List<Integer> bounds = new ArrayList<>();
                for (int k = 0; k < xs.size(); k++) {
                    double x = xs.get(k);
                    boolean drawn = vertical.stream().anyMatch(v -> Math.abs(v.at() - x) <= Ruling.TOLERANCE && v.covers(top + 1) && v.covers(bottom - 1));
                    if (drawn || k == 0 || k == xs.size() - 1) bounds.add(k);
                }
                String[] cells = new String[xs.size() - 1];
                java.util.Arrays.fill(cells, "");
                boolean any = false;
                for (int b = 0; b + 1 < bounds.size(); b++) {
                    double left = xs.get(bounds.get(b)), right = xs.get(bounds.get(b + 1));
                    List<Glyph> in = new ArrayList<>();
                    for (Glyph g : glyphs) {
                        double cy = g.centreY();
                        if (cy >= top && cy < bottom && g.centreX() >= left && g.centreX() < right) in.add(g);
                    }
                    if (in.isEmpty()) continue;
                    any = true;
                    StringBuilder text = new StringBuilder();
                    for (List<Glyph> line : baselines(in)) text.append(words(line));
                    cells[bounds.get(b)] = text.toString().replace('\t', ' ');
                }
                if (any) out.add(new PageLine(top, String.join("\t", cells), true));
            }
            return out;
        }
    }
}

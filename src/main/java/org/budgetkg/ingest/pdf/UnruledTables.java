package org.budgetkg.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables printed without rulings. A block of lines whose words stand apart in columns is a table; its columns
 * are the x-ranges the data lines' words occupy, separated by gaps no data word crosses. Lines closer together
 * than rows are (wrapped text inside a cell) form one row, cell by cell. Each row comes out as one line of
 * tab-separated cells.
 */
final class UnruledTables {
    private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]*\\d\\.\\d+");
    /** Baseline distance, in font sizes, below which two lines are one wrapped cell rather than two rows. */
    private static final double WRAPPED_PITCH = 0.97;
    private static final Pattern BLOCK_BREAK = Pattern.compile("^(表\\s*\\d+|编制部门|编制单位|单位[:：])");

    /** A run of words on one line, with its horizontal extent. */
    private record Run(String text, double from, double to) {
        double centre() { return (from + to) / 2; }
    }

    private record Line(List<Glyph> glyphs, List<Run> runs, double y, double height) {}

    private UnruledTables() {}

    static List<PageLayout.PageLine> lines(List<List<Glyph>> baselines) {
        List<Line> lines = new ArrayList<>();
        double left = Double.MAX_VALUE, right = 0;
        for (List<Glyph> g : baselines) {
            lines.add(new Line(g, runs(g), g.get(0).y(), g.get(0).fontSize()));
            left = Math.min(left, g.get(0).x());
            right = Math.max(right, g.get(g.size() - 1).right());
        }
        double textWidth = Math.max(1, right - left);
        List<PageLayout.PageLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).runs().size() < 2) { out.add(plain(lines.get(i))); i++; continue; }
            int end = i;
            for (int j = i; j < lines.size(); j++) {
                Line l = lines.get(j);
                String text = PageLayout.words(l.glyphs());
                if (j > i && BLOCK_BREAK.matcher(text).find()) break;
                boolean narrow = l.runs().size() == 1 && l.runs().get(0).to() - l.runs().get(0).from() < 0.45 * textWidth;
                if (l.runs().size() >= 2 || narrow) end = j + 1; else break;
            }
            List<Line> block = lines.subList(i, end);
            List<PageLayout.PageLine> rows = table(block);
            if (rows == null) {
                for (Line l : block) out.add(plain(l));
            } else {
                out.addAll(rows);
            }
            i = end;
        }
        return out;
    }

    private static PageLayout.PageLine plain(Line l) {
        return new PageLayout.PageLine(l.y() - l.height(), PageLayout.words(l.glyphs()), false);
    }

    /** Words of a line: a printed space keeps words together, a wide unprinted gap parts them. */
    private static List<Run> runs(List<Glyph> line) {
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double from = Double.NaN, to = Double.NaN;
        Glyph prev = null;
        boolean spaced = false;
        for (Glyph g : line) {
            if (g.text().equals(" ")) { spaced = true; continue; }
            boolean gap = prev != null && g.x() - prev.right() > (spaced ? 1.2 : 0.5) * g.fontSize();
            if (gap) {
                runs.add(new Run(text.toString(), from, to));
                text.setLength(0);
                from = Double.NaN;
            } else if (spaced && text.length() > 0) {
                text.append(' ');
            }
            if (Double.isNaN(from)) from = g.x();
            text.append(g.text());
            to = g.right();
            prev = g;
            spaced = false;
        }
        if (text.length() > 0) runs.add(new Run(text.toString(), from, to));
        return runs;
    }

    private static List<PageLayout.PageLine> table(List<Line> block) {
        List<Line> data = new ArrayList<>();
        for (Line l : block) if (l.runs().stream().anyMatch(r -> AMOUNT.matcher(r.text()).matches())) data.add(l);
        // a page with one or two rows of amounts under a printed header (the end of a table continued from the
        // previous page) takes its columns from those rows and the header as well
        boolean headed = !data.isEmpty() && block.stream().anyMatch(l -> !data.contains(l) && l.runs().size() >= 3);
        List<Line> basis = data.size() >= 3 || headed ? data : block.stream().filter(l -> l.runs().size() >= 2).toList();
        if (basis.size() < 3 && basis != data) return null;
        List<double[]> columns = columns(basis);
        if (basis == data) columns = withEmptyColumns(columns, block, data);
        if (columns.size() < 3) return null;
        // lines of one row sit closer together (the line height inside a cell) than rows do (line height and padding)
        List<List<Line>> rows = new ArrayList<>();
        Line previous = null;
        for (Line l : block) {
            if (previous == null || l.y() - previous.y() > WRAPPED_PITCH * l.height()) rows.add(new ArrayList<>());
            rows.get(rows.size() - 1).add(l);
            previous = l;
        }
        List<PageLayout.PageLine> out = new ArrayList<>();
        for (List<Line> row : rows) {
            row.sort((a, b) -> Double.compare(a.y(), b.y()));
            boolean amounts = row.stream().flatMap(l -> l.runs().stream()).anyMatch(r -> AMOUNT.matcher(r.text()).matches());
            String[] cells = amounts && basis == data ? alignedCells(row, columns) : ownCells(row);
            double y = row.stream().mapToDouble(l -> l.y() - l.height()).min().orElse(0);
            out.add(new PageLayout.PageLine(y, String.join("\t", cells), true));
        }
        out.sort((a, b) -> Double.compare(a.y(), b.y()));
        return out;
    }

    /** Cells in the table's columns, so that an amount keeps its column even where cells to its left are empty. */
    private static String[] alignedCells(List<Line> row, List<double[]> columns) {
        String[] cells = new String[columns.size()];
        java.util.Arrays.fill(cells, "");
        for (Line l : row) for (Run r : l.runs()) cells[column(columns, r)] += r.text();
        return cells;
    }

    /**
     * Cells of a row of text (a 绩效目标表 row, whose table changes its columns from part to part): words of the
     * row's lines that overlap horizontally are one cell; cells in their left-to-right order.
     */
    private static String[] ownCells(List<Line> row) {
        List<Line> lines = List.copyOf(row);
        List<double[]> cellsX = columns(lines);
        String[] cells = new String[cellsX.size()];
        java.util.Arrays.fill(cells, "");
        for (Line l : lines) for (Run r : l.runs()) cells[column(cellsX, r)] += r.text();
        return cells;
    }

    /**
     * The data columns plus one for each header word that stands in a gap right of a column of amounts: a column
     * no row fills on this page (a continuation page whose rows leave 公用经费 empty) still has its place, so the
     * amounts keep the columns of their headers. Header words beside a column of names or codes are left alone:
     * such a header is centred, its short left-aligned cells may not reach under it.
     */
    private static List<double[]> withEmptyColumns(List<double[]> columns, List<Line> block, List<Line> data) {
        List<double[]> out = new ArrayList<>(columns);
        List<double[]> amountColumns = new ArrayList<>();
        for (double[] c : columns) {
            boolean amounts = data.stream().flatMap(l -> l.runs().stream())
                    .anyMatch(r -> r.from() <= c[1] && r.to() >= c[0] && AMOUNT.matcher(r.text()).matches());
            if (amounts) amountColumns.add(c);
        }
        List<Run> headerWords = new ArrayList<>();
        for (Line l : block) if (!data.contains(l) && l.runs().size() >= 2) headerWords.addAll(l.runs());
        headerWords.sort(java.util.Comparator.comparingDouble(Run::from));
        for (Run r : headerWords) {
            if (out.stream().anyMatch(c -> r.from() <= c[1] + 1.0 && r.to() >= c[0] - 1.0)) continue;
            double[] left = out.stream().filter(c -> c[1] < r.from()).max(java.util.Comparator.comparingDouble(c -> c[1])).orElse(null);
            if (left == null || !amountColumns.contains(left)) continue;
            double[] column = {r.from(), r.to()};
            out.add(column);
            amountColumns.add(column);
        }
        out.sort(java.util.Comparator.comparingDouble(c -> c[0]));
        return out;
    }

    /** Column extents: the x-ranges covered by the words of the given lines, split where none covers. */
    private static List<double[]> columns(List<Line> lines) {
        List<double[]> spans = new ArrayList<>();
        for (Line l : lines) for (Run r : l.runs()) spans.add(new double[] {r.from(), r.to()});
        return PageLayout.mergeIntervals(spans, 1.0);
    }

    private static int column(List<double[]> columns, Run r) {
        double c = r.centre();
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int k = 0; k < columns.size(); k++) {
            double[] col = columns.get(k);
            double d = c < col[0] ? col[0] - c : c > col[1] ? c - col[1] : 0;
            if (d < bestDistance) { bestDistance = d; best = k; }
        }
        return best;
    }
}

package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.Table;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;

/**
 * A table read by its printed header rather than by fixed positions: which columns hold the code and the name,
 * and what each amount column means (from the header words of {@link Catalogue}). Works on the cells of ruled
 * grids; a data line that lost its grid is placed by how many numbers it prints.
 */
final class GridTable {
    private static final Pattern UNIT = Pattern.compile("单位[:：]?\\s*[(（]?(万元|千元|元)");
    /** An amount as printed; thirteen digits and more without a separator are codes run together, not money. */
    private static final Pattern NUMBER = Pattern.compile("^-?(\\d{1,3}(,\\d{3})+|\\d{1,12})(\\.\\d+)?$");
    /** Something printed as a number that does not parse: a letter O for a zero, a doubled point. */
    /** A page number between the rows of a table that runs over pages: 14, - 9 -, — 1 0 —, 第 3 页. */
    static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]?\\s*[\\d ]{1,5}\\s*[-—–]?$|^第\\s*\\d+\\s*页.*$");
    private static final Pattern DASH = Pattern.compile("^[-—－–]+$");
    private static final Pattern PAGE_REPEAT = Pattern.compile(
            "^(编制部门|编制单位|预算主管部门|预算单位|部门名称|单位名称|部门|单位)[:：]|^单位[:：]?\\s*[(（]?(万元|千元|元)|^(金额|单位)?[(（]?(万元|元)[)）]?$");
    /** A row that totals the whole table (小计 only totals a group of rows, so it is not one). */
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计|支出合计|支出总计|本年支出合计|本年支出总计|经济分类合计|总额|合\\s*计|总\\s*计)$");
    private static final Pattern CODE_CELL = Pattern.compile("^(\\d{3})(?:\\s*(\\d{2}))?(?:\\s*(\\d{2}))?(?:\\s+(\\S.*))?$|^(\\d{2})(?:\\s+(\\S.*))?$");
    private static final Pattern CODE_THEN_NAME = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})\\s*([^\\d\\s].*)$");
    /** 人员经费合计 / 公用经费合计: the basic expenditure's two parts as rows of a table by economic class. */
    private static final Pattern SPLIT_TOTAL = Pattern.compile("^(人员经费|公用经费)(合计|小计)?$");
    /** A line numbered at the top level of its pane: 一、 二、 … */
    private static final Pattern TOP_LEVEL = Pattern.compile("^[一二三四五六七八九十]+[、.．].*");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．](?!\\d)|[(（][一二三四五六七八九十\\d]+[)）])\\s*");

    /** What a column holds. */
    record Column(int index, String role, String source, String type, String header) {
        boolean amount() { return role.equals("amount"); }
    }

    /** Everything a table needs from the document it is in. */
    record Context(Codes functional, Codes economic, Consumer<Issue> issues, List<Fact> facts, String year, boolean finalAccounts,
                   String entity) {
        Context(Codes functional, Codes economic, Consumer<Issue> issues, List<Fact> facts) {
            this(functional, economic, issues, facts, null, false, null);
        }
    }

    private final Table table;
    private final Catalogue.TableEntry entry;
    private final TableKind kind;
    private final Context cx;
    private final int scale;
    private final List<List<String>> header = new ArrayList<>();
    private final List<Line> data = new ArrayList<>();
    private List<Column> columns = List.of();

    /** A line of the table: its cells (one cell when it has no grid) and where it was read. */
    record Line(List<String> cells, boolean gridded, SourceRef ref) {}

    private GridTable(Table table, Catalogue.TableEntry entry, Context cx) {
        this.table = table;
        this.entry = entry;
        this.kind = kindOf(entry);
        this.cx = cx;
        this.scale = scaleOf(table);
    }

    static TableKind kindOf(Catalogue.TableEntry entry) {
        try {
            return TableKind.valueOf(entry.kind());
        } catch (IllegalArgumentException e) {
            return TableKind.UNKNOWN;
        }
    }

    /** Reads a table the catalogue names into facts (added to the context's list); returns how many. */
    static int read(Table table, Catalogue.TableEntry entry, Context cx) {
        GridTable g = new GridTable(table, entry, cx);
        g.split();
        int before = cx.facts().size();
        switch (entry.rows()) {
            case "functional", "economic", "revenue" -> g.eachGroup(g::coded);
            case "overview" -> g.overview();
            case "threepublic" -> g.threePublic();
            default -> { }
        }
        return cx.facts().size() - before;
    }

    /**
     * Runs a reading once per column group: a table printed as two halves side by side (类 | 款 | 名称 | 决算数 |
     * 类 | 款 | 名称 | 决算数) is two tables sharing their lines.
     */
    private void eachGroup(Runnable reading) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean amountSeen = false;
        for (Column c : columns) {
            if (c.amount()) amountSeen = true;
            else if (c.role().equals("code") && amountSeen) { starts.add(c.index()); amountSeen = false; }
        }
        if (starts.size() == 1) { reading.run(); return; }
        List<Column> all = columns;
        List<Line> lines = new ArrayList<>(data);
        starts.add(all.size());
        // a pane's total whose label stands in one pane and its amount in the next (公用经费合计 over two panes of 公用经费)
        List<List<String>> carried = new ArrayList<>();
        for (Line l : lines) {
            List<String> cells = new ArrayList<>(l.cells());
            carried.add(cells);
            if (!l.gridded()) continue;
            for (int g = 0; g + 2 < starts.size(); g++) {
                List<String> here = cells.subList(starts.get(g), Math.min(starts.get(g + 1), cells.size()));
                List<String> next = cells.subList(Math.min(starts.get(g + 1), cells.size()), Math.min(starts.get(g + 2), cells.size()));
                String label = here.stream().filter(c -> SPLIT_TOTAL.matcher(c).matches()).findFirst().orElse(null);
                boolean hereHasAmount = here.stream().anyMatch(c -> isNumber(c.replace(" ", "")));
                boolean nextOnlyAmounts = !next.isEmpty() && next.stream().allMatch(c -> c.isEmpty() || isNumber(c.replace(" ", "")))
                        && next.stream().anyMatch(c -> !c.isEmpty());
                if (label != null && !hereHasAmount && nextOnlyAmounts) next.set(0, label);
            }
        }
        for (int g = 0; g + 1 < starts.size(); g++) {
            int from = starts.get(g), to = starts.get(g + 1);
            List<Column> slice = new ArrayList<>();
            for (Column c : all.subList(from, to)) slice.add(new Column(c.index() - from, c.role(), c.source(), c.type(), c.header()));
            columns = slice;
            data.clear();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                List<String> cells = carried.get(i);
                if (!l.gridded() || cells.size() <= from) continue;
                data.add(new Line(new ArrayList<>(cells.subList(from, Math.min(to, cells.size()))), true, l.ref()));
            }
            reading.run();
        }
        columns = all;
        data.clear();
        data.addAll(lines);
    }

    // ---- lines, header and columns

    private void split() {
        boolean inHeader = true;
        List<List<String>> headerRows = new ArrayList<>();
        // the part of the table each data line was printed in: a new page, or the header printed again, starts one
        List<Integer> parts = new ArrayList<>();
        int part = 0, page = Integer.MIN_VALUE;
        for (TextLine l : table.lines()) {
            if (l.ref().page() != page) { page = l.ref().page(); part++; }
            String label = l.label();
            if (label.isEmpty() || PAGE_REPEAT.matcher(label).find() || PAGE_NUMBER.matcher(label).matches()) continue;
            List<String> cells = new ArrayList<>();
            boolean gridded = l.text().indexOf('\t') >= 0;
            // a line without its grid keeps its spaces: they are all that separates its code, name and numbers
            if (gridded) for (String c : l.text().split("\t", -1)) cells.add(Text.label(c));
            else cells.add(Text.nfkc(l.text()).strip());
            if (gridded) unglue(cells);
            // the row that numbers the columns (栏次 | 1 | 2 | 3 …) says nothing of what they hold
            if (cells.stream().anyMatch(c -> c.equals("栏次"))) continue;
            if (isData(cells)) {
                if (inHeader) {
                    inHeader = false;
                    // a line without grid over a ruled header is the title's second line (（按支出经济分类科目…）), not a header row
                    boolean ruled = headerRows.stream().anyMatch(h -> h.size() > 1);
                    for (List<String> h : headerRows) if (!ruled || h.size() > 1) header.add(h);
                }
                data.add(new Line(cells, gridded, l.ref()));
                parts.add(part);
            } else if (inHeader) {
                if (gridded || headerRows.isEmpty() || hasWord(label)) headerRows.add(cells);
            } else if (!isRepeatedHeader(cells, headerRows)) {
                data.add(new Line(cells, gridded, l.ref()));
                parts.add(part);
            } else {
                part++;
            }
        }
        dropHeaderPrintedAgain();
        widenNarrowParts(parts);
        // tables by code only: a 三公 or overview table names its columns by words the catalogue does not hold
        columns = entry.rows().equals("threepublic") || entry.rows().equals("overview") ? columns() : alignToData(columns());
    }

    /**
     * A table continued on a page whose grid has a column fewer (the class and item code columns of the first page
     * drawn as one code column on the next): the rows of that part of the table get an empty cell where the rest of
     * the table has one, at the place where their cells best match, by kind (empty, amount, code, name), the cells of
     * the table's other rows. Without it every amount after the missing column is read one column to the left. A part
     * is a page, or the rows under the header printed again.
     */
    private void widenNarrowParts(List<Integer> partOfLine) {
        Map<Integer, Integer> widths = new java.util.HashMap<>();
        for (Line l : data) if (l.gridded()) widths.merge(l.cells().size(), 1, Integer::sum);
        if (widths.size() < 2) return;
        int width = widths.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        // how often each kind of cell stands in each column of the rows of the table's usual width
        int[][] kinds = new int[width][CellKind.values().length];
        for (Line l : data) {
            if (!l.gridded() || l.cells().size() != width) continue;
            for (int i = 0; i < width; i++) kinds[i][CellKind.of(l.cells().get(i)).ordinal()]++;
        }
        Map<Integer, List<Line>> parts = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            if (data.get(i).gridded()) parts.computeIfAbsent(partOfLine.get(i), k -> new ArrayList<>()).add(data.get(i));
        }
        for (List<Line> part : parts.values()) {
            int narrow = part.get(0).cells().size();
            if (narrow != width - 1 || part.stream().anyMatch(l -> l.cells().size() != narrow)) continue;
            // an empty cell at the end is what the part's cells say without a missing column; another place must fit better
            int best = width - 1;
            long bestScore = fit(part, best, kinds);
            for (int at = 0; at < width - 1; at++) {
                long score = fit(part, at, kinds);
                if (score > bestScore) { best = at; bestScore = score; }
            }
            for (Line l : part) l.cells().add(best, "");
        }
    }

    /** How well a part's rows, an empty cell put in at {@code at}, match the kinds of cell the table's columns hold. */
    private static long fit(List<Line> part, int at, int[][] kinds) {
        long score = 0;
        for (Line l : part) {
            for (int i = 0; i < kinds.length; i++) {
                String cell = i == at ? "" : l.cells().get(i < at ? i : i - 1);
                score += kinds[i][CellKind.of(cell).ordinal()];
            }
        }
        return score;
    }

    /** What a cell holds, as far as telling columns apart goes. */
    private enum CellKind {
        EMPTY, AMOUNT, CODE, NAME, OTHER;

        static CellKind of(String cell) {
            String v = cell.replace(" ", "");
            if (v.isEmpty() || DASH.matcher(v).matches()) return EMPTY;
            if (CLASS_CODE.matcher(v).matches()) return CODE;
            if (isNumber(v)) return AMOUNT;
            if (v.codePoints().anyMatch(Text::isHan)) return NAME;
            return OTHER;
        }
    }

    /**
     * A header row cut off at a page's foot, its merged cells run together (2025年预算数 | 2026年预算数), and printed again in
     * full under the table's title on the next page: the full row is the header, the cut one is dropped.
     */
    private void dropHeaderPrintedAgain() {
        for (int i = 0; i < header.size(); i++) {
            List<String> cut = header.get(i).stream().filter(c -> !c.isEmpty()).toList();
            if (cut.isEmpty()) continue;
            for (int k = i + 1; k < header.size(); k++) {
                List<String> full = header.get(k).stream().filter(c -> !c.isEmpty()).toList();
                if (header.get(k).size() > header.get(i).size() && full.equals(cut)) { header.remove(i); i--; break; }
            }
        }
    }

    /**
     * A merged header cell (部门经济科目编码 over the 类 and 款 columns) leaves the header with fewer cells than the rows
     * under it. Where the columns that print numbers in the rows are as many as the header's numeric columns but at
     * other places, the header's meanings go to them in order.
     */
    private List<Column> alignToData(List<Column> header) {
        List<Column> numericHeader = header.stream().filter(c -> c.amount() || c.role().equals("ignore")).toList();
        if (numericHeader.isEmpty()) return header;
        java.util.TreeSet<Integer> numeric = new java.util.TreeSet<>();
        java.util.Map<Integer, int[]> counts = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> texts = new java.util.HashMap<>();
        for (Line l : data) {
            if (!l.gridded()) continue;
            for (int i = 0; i < l.cells().size(); i++) {
                if (i < header.size() && header.get(i).role().equals("index")) continue;
                String v = l.cells().get(i).replace(" ", "");
                if (v.codePoints().anyMatch(Text::isHan)) texts.merge(i, 1, Integer::sum);
                if (!isNumber(v)) continue;
                int[] c = counts.computeIfAbsent(i, k -> new int[3]);
                c[0]++;
                if (CLASS_CODE.matcher(v).matches()) c[1]++;
                if (v.contains(".") || v.contains(",")) c[2]++;
            }
        }
        // a column counts when a good share of the rows print a number there (a row whose cells slid does not make one)
        int rows = (int) data.stream().filter(Line::gridded).count();
        // (bare integers under a code or name header are unit codes, 116 and 116001, not amounts)
        java.util.function.IntPredicate unitCodes = i -> counts.get(i)[2] == 0 && i < header.size()
                && (header.get(i).role().equals("code") || header.get(i).role().equals("name"));
        counts.forEach((i, c) -> { if (c[1] * 2 < c[0] && c[0] * 10 >= rows * 3 && !unitCodes.test(i)) numeric.add(i); });
        List<Integer> headerIdx = numericHeader.stream().map(Column::index).toList();
        if (numeric.size() != headerIdx.size()) {
            // sparse columns (公用经费 in a table of mostly personnel rows) are too few to count: where every column that
            // prints an amount at all lies one or two places off the header's, the whole header moves by that much
            java.util.Set<Integer> any = new java.util.TreeSet<>();
            counts.forEach((i, c) -> { if (c[1] * 2 < c[0] && !unitCodes.test(i)) any.add(i); });
            // a column of names under an amount header says the header is off as surely as amounts beside it do
            java.util.Set<Integer> named = new java.util.HashSet<>();
            texts.forEach((i, n) -> { if (n * 2 >= rows) named.add(i); });
            // (a header that says 名称 itself, its 合计 a row label read into it, is no such sign)
            boolean onNames = numericHeader.stream().anyMatch(c -> named.contains(c.index()) && !hasWord(c.header(), "name"));
            if (any.isEmpty() || (headerIdx.containsAll(any) && !onNames)) return header;
            // a merged cell leaves the header short, so it lies left of its data; a group word printed in a row of
            // its own between two header cells (科目代码 | 项目 | 科目名称) makes it long, so it lies right of them
            int dataWidth = data.stream().filter(Line::gridded).mapToInt(l -> l.cells().size()).max().orElse(0);
            int headerWidth = this.header.stream().mapToInt(List::size).max().orElse(0);
            int[] shifts = headerWidth > dataWidth ? new int[] {-1, -2} : new int[] {1, 2};
            for (int shift : shifts) {
                java.util.Set<Integer> shifted = new java.util.HashSet<>();
                for (int h : headerIdx) shifted.add(h + shift);
                if (shifted.containsAll(any) && shifted.stream().noneMatch(named::contains)) {
                    numeric.clear();
                    for (int h : headerIdx) numeric.add(h + shift);
                    break;
                }
            }
            if (numeric.size() != headerIdx.size()) return header;
        }
        if (new ArrayList<>(numeric).equals(headerIdx)) return header;
        List<Column> out = new ArrayList<>();
        java.util.Iterator<Integer> at = numeric.iterator();
        java.util.Set<Integer> taken = new java.util.HashSet<>(numeric);
        int width = Math.max(header.size(), numeric.last() + 1);
        Map<Integer, Column> moved = new LinkedHashMap<>();
        for (Column c : numericHeader) { int i = at.next(); moved.put(i, new Column(i, c.role(), c.source(), c.type(), c.header())); }
        for (int i = 0; i < width; i++) {
            if (moved.containsKey(i)) { out.add(moved.get(i)); continue; }
            Column c = i < header.size() ? header.get(i) : null;
            if (c == null || c.amount() || c.role().equals("ignore") || taken.contains(i)) out.add(new Column(i, "blank", null, null, ""));
            else out.add(c);
        }
        return out;
    }

    /** Whether {@code text} holds a header word of the catalogue with one of these meanings (of any, when none are given). */
    private static boolean hasWord(String text, String... meanings) {
        List<String> wanted = List.of(meanings);
        for (Catalogue.ColumnWord w : Catalogue.COLUMN_WORDS) {
            if (text.contains(w.word()) && (wanted.isEmpty() || wanted.contains(w.meaning()))) return true;
        }
        return false;
    }

    private static boolean isRepeatedHeader(List<String> cells, List<List<String>> headerRows) {
        for (List<String> h : headerRows) if (h.equals(cells)) return true;
        return false;
    }

    /** A line with a number in it that is not a 栏次 line (1 2 3 …) under the header. */
    private static boolean isData(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() == 1 && filled.get(0).strip().matches("\\d{1,3}")) return false; // a page number
        int numbers = 0;
        int small = 0;
        for (String c : cells) {
            if (c.contains("栏次")) return false;
            String v = c.replace(" ", "");
            if (isNumber(v)) { numbers++; if (v.length() <= 2 && v.charAt(0) != '-') small++; } // small: one or two digits
            else if (!v.isEmpty() && splitNumbers(c) != null) numbers++;
        }
        if (numbers == 0 && cells.size() == 1) {
            // a line that lost its grid (30206 电费 235.00): data when it ends in an amount
            String[] toks = cells.get(0).strip().split("\\s+");
            String last = toks[toks.length - 1];
            if (toks.length >= 2 && isNumber(last) && (last.contains(".") || last.contains(","))) return true;
        }
        if (numbers == 0) return false;
        // a line of 1, 2, 3 … only numbers the columns
        return !(numbers == small && numbers >= 3 && cells.stream().noneMatch(c -> !c.isEmpty() && !c.matches("\\d{1,2}")));
    }

    private static final Pattern GLUED = Pattern.compile("(?:-?\\d[\\d,]*\\.\\d{2}){2,}");
    private static final Pattern TWO_DECIMALS = Pattern.compile("-?\\d[\\d,]*?\\.\\d{2}");

    /**
     * Amounts run together in one cell where the grid of a row was lost (174,900.64101,833.8441,534.73 under
     * 政府性基金, the two cells left of it empty): each amount goes back to its own cell, into the empty cells beside
     * it, when there are as many of them as amounts left over. The sums check the result as they check every row.
     */
    /**
     * Whether a cell is an amount as {@link #NUMBER} reads it. Most cells are names or codes' names, and a first
     * character that no amount starts with tells them apart without a matcher.
     */
    private static boolean isNumber(String v) {
        return startsLikeAmount(v) && NUMBER.matcher(v).matches();
    }

    private static boolean startsLikeAmount(String v) {
        if (v.isEmpty()) return false;
        char c = v.charAt(0);
        return c == '-' || (c >= '0' && c <= '9');
    }

    private static void unglue(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i).replace(" ", "");
            if (!startsLikeAmount(v) || !GLUED.matcher(v).matches()) continue;
            List<String> parts = new ArrayList<>();
            Matcher m = TWO_DECIMALS.matcher(v);
            int end = 0;
            while (m.find() && m.start() == end) { parts.add(m.group()); end = m.end(); }
            if (end != v.length() || parts.stream().anyMatch(p -> !isNumber(p))) continue;
            int k = parts.size();
            boolean emptyLeft = i - (k - 1) >= 0, emptyRight = i + k - 1 < cells.size();
            for (int j = 1; j < k; j++) {
                if (emptyLeft && !cells.get(i - j).isBlank()) emptyLeft = false;
                if (emptyRight && !cells.get(i + j).isBlank()) emptyRight = false;
            }
            int from = emptyLeft ? i - (k - 1) : emptyRight ? i : -1;
            if (from < 0) continue;
            for (int j = 0; j < k; j++) cells.set(from + j, parts.get(j));
        }
    }

    /** Several numbers printed in one cell (a line that lost its grid): the numbers, or null. */
    private static List<String> splitNumbers(String cell) {
        String[] parts = WHITE_SPACE.split(cell.trim());
        if (parts.length < 2) return null;
        for (String p : parts) if (!isNumber(p) && !DASH.matcher(p).matches()) return null;
        return List.of(parts);
    }

    private List<Column> columns() {
        int width = 0;
        for (List<String> h : header) width = Math.max(width, h.size());
        for (Line l : data) if (l.gridded()) width = Math.max(width, l.cells().size());
        // a group word (财政拨款 over 合计 | 一般公共预算 …, 基本支出 over 人员经费 | 公用经费) printed once over several columns
        List<List<String>> filled = new ArrayList<>();
        for (List<String> h : header) {
            List<String> row = new ArrayList<>(h);
            while (row.size() < width) row.add("");
            filled.add(row);
        }
        // a group label centred over its block (本年收入 … 上年结转结余) belongs to every column of the block; the blocks are
        // told by the 小计 that opens each of them in the row below
        for (int r = 0; r + 1 < filled.size(); r++) {
            List<String> below = filled.get(r + 1);
            List<Integer> opens = new ArrayList<>();
            for (int c = 0; c < width; c++) if (below.get(c).equals("小计")) opens.add(c);
            if (opens.size() < 2) continue;
            List<String> row = filled.get(r);
            List<String> original = new ArrayList<>(row);
            for (int c = 0; c < width; c++) {
                // only a label that says something of its block's money (上年结转结余): 本年收入 or “三公”经费 add nothing
                if (original.get(c).isEmpty() || !isGroupWord(original.get(c))) continue;
                int from = -1, to = width;
                for (int k = 0; k < opens.size(); k++) {
                    if (opens.get(k) <= c) { from = opens.get(k); to = k + 1 < opens.size() ? opens.get(k + 1) : width; }
                }
                if (from < 0) continue;
                for (int k = from; k < to; k++) if (original.get(k).isEmpty()) row.set(k, original.get(c));
            }
        }
        // a row of periods (2025年预算数 … 2026年预算数, and 增减变化 beside them) printed once over each block, centred:
        // each column takes the nearest
        for (int r = 0; r + 1 < filled.size(); r++) {
            List<String> row = filled.get(r);
            List<Integer> at = new ArrayList<>();
            for (int c = 0; c < width; c++) if (!row.get(c).isEmpty()) at.add(c);
            // one year makes a row of periods; 预算数 | 决算数 take two (a lone 预算数 over the whole table is none)
            long periods = at.stream().filter(c -> periodLabel(row.get(c))).count();
            boolean year = at.stream().anyMatch(c -> A_YEAR.matcher(row.get(c)).find());
            if (periods < (year ? 1 : 2) || !at.stream().allMatch(c -> periodLabel(row.get(c)) || hasWord(row.get(c), "ignore"))) continue;
            List<String> original = new ArrayList<>(row);
            int[] blocks = periodBlocks(at, filled.get(r + 1), width);
            for (int c = 0; c < width; c++) {
                if (!original.get(c).isEmpty()) continue;
                int best = at.get(0);
                if (blocks != null && c >= blocks[0] && c < blocks[0] + at.size() * blocks[1]) best = at.get((c - blocks[0]) / blocks[1]);
                else for (int k : at) if (Math.abs(k - c) < Math.abs(best - c)) best = k;
                row.set(c, original.get(best));
            }
        }
        for (int r = 0; r + 1 < filled.size(); r++) {
            for (int c = 1; c < width; c++) {
                if (!filled.get(r).get(c).isEmpty()) continue;
                String left = filled.get(r).get(c - 1);
                if (left.isEmpty() || !isGroupWord(left) || filled.get(r + 1).get(c).isEmpty()) continue;
                filled.get(r).set(c, left);
            }
        }
        // an expenditure type over a code column labels a pane (人员经费 over 科目编码 | 科目名称 | 决算数, 公用经费 over the
        // next panes of a final accounts' 基本支出 table), not a column: its amounts are the codes' basic expenditure, and
        // the pane's 人员经费合计 row says the type
        for (int r = 0; r + 1 < filled.size(); r++) {
            for (int c = 0; c < width; c++) {
                String label = filled.get(r).get(c);
                if (label.isEmpty() || !hasWord(label, "type") || !codeColumnBelow(filled, r, c)) continue;
                for (int k = c; k < width && filled.get(r).get(k).equals(label); k++) filled.get(r).set(k, "");
                for (int k = c - 1; k >= 0 && filled.get(r).get(k).equals(label); k--) filled.get(r).set(k, "");
            }
        }
        List<Column> out = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            StringBuilder text = new StringBuilder();
            String role = null, source = null, type = null;
            boolean ignore = false, code = false, name = false, amount = false, note = false, index = false;
            StringBuilder joined = new StringBuilder();
            for (List<String> row : filled) {
                String cell = row.get(c);
                if (cell.isEmpty()) continue;
                if (text.length() > 0) text.append('/');
                text.append(cell);
                if (cell.length() == 1 && "类款项".contains(cell)) { code = true; continue; }
                joined.append(cell); // a header word wrapped over two rows (本年支出合 / 计) is read whole
            }
            // words longest first, each character read once; a lower row's word (later in the text) decides
            char[] rest = joined.toString().toCharArray();
            java.util.TreeMap<Integer, Catalogue.ColumnWord> found = new java.util.TreeMap<>();
            for (Catalogue.ColumnWord w : Catalogue.COLUMN_WORDS) {
                if (w.meaning().equals("code") && w.word().length() == 1) continue;
                String r = new String(rest);
                for (int at = r.indexOf(w.word()); at >= 0; at = r.indexOf(w.word(), at + 1)) {
                    found.put(at, w);
                    for (int k = at; k < at + w.word().length(); k++) rest[k] = '\u0000';
                    r = new String(rest);
                }
            }
            boolean carriedOver = false;
            for (Catalogue.ColumnWord w : found.values()) {
                if ("CarryOver".equals(w.value())) carriedOver = true;
                switch (w.meaning()) {
                    case "ignore" -> ignore = true;
                    case "note" -> note = true;
                    case "index" -> index = true;
                    case "code" -> code = true;
                    case "name" -> name = true;
                    case "total" -> amount = true;
                    case "type" -> { amount = true; type = w.value(); }
                    case "source" -> { amount = true; source = w.value(); }
                    default -> { }
                }
            }
            // a fund under 上年结转: last year's money of that fund, carried over
            if (carriedOver && source != null && !source.equals("CarryOver")) {
                source = FISCAL_FUNDS.contains(source) ? "FiscalCarryOver" : "NonFiscalCarryOver";
            }
            // a column headed by the document's year alone (2025年 | 2026年 | 增减): the year's amounts
            if (!amount && cx.year() != null && joined.toString().matches(cx.year() + "年度?")) amount = true;
            if (index) role = "index";
            else if (ignore || otherPeriod(text.toString()) || !entry.rows().equals("threepublic") && partNamingNothing(filled, c)) role = "ignore";
            else if (code && !amount) role = "code";
            else if (name && !amount) role = "name";
            else if (amount) role = "amount";
            else if (note) role = "blank";
            else role = text.length() == 0 ? "blank" : "unknown";
            out.add(new Column(c, role, source, type, text.toString()));
        }
        // 基本支出 printed over 小计 | 人员经费 | 公用经费: the 小计 is the basic expenditure
        for (int c = 0; c + 2 < out.size(); c++) {
            Column sub = out.get(c);
            if (sub.amount() && sub.type() == null && sub.header().matches(".*小计$")
                    && TableInterpreter.PERSONNEL.equals(out.get(c + 1).type()) && TableInterpreter.OPERATING.equals(out.get(c + 2).type())) {
                out.set(c, new Column(c, sub.role(), sub.source(), TableInterpreter.BASIC, sub.header()));
            }
        }
        return out;
    }

    /**
     * A column headed 其中：… (of which) whose own cell names no fund and no type (本级财政拨款 / 金额 | 其中:经费拨款): a part
     * of the column beside it, which would otherwise be read as that column again. ("三公" tables name their parts by
     * category: 其中：公务用车运行费 is read there.)
     */
    private static boolean partNamingNothing(List<List<String>> filled, int c) {
        String lowest = "";
        for (List<String> row : filled) if (!row.get(c).isEmpty() && !MARKS_AND_DIGITS.matcher(row.get(c)).matches()) lowest = row.get(c);
        return AMONG_THEM.matcher(lowest.replace(" ", "")).matches() && !hasWord(lowest, "source", "type");
    }

    private static final java.util.Set<String> FISCAL_FUNDS = java.util.Set.of("FiscalAppropriation", "GeneralPublicBudgetAppropriation",
            "GovernmentFundAppropriation", "StateCapitalAppropriation", "FiscalSpecialAccount");
    private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern MARKS_AND_DIGITS = Pattern.compile("[*\\d\\s]+");
    private static final Pattern AMONG_THEM = Pattern.compile("其中[:：].*");
    private static final Pattern PERIOD_WORD = Pattern.compile("(上年|本年|当年|年初|全年|调整)?(预算数|决算数|执行数)");
    /** A year named by its place, alone in its cell: 上年 | 当年 over blocks of the same columns. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(上|本|当)年度?");
    /** A functional class code as a column prints it: 类, 款 or 项 (3, 5 or 7 digits, starting 2, 3 or 5). */
    private static final Pattern CLASS_CODE = Pattern.compile("[235]\\d{2}(\\d{2}){0,2}");

    /**
     * A column of another period than the document's: a year other than its own (2025年预算数 in a 2026 budget), or a
     * budget figure in final accounts (年初预算数 and 调整预算数 beside the 决算数).
     */
    private boolean otherPeriod(String header) {
        if (cx.finalAccounts() && header.contains("预算") && !header.contains("决算")) return true;
        if (cx.year() == null) return false;
        Matcher m = A_YEAR.matcher(header);
        boolean other = false;
        while (m.find()) { if (m.group().equals(cx.year())) return false; other = true; }
        return other;
    }

    /** Whether the header rows under row {@code r} name column {@code c} a code (科目编码, 类), and nothing that holds money. */
    private static boolean codeColumnBelow(List<List<String>> filled, int r, int c) {
        for (int k = r + 1; k < filled.size(); k++) {
            String h = filled.get(k).get(c);
            if (h.isEmpty()) continue;
            if (hasWord(h, "total", "type", "source", "ignore")) return false;
            if (hasWord(h, "code") || h.equals("类")) return true;
        }
        return false;
    }

    /**
     * A label of a period: a year (2026年预算数), 预算数 | 决算数 (年初预算数, 全年预算数) as final accounts print their blocks, or
     * a year named by its place (上年 | 当年).
     */
    private static boolean periodLabel(String cell) {
        String c = cell.replace(" ", "");
        return A_YEAR.matcher(cell).find() || PERIOD_WORD.matcher(c).matches() || RELATIVE_YEAR.matcher(c).matches();
    }

    /**
     * The blocks a row of periods heads, as {first column, width}, where the row below prints the same headers under
     * each period (合计 | 因公出国（境）费 | … under 2025年 and again under 2026年): then each period owns its block wherever
     * its label sits in it (at its left where the merged cell put it, or in its middle). Null when no single set of equal
     * blocks holds one label each and repeats the headers below.
     */
    private static int[] periodBlocks(List<Integer> labels, List<String> below, int width) {
        int k = labels.size();
        if (k < 2) return null;
        int[] found = null;
        for (int size = 2; size * k <= width; size++) {
            for (int first = 0; first + size * k <= width; first++) {
                boolean fits = true;
                for (int i = 0; i < k && fits; i++) {
                    int label = labels.get(i);
                    fits = label >= first + i * size && label < first + (i + 1) * size;
                }
                int named = 0;
                for (int c = first; c < first + size && fits; c++) {
                    String h = below.get(c);
                    if (!h.isEmpty()) named++;
                    for (int i = 1; i < k && fits; i++) fits = h.equals(below.get(c + i * size));
                }
                if (!fits || named < 2) continue;
                if (found != null) return null; // two readings: keep to the nearest label
                found = new int[] {first, size};
            }
        }
        return found;
    }

    /** A word printed once over several columns: a funding source, an expenditure type, or money left out. */
    private static boolean isGroupWord(String cell) { return hasWord(cell, "source", "type", "ignore"); }

    /** A whole number of 3, 5 or 7 digits whose first three are a 类 of a classification the project ships. */
    private static boolean looksLikeClassCode(String cell) {
        if (!cell.matches("\\d{3}|\\d{5}|\\d{7}")) return false;
        String head = cell.substring(0, 3);
        return Catalogue.CLASS_NAMES.values().stream().anyMatch(codes -> codes.containsKey(head));
    }

    private List<Column> amountColumns() { return columns.stream().filter(Column::amount).toList(); }

    /** The amounts of a line by column index (null where the column prints nothing), scaled to 万元. */
    private Map<Integer, BigDecimal> amounts(Line l) {
        Map<Integer, BigDecimal> out = new LinkedHashMap<>();
        List<Column> amountCols = amountColumns();
        if (l.gridded() && (l.cells().size() >= columns.size() - 1 || trailingCellsOnly(l))) {
            for (int i = 0; i < l.cells().size() && i < columns.size(); i++) {
                Column c = columns.get(i);
                String cell = l.cells().get(i).replace(" ", "");
                if (cell.isEmpty() || DASH.matcher(cell).matches()) continue;
                if (!isNumber(cell)) {
                    if (Text.isNumberLike(cell)) {
                        cx.issues().accept(new Issue(Issue.Severity.WARNING, l.ref(), table.title() + ": \"" + l.cells().get(i)
                                + "\" is not a number; the cell is left out"));
                    }
                    continue;
                }
                if (c.amount()) out.put(i, scaled(cell));
                else if (c.role().equals("unknown") && reportedColumns.add(i)) {
                    // a header cut short over a column of codes (政府经济科 | 目编码) loses no amount: listed, not a finding
                    boolean codes = looksLikeClassCode(cell);
                    cx.issues().accept(new Issue(codes ? Issue.Severity.NOTE : Issue.Severity.WARNING, l.ref(), table.title()
                            + ": column \"" + c.header() + "\" is not one the catalogue knows; "
                            + (codes ? "it holds classification codes (" + cell + "), left out" : "its amounts are left out")));
                }
            }
            return out;
        }
        // no grid: the numbers after the codes and the name, placed when their count says where they go
        List<String> numbers = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        for (String cell : l.cells()) for (String tok : cell.split("\\s+")) if (!tok.isEmpty()) toks.add(tok);
        boolean leading = true;
        boolean afterCode = false;
        List<String> corrupt = new ArrayList<>();
        for (int t = 0; t < toks.size(); t++) {
            String tok = toks.get(t);
            boolean plain = !tok.contains(",") && !tok.contains(".");
            boolean codeLike = plain && (tok.matches("\\d{3}(\\d{2}){0,2}") || (afterCode && tok.matches("\\d{2}")));
            if (leading && codeLike) { afterCode = true; continue; }
            // a second code with its name (政府经济分类 50101 工资奖金津补贴) is not an amount
            boolean namedCode = plain && tok.matches("[235]\\d{2}(\\d{2}){0,2}") && t + 1 < toks.size()
                    && !isNumber(toks.get(t + 1)) && !DASH.matcher(toks.get(t + 1)).matches();
            afterCode = false;
            if (namedCode) continue;
            if (isNumber(tok)) { numbers.add(tok); leading = false; }
            else if (DASH.matcher(tok).matches() && !numbers.isEmpty()) numbers.add(null);
            else if (Text.isNumberLike(tok)) corrupt.add(tok);
            else leading = false;
        }
        numbers.removeIf(java.util.Objects::isNull);
        if (!corrupt.isEmpty()) {
            // without a grid the numbers are placed by their count: one that cannot be read leaves them all unplaced
            cx.issues().accept(new Issue(Issue.Severity.WARNING, l.ref(), table.title() + ": \"" + String.join("\", \"", corrupt)
                    + "\" is not a number, on a line without its grid: its " + numbers.size() + " other amount(s) are left out"));
            return out;
        }
        if (numbers.size() == amountCols.size()) {
            for (int i = 0; i < numbers.size(); i++) out.put(amountCols.get(i).index(), scaled(numbers.get(i)));
        } else if (numbers.size() == 1 && !amountCols.isEmpty()) {
            out.put(amountCols.get(0).index(), scaled(numbers.get(0))); // a lone number is the row's total
        } else if (!numbers.isEmpty()) {
            cx.issues().accept(new Issue(Issue.Severity.NOTE, l.ref(), table.title() + ": " + numbers.size() + " numbers for "
                    + amountCols.size() + " columns on a line without its grid; left out"));
        }
        return out;
    }

    /**
     * A ruled line short of cells only at its end (a text file strips trailing tabs): its numbers stand in their
     * columns. One with an empty cell between two numbers lost cells in the middle and is placed by its count instead.
     */
    private boolean trailingCellsOnly(Line l) {
        int first = -1, last = -1;
        for (int i = 0; i < l.cells().size(); i++) {
            if (isNumber(l.cells().get(i).replace(" ", ""))) {
                String role = i < columns.size() ? columns.get(i).role() : "";
                if (role.equals("code") || role.equals("index")) continue; // the row's code or number
                // a number where the header has no amount column: the cells slid, their places say nothing
                if (i >= columns.size() || !(columns.get(i).amount() || role.equals("ignore"))) return false;
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return false;
        for (int i = first; i <= last; i++) if (l.cells().get(i).isBlank()) return false;
        return true;
    }

    private BigDecimal scaled(String number) {
        return new BigDecimal(number.replace(",", "")).movePointLeft(scale);
    }

    /** 4 for a table in 元, 1 for 千元, 0 for 万元 (the default). */
    private static int scaleOf(Table t) {
        List<String> places = new ArrayList<>();
        places.add(t.title());
        int n = 0;
        for (TextLine l : t.lines()) { if (n++ > 8) break; places.add(l.label()); }
        for (String s : places) {
            Matcher m = UNIT.matcher(s);
            if (m.find()) return m.group(1).equals("元") ? 4 : m.group(1).equals("千元") ? 1 : 0;
            if (s.contains("(元)") || s.contains("金额(元)")) return 4;
        }
        return 0;
    }

    // ---- tables by code

    /** The code and name a line prints (code "" for a total line, null when it is neither). */
    private String[] codeAndName(Line l, String[] carry) {
        String c1 = null, c2 = null, c3 = null, name = "";
        if (l.gridded()) {
            // codes and the name are the text cells before the first amount column, wherever the header put them
            int firstAmount = columns.stream().filter(c -> c.amount() || c.role().equals("ignore")).mapToInt(Column::index).min().orElse(l.cells().size());
            int codeCells = 0;
            for (int i = 0; i < l.cells().size() && i < firstAmount; i++) {
                String cell = l.cells().get(i);
                if (i < columns.size() && columns.get(i).role().equals("index")) continue; // 序号 1, 2, 3 …
                if (cell.isEmpty() || (cell.length() == 1 && "类款项".contains(cell))) { if (c1 == null && name.isEmpty()) codeCells++; continue; }
                Matcher m = CODE_CELL.matcher(cell);
                if (name.isEmpty() && m.matches()) {
                    if (m.group(1) != null) {
                        if (c1 != null) break; // a second code (政府经济分类): read by secondCode
                        c1 = m.group(1); c2 = m.group(2); c3 = m.group(3);
                        if (m.group(4) != null) name = m.group(4);
                    } else if (c1 == null && codeCells <= 1 && carry[0] != null) {
                        c2 = m.group(5); // 款 under a 类 printed on an earlier row
                        if (m.group(6) != null) name = m.group(6);
                    } else if (c1 == null && codeCells >= 2 && carry[1] != null) {
                        c2 = carry[1]; c3 = m.group(5);
                        if (m.group(6) != null) name = m.group(6);
                    } else if (c1 != null && c2 == null) { c2 = m.group(5); if (m.group(6) != null) name = m.group(6); }
                    else if (c1 != null && c3 == null) { c3 = m.group(5); if (m.group(6) != null) name = m.group(6); }
                    codeCells++;
                    continue;
                }
                if (isNumber(cell.replace(" ", ""))) continue;
                if (name.isEmpty()) name = cell;
                else if (columns.size() > i && columns.get(i).role().equals("name") && c1 == null) name = name + cell;
                else break; // a second name column (政府经济分类名称)
            }
        } else {
            String text = String.join(" ", l.cells()).strip();
            String[] toks = text.split("\\s+");
            int i = 0;
            if (i < toks.length && toks[i].matches("\\d{3}(\\d{2}){0,2}")) {
                String[] parts = parts(toks[i++]);
                c1 = parts[0]; c2 = parts[1]; c3 = parts[2];
                while (i < toks.length && toks[i].matches("\\d{2}") && (c2 == null || c3 == null)) {
                    if (c2 == null) c2 = toks[i++]; else c3 = toks[i++];
                }
            }
            StringBuilder nm = new StringBuilder();
            for (; i < toks.length; i++) {
                if (isNumber(toks[i]) || DASH.matcher(toks[i]).matches()) break;
                nm.append(toks[i]);
            }
            name = Text.label(nm.toString());
        }
        if (c1 == null && !name.isEmpty()) {
            Matcher m = CODE_THEN_NAME.matcher(name);
            if (m.matches()) {
                String[] parts = parts(m.group(1));
                c1 = parts[0]; c2 = parts[1]; c3 = parts[2];
                name = Text.label(m.group(2));
            }
        }
        if (c1 == null && c2 != null && carry[0] != null) c1 = carry[0];
        if (c1 != null && c2 == null && c3 != null && carry[1] != null && c1.equals(carry[0])) { c2 = carry[1]; }
        if (c1 != null && c3 != null && c2 == null) return null;
        if (c1 != null) {
            carry[0] = c1;
            carry[1] = c2;
            return new String[] {c1 + (c2 == null ? "" : c2) + (c3 == null ? "" : c3), name};
        }
        String bare = NUMBERED.matcher(name).replaceFirst("");
        if (name.isEmpty() || TOTAL.matcher(bare).matches()) return new String[] {"", name};
        return new String[] {null, name};
    }

    /** A joined code (201, 20106, 2010601) as its 类, 款 and 项 parts (null where it has none). */
    private static String[] parts(String code) {
        return new String[] {code.substring(0, 3), code.length() >= 5 ? code.substring(3, 5) : null, code.length() == 7 ? code.substring(5) : null};
    }

    private void coded() {
        if (columns.stream().noneMatch(Column::amount)) {
            if (!data.isEmpty()) cx.issues().accept(new Issue(Issue.Severity.WARNING, table.ref(), table.title()
                    + ": no amount column recognised in its header; table left out"));
            return;
        }
        boolean economicRows = entry.rows().equals("economic");
        boolean basic = kind == TableKind.GENERAL_PUBLIC_BASIC || kind == TableKind.FISCAL_BASIC || kind == TableKind.BASIC_ECONOMIC
                || kind == TableKind.GENERAL_PUBLIC_BASIC_BY_FUNCTION;
        String[] carry = new String[2];
        for (Line l : data) {
            String unitHere = unitRow(l);
            if (unitHere != null) {
                // a unit's section (125001 西安市安全生产监督管理局): the rows under it are that unit's
                sectionUnit = cx.entity() != null && org.budgetkg.model.Names.key(unitHere).equals(org.budgetkg.model.Names.key(cx.entity()))
                        ? null : unitHere;
                sections++;
                carry[0] = null;
                carry[1] = null;
                continue;
            }
            String[] cn = codeAndName(l, carry);
            if (cn == null) continue;
            if (cn[0] != null && !cn[0].isEmpty()) {
                // counted before its amounts are looked at: a row of the other classification says what the table is
                char f0 = cn[0].charAt(0);
                if (economicRows ? f0 != '3' && f0 != '5' : f0 != '2') otherSchemeRows++;
            }
            Map<Integer, BigDecimal> amounts = amounts(l);
            if (amounts.isEmpty()) continue;
            String code = cn[0];
            String name = cn[1];
            String funcCode = null, econCode = null, govCode = null, typeOfRow = null;
            Matcher split = SPLIT_TOTAL.matcher(NUMBERED.matcher(name).replaceFirst(""));
            if (code == null && economicRows && split.matches()) {
                code = "";
                typeOfRow = split.group(1).equals("人员经费") ? TableInterpreter.PERSONNEL : TableInterpreter.OPERATING;
            }
            if (code == null) {
                // a row without a code: a 类 printed by name, or a revenue line
                String scheme = economicRows ? "economic" : "functional";
                String byName = Catalogue.classCode(scheme, name);
                if (byName != null) code = byName;
                else if (entry.rows().equals("revenue")) {
                    // a 小计 row's group label may be printed on a later row (a merged cell centred over its rows): only named lines count
                    String item = Catalogue.revenueItem(name);
                    if (item == null || item.equals("skip")) continue;
                    BigDecimal a = amounts.values().iterator().next();
                    if (a.signum() == 0) continue;
                    Fact.Builder b = Fact.of(kind, a, l.ref());
                    if (!item.equals("grand")) b.fundingSource(item);
                    read.add(b.build());
                    continue;
                } else {
                    continue;
                }
            }
            if (code.length() == 3 && !economicRows && isNotAClass(code, name)) {
                // a 3-digit unit code (222 西安市交通运输局) in a table by unit: not a 类 of the classification
                if (reportedUnitRows++ == 0) cx.issues().accept(new Issue(Issue.Severity.NOTE, l.ref(), table.title() + ": rows of units ("
                        + code + " " + name + "), not of functional classes, are left out"));
                continue;
            }
            if (!code.isEmpty()) {
                char first = code.charAt(0);
                if (first == '2' && !economicRows) funcCode = code;
                else if (first == '3' && economicRows) econCode = code;
                else if (first == '5' && economicRows) govCode = code;
                else continue; // counted above as a row of the other classification
                if (!name.isEmpty()) (funcCode != null ? cx.functional() : cx.economic()).learn(code, NUMBERED.matcher(name).replaceFirst(""));
                String second = economicRows ? secondCode(l) : null;
                if (econCode != null && second != null && second.startsWith("5")) govCode = second;
                if (govCode != null && econCode == null) {
                    // a 政府 code first and the 部门 code beside it
                    if (second != null && second.startsWith("3")) econCode = second;
                    else continue;
                }
            }
            boolean sourcesAddUp = sourcesAddUp(amounts, l);
            for (Map.Entry<Integer, BigDecimal> e : amounts.entrySet()) {
                Column c = columns.get(e.getKey());
                if (e.getValue().signum() == 0) continue;
                if (!sourcesAddUp && c.source() != null && !c.source().equals(entry.source())) continue;
                String source = c.source() != null ? c.source() : entry.source();
                if (!entry.sourceColumns() && c.source() != null) continue;
                String type = c.type();
                if (typeOfRow != null) {
                    if (type != null && !type.equals(TableInterpreter.BASIC)) continue;
                    type = typeOfRow;
                }
                if (basic && type == null) type = TableInterpreter.BASIC;
                Fact.Builder b = Fact.of(kind, e.getValue(), l.ref()).fundingSource(source).expenditureType(type)
                        .unit(code.isEmpty() ? null : sectionUnit);
                if (funcCode != null) b.functionalCode(funcCode);
                if (econCode != null) b.economicCode(econCode);
                if (govCode != null) b.governmentEconomicCode(govCode);
                read.add(b.build());
                String treeCode = funcCode != null ? funcCode : econCode;
                if (sections > 0) treeCode = null; // sections of several units: each is a tree of its own
                if (treeCode != null) tree.computeIfAbsent(e.getKey(), k -> new java.util.TreeMap<>()).merge(treeCode, e.getValue(), BigDecimal::add);
                else if (code.isEmpty() && typeOfRow == null) totalRow.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        checkSums();
        tree.clear();
        totalRow.clear();
        // a table by unit (its rows are units, not codes) is not a table by functional class: even its 合计 row is left out
        // so is a table whose title says one classification and whose rows print the other: its 合计 row would be taken amiss
        boolean noCode = read.stream().allMatch(f -> f.functionalCode() == null && f.economicCode() == null);
        if (noCode && (reportedUnitRows > 0 || otherSchemeRows > 0)) {
            if (otherSchemeRows > 0) cx.issues().accept(new Issue(Issue.Severity.NOTE, table.ref(), table.title()
                    + ": its rows print codes of the other classification than its title; left out"));
            read.clear();
        } else if (fundsNotAddingUp != null) {
            cx.issues().accept(fundsNotAddingUp);
        }
        fundsNotAddingUp = null;
        cx.facts().addAll(read);
        read.clear();
    }

    /** The cells of the table under way, kept back until the table is known to be one by code. */
    private final List<Fact> read = new ArrayList<>();

    /** Per amount column: code → amount (rows of one code added up), and the table's 合计 row. */
    private final Map<Integer, java.util.TreeMap<String, BigDecimal>> tree = new LinkedHashMap<>();
    private final Map<Integer, BigDecimal> totalRow = new LinkedHashMap<>();

    /**
     * The sums are the referee: in every column, a code's amount is the sum of the codes under it and the 合计 the
     * sum of the 类, to the printed precision per addend (0.01 of the table's unit). A difference within that is the
     * document's rounding; a larger one is a printed slip or a misread cell, and is reported.
     */
    private void checkSums() {
        BigDecimal unit = new BigDecimal("0.01").movePointLeft(scale);
        for (Map.Entry<Integer, java.util.TreeMap<String, BigDecimal>> col : tree.entrySet()) {
            java.util.TreeMap<String, BigDecimal> codes = col.getValue();
            String header = columns.get(col.getKey()).header();
            for (Map.Entry<String, BigDecimal> parent : codes.entrySet()) {
                String p = parent.getKey();
                if (p.length() >= 7) continue;
                // the codes whose nearest printed parent is p: a level the table skips (30102 not printed, its 3010201
                // and 3010202 under 301) puts the level below it in its place
                List<BigDecimal> children = new ArrayList<>();
                String lastChild = null;
                for (Map.Entry<String, BigDecimal> c : codes.tailMap(p, false).entrySet()) {
                    if (!c.getKey().startsWith(p)) break;
                    if (lastChild != null && c.getKey().startsWith(lastChild)) continue;
                    children.add(c.getValue());
                    lastChild = c.getKey();
                }
                if (!children.isEmpty()) compare(p, parent.getValue(), children, unit, header);
            }
            BigDecimal total = totalRow.get(col.getKey());
            if (total != null) {
                List<BigDecimal> classes = codes.entrySet().stream().filter(e -> e.getKey().length() == 3).map(Map.Entry::getValue).toList();
                if (!classes.isEmpty()) compare("合计", total, classes, unit, header);
            }
        }
    }

    private void compare(String what, BigDecimal printed, List<BigDecimal> parts, BigDecimal unit, String header) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal diff = printed.subtract(sum).abs();
        if (diff.signum() == 0) return;
        boolean rounding = diff.compareTo(unit.multiply(BigDecimal.valueOf(parts.size()))) <= 0;
        cx.issues().accept(new Issue(rounding ? Issue.Severity.ROUNDING : Issue.Severity.WARNING, table.ref(), table.title()
                + " [" + header + "] " + what + " prints " + printed.toPlainString() + " but the " + parts.size()
                + " line(s) under it add up to " + sum.toPlainString()));
    }

    /**
     * Whether the funds a row splits its total into add up to it (a row whose cells slid into their neighbours does
     * not); a row that prints no total or no fund column passes. Reported once per table.
     */
    private boolean sourcesAddUp(Map<Integer, BigDecimal> amounts, Line l) {
        BigDecimal total = null, parts = BigDecimal.ZERO;
        int n = 0;
        java.util.Set<String> sources = new java.util.HashSet<>();
        for (Map.Entry<Integer, BigDecimal> e : amounts.entrySet()) {
            Column c = columns.get(e.getKey());
            if (c.type() != null) continue;
            if (c.source() == null || c.source().equals(entry.source())) { if (total == null) total = e.getValue(); }
            else if (sources.add(c.source())) { parts = parts.add(e.getValue()); n++; }
        }
        if (n == 0) return true;
        boolean hasTotalColumn = columns.stream().anyMatch(c -> c.amount() && c.type() == null && (c.source() == null || c.source().equals(entry.source())));
        if (total == null && !hasTotalColumn) return true;
        boolean ok = total != null && total.subtract(parts).abs().compareTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(n)).add(new BigDecimal("0.005"))) <= 0;
        if (!ok && fundsNotAddingUp == null) {
            fundsNotAddingUp = new Issue(Issue.Severity.WARNING, l.ref(), table.title() + ": the funds of a row do not add up to its total ("
                    + (total == null ? "none printed" : total.toPlainString()) + " against " + parts.toPlainString()
                    + "); such rows keep only their total");
        }
        return ok;
    }

    /** The first row whose funds do not add up, reported once the table is known to be read (not one left out whole). */
    private Issue fundsNotAddingUp;
    /** The unit whose section of a table by unit and code the rows are in (null: the reporting entity's own). */
    private String sectionUnit;
    private int sections;
    /** A unit code: six digits (116001), or eight or nine; seven digits are a 项 code (2070205 博物馆). */
    private static final Pattern UNIT_CODE = Pattern.compile("^\\d{6}$|^\\d{8,9}$");

    /** A row that opens a unit's section: a unit code of six or more digits and the unit's name, no amounts of its own needed. */
    private String unitRow(Line l) {
        if (!l.gridded()) return null;
        String code = null;
        for (int i = 0; i < l.cells().size(); i++) {
            if (i < columns.size() && columns.get(i).role().equals("index")) continue;
            String cell = l.cells().get(i);
            if (cell.isEmpty()) continue;
            if (code == null) {
                if (!UNIT_CODE.matcher(cell).matches()) return null;
                code = cell;
                continue;
            }
            return Identity.isBody(cell) && cell.length() >= 5 ? cell : null;
        }
        return null;
    }
    private int reportedUnitRows;
    private int otherSchemeRows;

    /** A 3-digit code printed with a name that is not its 类 name but a body's (西安市交通运输局 beside 222). */
    private static boolean isNotAClass(String code, String name) {
        String own = Catalogue.CLASS_NAMES.getOrDefault("functional", Map.of()).get(code);
        if (name.isEmpty() || name.endsWith("支出")) return false;
        String bare = NUMBERED.matcher(name).replaceFirst("");
        if (own == null) return Identity.isBody(bare) && bare.length() >= 5; // no 类 has this code (245 西安市医疗保障局)
        if (Catalogue.classCode("functional", bare) != null) return false;
        return Identity.isBody(bare) && bare.length() >= 5;
    }
    /** Columns of unknown header words already reported: once per table. */
    private final java.util.Set<Integer> reportedColumns = new java.util.HashSet<>();

    /** A second code on the line (政府经济分类 beside 部门经济分类): the code in a later code column. */
    private String secondCode(Line l) {
        if (!l.gridded()) return null;
        int seen = 0;
        for (int i = 0; i < l.cells().size() && i < columns.size(); i++) {
            String cell = l.cells().get(i);
            Matcher m = CODE_THEN_NAME.matcher(cell);
            String code = cell.matches("\\d{3}(\\d{2}){0,2}") ? cell : m.matches() ? m.group(1) : null;
            if (code == null) continue;
            if (seen++ == 1) return code;
        }
        return null;
    }

    // ---- overview tables: name | amount pairs in panes

    private void overview() {
        // a table of one fund (财政拨款收支总表, 政府性基金收支表) says so in the catalogue: its panes are that fund's
        String tableSource = entry.source() == null || entry.source().isBlank() ? null : entry.source();
        // the final-accounts template numbers its lines (项目 | 行次 | 决算数): that number is no amount
        boolean lineNumbers = header.stream().flatMap(List::stream).anyMatch(c -> c.replace(" ", "").contains("行次"));
        for (Line l : data) {
            List<String> cells = l.cells();
            if (!l.gridded()) cells = tokens(cells.get(0));
            int i = 0;
            boolean first = true;
            while (i < cells.size()) {
                String label = cells.get(i);
                if (label.isEmpty() || isNumber(label.replace(" ", ""))) { i++; continue; }
                String code = null;
                if (label.matches("\\d{3}") && i + 1 < cells.size() && !cells.get(i + 1).isEmpty()) { code = label; label = cells.get(i + 1); i++; }
                List<BigDecimal> amounts = new ArrayList<>();
                List<Integer> at = new ArrayList<>();
                int j = i + 1;
                boolean lineNumberSeen = false;
                while (j < cells.size() && (cells.get(j).isEmpty() || isNumber(cells.get(j).replace(" ", "")))) {
                    String v = cells.get(j).replace(" ", "");
                    // a line number in a column the header calls 行次 (项目 | 行次 | 金额 | 项目 | 行次 | 金额) is no amount, also
                    // the next pane's under an empty name; a plain number of three digits or fewer after it is still taken
                    // for one (w167's rows that lost their grid print the next pane's 行次 in the amount column; final
                    // accounts print amounts with their cents)
                    if (l.gridded() && j < columns.size() && columns.get(j).role().equals("index")) { j++; continue; }
                    if (lineNumbers && !lineNumberSeen && v.matches("\\d{1,3}")) { lineNumberSeen = true; j++; continue; }
                    // a column the header leaves out: another period beside the year's (2025年预算数 | 2026年预算数), 增减
                    boolean leftOut = l.gridded() && j < columns.size() && columns.get(j).role().equals("ignore");
                    if (!v.isEmpty() && !leftOut) { amounts.add(scaled(v)); at.add(j); }
                    j++;
                }
                pane(label, code, amounts, at, l, tableSource, first, i);
                first = false;
                i = j;
            }
        }
    }

    private boolean currentYearSeen;
    private String lastPaneCode = "";

    private static boolean isCurrentYear(String name) {
        return name.matches("(本年|当年)收入(合计|小计)");
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String tok : s.strip().split("\\s+")) {
            if (isNumber(tok) && !tok.matches("\\d{3}")) {
                if (text.length() > 0) { out.add(Text.label(text.toString())); text.setLength(0); }
                out.add(tok);
            } else {
                // a numbered name starts a new pane's label (二、财政专户管理资金 四、公共安全支出 23,513.11)
                if (text.length() > 0 && TOP_LEVEL.matcher(tok).matches()) { out.add(Text.label(text.toString())); text.setLength(0); }
                text.append(tok).append(' ');
            }
        }
        if (text.length() > 0) out.add(Text.label(text.toString()));
        return out;
    }

    private static boolean isCarryOver(String item) { return "CarryOver".equals(item) || "FiscalCarryOver".equals(item); }

    /**
     * Per pane (the column its labels stand in) whose lines are now the parts of 上年结转 (（一）一般公共预算拨款 …): whether
     * that heading was numbered. Under a numbered heading (二、上年结转) the next numbered line opens a new part of the pane;
     * under an unnumbered one (年初财政拨款结转和结余) the parts themselves are numbered 一、二、三、.
     */
    private final Map<Integer, Boolean> carryOverPanes = new java.util.HashMap<>();

    private void carryOverHeading(String label, int labelColumn) {
        carryOverPanes.put(labelColumn, TOP_LEVEL.matcher(label).matches());
    }

    private void pane(String label, String code, List<BigDecimal> amounts, List<Integer> at, Line l, String tableSource, boolean first,
            int labelColumn) {
        // a line numbered 一、二、… (or a total) opens a new part of its pane: 上年结转's parts end there
        boolean partOfUnnumberedHeading = Boolean.FALSE.equals(carryOverPanes.get(labelColumn))
                && FISCAL_FUNDS.contains(java.util.Objects.requireNonNullElse(Catalogue.revenueItem(NUMBERED.matcher(label).replaceFirst("")), ""));
        if ((TOP_LEVEL.matcher(label).matches() && !partOfUnnumberedHeading) || TOTAL.matcher(NUMBERED.matcher(label).replaceFirst("")).matches()) {
            carryOverPanes.remove(labelColumn);
        }
        if (amounts.isEmpty()) {
            String heading = Catalogue.revenueItem(NUMBERED.matcher(label).replaceFirst(""));
            if (isCarryOver(heading)) carryOverHeading(label, labelColumn);
            return;
        }
        String bare = NUMBERED.matcher(label).replaceFirst("").replaceFirst("^其中[:：]", "");
        String classCode = code != null ? code : Catalogue.classCode("functional", bare);
        if (classCode == null && !bare.isEmpty() && Catalogue.revenueItem(bare) == null) {
            // 款 and 项 printed by name only: the code the document's tables by code print for that name, in their order
            classCode = cx.functional().nextByName(lastPaneCode, bare);
        }
        if (classCode != null) lastPaneCode = classCode;
        if (classCode != null) {
            cx.functional().learn(classCode, bare);
            // the amounts by the columns they sit in, kept only if the total is the sum of the funds; else the first is the total
            Map<String, BigDecimal> bySource = new LinkedHashMap<>();
            BigDecimal total = null;
            BigDecimal parts = BigDecimal.ZERO;
            for (int k = 0; k < amounts.size(); k++) {
                Column c = at.get(k) < columns.size() ? columns.get(at.get(k)) : null;
                if (c == null || c.role().equals("ignore")) continue;
                if (c.source() == null || c.source().equals(tableSource)) { if (total == null) total = amounts.get(k); }
                else { bySource.merge(c.source(), amounts.get(k), BigDecimal::add); parts = parts.add(amounts.get(k)); }
            }
            boolean adds = total != null && (bySource.isEmpty() || close(total, parts));
            if (!adds) {
                total = amounts.get(0);
                bySource.clear();
                if (amounts.size() > 1) {
                    BigDecimal rest = BigDecimal.ZERO;
                    for (BigDecimal x : amounts.subList(1, amounts.size())) rest = rest.add(x);
                    if (!close(total, rest)) cx.issues().accept(new Issue(Issue.Severity.NOTE, l.ref(), table.title() + ": " + bare
                            + ": which fund each of " + amounts + " is cannot be told by the sums; only the total is kept"));
                }
            }
            if (total.signum() != 0) cx.facts().add(Fact.of(kind, total, l.ref()).functionalCode(classCode).fundingSource(tableSource).build());
            for (Map.Entry<String, BigDecimal> e : bySource.entrySet()) {
                if (e.getValue().signum() != 0) cx.facts().add(Fact.of(kind, e.getValue(), l.ref()).functionalCode(classCode).fundingSource(e.getKey()).build());
            }
            return;
        }
        BigDecimal a = amounts.get(0);
        if (a.signum() == 0) return;
        if (bare.endsWith("支出") || bare.contains("支出合计") || bare.contains("支出总计")) {
            String type = bare.equals("基本支出") ? TableInterpreter.BASIC : bare.equals("项目支出") ? TableInterpreter.PROJECT : null;
            if (type != null) cx.facts().add(Fact.of(kind, a, l.ref()).expenditureType(type).fundingSource(tableSource).build());
            return;
        }
        String item = first && TOTAL.matcher(bare).matches() && !bare.equals("小计") ? "grand" : Catalogue.revenueItem(bare);
        boolean fiscal = "FiscalAppropriation".equals(tableSource);
        if (tableSource != null && isCurrentYear(bare)) { item = tableSource; currentYearSeen = true; }
        else if (tableSource != null && "grand".equals(item) && currentYearSeen) return;
        if (item == null || item.equals("skip")) return;
        if (fiscal && item.equals("CarryOver")) item = "FiscalCarryOver";
        // a table of one fund other than 财政拨款 speaks of that fund only: its other revenue lines (上年结转 of that fund)
        // have no term of their own
        if (tableSource != null && !fiscal && !item.equals("grand") && !item.equals(tableSource)) return;
        if (isCarryOver(item)) carryOverHeading(label, labelColumn);
        else if (carryOverPanes.containsKey(labelColumn) && FISCAL_FUNDS.contains(item)) {
            // (一)一般公共预算拨款 under 二、上年结转: last year's money of that fund, not this year's appropriation
            cx.facts().add(Fact.of(kind, a, l.ref()).fundingSource("FiscalCarryOver").carryOverSource(item).build());
            return;
        }
        Fact.Builder b = Fact.of(kind, a, l.ref());
        if (item.equals("grand")) { if (tableSource != null) b.fundingSource(tableSource); }
        else b.fundingSource(item);
        cx.facts().add(b.build());
    }

    // ---- "三公"

    private BigDecimal cell(Line l, int index) {
        if (index >= l.cells().size()) return null;
        String v = l.cells().get(index).replace(" ", "");
        return isNumber(v) ? scaled(v) : null;
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? (b == null ? BigDecimal.ZERO : b) : b == null ? a : a.add(b);
    }

    /** Equal to the cent and a half of rounding that printed totals carry. */
    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("0.015")) <= 0;
    }

    private static final String[][] THREE_PUBLIC = {{"购置及运行", "OfficialVehicles"}, {"运行", "VehicleOperation"},
            {"购置", "VehiclePurchase"}, {"出国", "OverseasTravel"}, {"接待", "OfficialReception"}, {"三公", "ThreePublicTotal"}};

    /** The vehicles' figure of a "三公" row: as printed, or the sum of purchase and operation. */
    private static BigDecimal vehicles(Map<String, BigDecimal> v) {
        return v.containsKey("OfficialVehicles") ? v.get("OfficialVehicles") : sum(v.get("VehiclePurchase"), v.get("VehicleOperation"));
    }

    /** What the "三公" total of a row's categories must be: travel, reception and vehicles. */
    private static BigDecimal threePublicSum(Map<String, BigDecimal> v) {
        return sum(sum(v.get("OverseasTravel"), v.get("OfficialReception")), vehicles(v));
    }

    /**
     * The "三公" categories of a row whose cells do not stand under their headers: its amounts, in their printed order,
     * tried against each order of {@link Catalogue#THREE_PUBLIC_ORDERS} (a category may be left blank, a grand 合计
     * may come first and 会议费 / 培训费 last). Only an assignment whose sums hold, and the only one that does, is kept.
     */
    private Map<String, BigDecimal> threePublicBySums(Line l) {
        List<BigDecimal> x = new ArrayList<>();
        for (int i = 0; i < l.cells().size(); i++) { BigDecimal a = cell(l, i); if (a != null) x.add(a); }
        java.util.Set<Map<String, BigDecimal>> found = new java.util.HashSet<>();
        for (List<String> order : Catalogue.THREE_PUBLIC_ORDERS) {
            int slots = order.size();
            for (int start = 0; start <= 1 && start < x.size(); start++) {
                for (int mask = 1; mask < (1 << slots); mask++) {
                    if ((mask & 1) == 0) continue; // the total is printed
                    int present = Integer.bitCount(mask);
                    int after = x.size() - start - present;
                    if (after < 0 || after > 2) continue;
                    Map<String, BigDecimal> v = new LinkedHashMap<>();
                    int k = start;
                    for (int s = 0; s < slots; s++) if ((mask & (1 << s)) != 0) v.put(order.get(s), x.get(k++));
                    boolean vehicleParts = v.containsKey("VehiclePurchase") || v.containsKey("VehicleOperation");
                    if (vehicleParts && !close(vehicles(v), sum(v.get("VehiclePurchase"), v.get("VehicleOperation")))) continue;
                    BigDecimal total = threePublicSum(v);
                    if (!close(total, v.get("ThreePublicTotal")) || total.signum() == 0) continue;
                    if (start == 1) {
                        // a grand 合计 first: the "三公" total and the meetings and training after them add up to it
                        BigDecimal grand = total;
                        for (BigDecimal a : x.subList(x.size() - after, x.size())) grand = grand.add(a);
                        if (!close(grand, x.get(0))) continue;
                    }
                    v.values().removeIf(a -> a.signum() == 0);
                    found.add(v);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static String threePublicCategory(String name) {
        for (String[] c : THREE_PUBLIC) if (name.contains(c[0])) return c[1];
        return TOTAL.matcher(NUMBERED.matcher(name).replaceFirst("")).matches() ? "ThreePublicTotal" : null;
    }

    private void threePublic() {
        // categories as columns (one data row, the totals decided by their sums) or as rows (one amount column)
        Map<Integer, String> byColumn = new LinkedHashMap<>();
        List<Integer> totals = new ArrayList<>();
        for (Column c : columns) {
            if (c.role().equals("ignore")) continue;
            String last = c.header().contains("/") ? c.header().substring(c.header().lastIndexOf('/') + 1) : c.header();
            String whole = c.header().replace("/", ""); // 因公出 / 国（境）费 wrapped over two rows
            String cat = whole.contains("会议") || whole.contains("培训") || whole.contains("机关运行") ? null : threePublicCategory(last);
            if (cat == null && !last.matches(".*(合计|小计|总计)$") && !whole.contains("会议") && !whole.contains("培训") && !whole.contains("机关运行")) {
                cat = threePublicCategory(whole);
            }
            if ("ThreePublicTotal".equals(cat) || (cat == null && last.matches(".*(合计|小计|总计)$"))) totals.add(c.index());
            else if (cat != null) byColumn.put(c.index(), cat);
        }
        if (byColumn.size() >= 2) {
            for (Line l : data) {
                if (!l.gridded()) continue;
                String[] cn = codeAndName(l, new String[2]);
                String rowName = cn == null || cn[1] == null ? "" : cn[1];
                // final accounts print the budget (预算数) above what was spent (决算数): the 决算数 row is the year's figure
                if (cx.finalAccounts() && rowName.contains("预算") && !rowName.contains("决算")) continue;
                if (!rowName.isEmpty() && !TOTAL.matcher(rowName).matches() && !rowName.contains("预算") && !rowName.contains("决算")
                        && !rowName.contains("三公")) continue; // a unit's row: the department's row is the total
                Map<String, BigDecimal> v = new LinkedHashMap<>();
                for (Map.Entry<Integer, String> e : byColumn.entrySet()) {
                    BigDecimal a = cell(l, e.getKey());
                    if (a != null) v.putIfAbsent(e.getValue(), a);
                }
                BigDecimal vehicles = vehicles(v), total = threePublicSum(v);
                int firstCategory = byColumn.keySet().stream().min(Integer::compare).orElse(0);
                for (int c : totals) {
                    BigDecimal a = cell(l, c);
                    if (a == null) continue;
                    if (!v.containsKey("ThreePublicTotal") && c < firstCategory && close(a, total)) v.put("ThreePublicTotal", a);
                    else if (!v.containsKey("OfficialVehicles") && c > firstCategory && close(a, vehicles)) v.put("OfficialVehicles", a);
                }
                if (!totals.isEmpty() && !v.containsKey("ThreePublicTotal")) {
                    Map<String, BigDecimal> solved = threePublicBySums(l);
                    if (solved != null) v = solved;
                }
                if (!totals.isEmpty() && !v.containsKey("ThreePublicTotal")) {
                    // no printed total equals its categories: columns were lost, so which figure is which cannot be told
                    cx.issues().accept(new Issue(Issue.Severity.NOTE, l.ref(), table.title() + ": the categories do not add up to a "
                            + "printed total (a column empty in the whole table may have been dropped); left to the narrative"));
                    break;
                }
                for (Map.Entry<String, BigDecimal> e : v.entrySet()) {
                    if (e.getValue().signum() == 0) continue;
                    cx.facts().add(Fact.of(kind, e.getValue(), l.ref()).threePublic(e.getKey()).build());
                }
                break; // the first data row is the year's budget; later rows are other years or units
            }
            return;
        }
        for (Line l : data) {
            String[] cn = codeAndName(l, new String[2]);
            String name = cn == null ? "" : cn[1];
            String cat = threePublicCategory(name);
            if (cat == null) continue;
            Map<Integer, BigDecimal> amounts = amounts(l);
            if (amounts.isEmpty()) continue;
            cx.facts().add(Fact.of(kind, amounts.values().iterator().next(), l.ref()).threePublic(cat).build());
        }
    }
}

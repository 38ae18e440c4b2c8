package org.budgetkg.interpret;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetkg.model.Text;

/**
 * What the tool knows of templates, read from tab-separated data files rather than written as branches: table
 * kinds by title words, what header words mean, which revenue names are which funding source, and the 类 names
 * of the classification. A new province is new rows here (and a golden case).
 */
final class Catalogue {
    /** A kind of table: all of {@code words} and none of {@code excluded} are in its title. */
    record TableEntry(String kind, List<String> words, List<String> excluded, String rows, String source, boolean sourceColumns) {
        boolean matches(String title) {
            for (String w : words) if (!title.contains(w)) return false;
            for (String w : excluded) if (title.contains(w)) return false;
            return true;
        }
    }

    /** A header word and what it says about its column. */
    record ColumnWord(String word, String meaning, String value) {}

    static final List<TableEntry> TABLES = new ArrayList<>();
    static final List<ColumnWord> COLUMN_WORDS = new ArrayList<>();
    /** Revenue names, longest first: word → funding source, "grand" or "skip". */
    static final Map<String, String> REVENUE_ITEMS = new LinkedHashMap<>();
    /** scheme → name → code, for 类 printed by name only. */
    static final Map<String, Map<String, String>> CLASS_CODES = new LinkedHashMap<>();
    /** scheme → code → the current name. */
    static final Map<String, Map<String, String>> CLASS_NAMES = new LinkedHashMap<>();

    /**
     * A figure a sentence states: its pattern (group "a" the amount), what it is, and the longest run of words every
     * match of the pattern contains. A text without that run is not searched: most patterns are another template's
     * phrasing, and a pattern that starts with a year or a class of characters is tried at every position of the text.
     */
    record NarrativeFact(java.util.regex.Pattern pattern, String dimension, String value, String words) {
        boolean mayMatch(String text) { return words.isEmpty() || text.contains(words); }
    }

    /**
     * The longest run of Han characters and quotes a pattern requires: outside groups and classes, with no alternation
     * beside it, its last character not made optional by a quantifier. Empty when the pattern requires none.
     */
    static String requiredWords(String pattern) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean word = depth == 0 && !inClass && (Text.isHan(c) || c == '“' || c == '”');
            if (word) { run.append(c); continue; }
            // a quantifier after a run makes its last character optional
            if (run.length() > 0 && depth == 0 && !inClass && (c == '?' || c == '*' || c == '{')) run.setLength(run.length() - 1);
            if (run.length() > best.length()) best = run.toString();
            run.setLength(0);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return ""; // alternatives at the top: no run is required
        }
        return run.length() > best.length() ? run.toString() : best;
    }

    static final List<NarrativeFact> NARRATIVE_FACTS = new ArrayList<>();

    /** The orders in which templates print the "三公" categories, left to right. */
    static final List<List<String>> THREE_PUBLIC_ORDERS = new ArrayList<>();

    static {
        for (String[] r : rows("/org/budgetkg/catalogue/narrative-facts.tsv")) {
            String phrase = Text.label(r[0]);
            NARRATIVE_FACTS.add(new NarrativeFact(java.util.regex.Pattern.compile(
                    phrase.replace("N", "(?<a>\\d[\\d,]*(?:\\.\\d+)?)")), r[1], blank(at(r, 2)), requiredWords(phrase)));
        }
        for (String[] r : rows("/org/budgetkg/catalogue/three-public-orders.tsv")) THREE_PUBLIC_ORDERS.add(split(r[1]));
        for (String[] r : rows("/org/budgetkg/catalogue/tables.tsv")) {
            TABLES.add(new TableEntry(r[0], split(r[1]), split(at(r, 2)), r[3], blank(at(r, 4)), "yes".equals(at(r, 5))));
        }
        for (String[] r : rows("/org/budgetkg/catalogue/columns.tsv")) COLUMN_WORDS.add(new ColumnWord(r[0], r[1], blank(at(r, 2))));
        COLUMN_WORDS.sort(Comparator.comparingInt((ColumnWord w) -> -w.word().length()));
        List<String[]> items = rows("/org/budgetkg/catalogue/revenue-items.tsv");
        items.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        for (String[] r : items) REVENUE_ITEMS.putIfAbsent(r[0], r[1]);
        for (String[] r : rows("/ontology/codes/classes.tsv")) {
            CLASS_CODES.computeIfAbsent(r[0], k -> new LinkedHashMap<>()).putIfAbsent(Text.label(r[2]), r[1]);
            CLASS_NAMES.computeIfAbsent(r[0], k -> new LinkedHashMap<>()).putIfAbsent(r[1], Text.label(r[2]));
        }
    }

    private Catalogue() {}

    /** The catalogue entry a title names, or null. */
    static TableEntry table(String title) {
        String t = Text.label(title);
        for (TableEntry e : TABLES) if (e.matches(t)) return e;
        return null;
    }

    /** The funding source (or "grand" / "skip") a revenue line's name means, or null. */
    static String revenueItem(String name) {
        for (Map.Entry<String, String> e : REVENUE_ITEMS.entrySet()) if (name.contains(e.getKey())) return e.getValue();
        return null;
    }

    /** The 类 code printed by name only ("四、公共安全支出" → 204), or null. */
    static String classCode(String scheme, String name) {
        String bare = Text.label(name).replaceFirst("^[一二三四五六七八九十]+[、.．]", "").replaceFirst("^\\d+[、.．]", "")
                .replaceFirst("^[(（][一二三四五六七八九十\\d]+[)）]", "");
        Map<String, String> m = CLASS_CODES.get(scheme);
        if (m == null) return null;
        // short names (1、一般公共服务 for 一般公共服务支出)
        if (m.containsKey(bare)) return m.get(bare);
        if (!scheme.equals("functional")) return null;
        if (m.containsKey(bare + "支出")) return m.get(bare + "支出");
        // a name cut where its cell (or the page) ended: 八、社会保障和就 | 1,608.51, 业支出 on the next page; the one
        // class whose name it begins, if only one
        if (bare.length() < 4) return null;
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : m.entrySet()) if (e.getKey().startsWith(bare)) codes.add(e.getValue());
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    private static String at(String[] r, int i) { return i < r.length ? r[i] : ""; }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split(",")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("catalogue file missing from the build: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

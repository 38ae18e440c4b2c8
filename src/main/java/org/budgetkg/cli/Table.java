package org.budgetkg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Query results as a text table like Jena's, but with columns that line up when the cells hold Chinese: a CJK
 * character takes two columns of a terminal, which Jena's formatter counts as one.
 */
final class Table {
    private Table() {}

    static void write(PrintStream out, ResultSet rs, PrefixMapping prefixes) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        var sc = new org.apache.jena.sparql.serializer.SerializationContext(prefixes);
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            String[] r = new String[vars.size()];
            for (int i = 0; i < r.length; i++) {
                RDFNode n = q.get(vars.get(i));
                r[i] = n == null ? "" : FmtUtils.stringForNode(n.asNode(), sc);
            }
            rows.add(r);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < width.length; i++) width[i] = display(vars.get(i));
        for (String[] r : rows) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], display(r[i]));
        int total = 1;
        for (int w : width) total += w + 3;
        String rule = "-".repeat(total);
        out.println(rule);
        out.println(line(vars.toArray(new String[0]), width));
        out.println("=".repeat(total));
        for (String[] r : rows) out.println(line(r, width));
        out.println(rule);
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]).append(" ".repeat(width[i] - display(cells[i]))).append(" |");
        }
        return sb.toString();
    }

    /** Columns a string takes in a terminal: two for each wide (CJK, fullwidth) character. */
    static int display(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += wide(cp) ? 2 : 1;
        }
        return w;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x3200 && cp <= 0x33FF);
    }
}

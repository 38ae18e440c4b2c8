package org.budgetkg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.SourceText;
import org.budgetkg.model.Table;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;

/**
 * Splits a disclosure into its numbered tables (表 N + title + body up to the next table or 第三部分) and the
 * narrative lines around them. Rows are assembled later, per layout.
 */
final class Segmenter {
    /**
     * A table's number after 表: 3, 三, 3-1. Digits and numerals are not mixed, and a numeral does not take the first
     * character of a title that begins with one (表5一般… and 表七三公… once white space is gone keep their 一 and 三).
     */
    static final String TABLE_NUMBER = "(?:\\d{1,3}|[一二三四五六七八九十]{1,3}(?!般|公))(?:[-－—]\\d{1,2})?";
    /** 表 3, 表3, 表三, 附表 3, 表 3-1, with or without the title on the same line. */
    private static final Pattern TABLE_MARK = Pattern.compile("^附?表\\s*(" + TABLE_NUMBER + ")\\s*(.*)$");
    private static final Pattern PART_THREE = Pattern.compile("^第三部分.*(说明|情况)");

    record Segments(List<Table> tables, List<TextLine> narrative, List<TextLine> before) {}

    static Segments split(SourceText source) {
        List<Table> tables = new ArrayList<>();
        List<TextLine> narrative = new ArrayList<>();
        List<TextLine> before = new ArrayList<>();
        List<TextLine> lines = source.lines();
        int i = 0;
        boolean seenTable = false;
        while (i < lines.size()) {
            String t = lines.get(i).label();
            Matcher m = TABLE_MARK.matcher(t);
            if (m.matches() && (m.group(2).isEmpty() || m.group(2).endsWith("表"))) {
                seenTable = true;
                TextLine mark = lines.get(i);
                String title = m.group(2);
                i++;
                while (title.isEmpty() && i < lines.size()) {
                    title = lines.get(i).label();
                    i++;
                }
                List<TextLine> body = new ArrayList<>();
                while (i < lines.size()) {
                    String s = lines.get(i).label();
                    Matcher next = TABLE_MARK.matcher(s);
                    if ((next.matches() && (next.group(2).isEmpty() || next.group(2).endsWith("表")))
                            || PART_THREE.matcher(s).find()) break;
                    body.add(lines.get(i));
                    i++;
                }
                tables.add(new Table(TableKind.ofTitle(title), title, body, List.of(), mark.ref()));
                continue;
            }
            (seenTable ? narrative : before).add(lines.get(i));
            i++;
        }
        return new Segments(tables, narrative, before);
    }
}

package org.budgetkg.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One key for the printed forms of a body's name (中国共产党江苏省委员会办公厅, 中共江苏省委办公厅 and 江苏省委办公厅
 * are one body; 西安市财政局（汇总） is 西安市财政局), from the rules in {@code catalogue/names.tsv}.
 */
public final class Names {
    private static final List<String[]> RULES = new ArrayList<>();

    static {
        try (InputStream in = Names.class.getResourceAsStream("/org/budgetkg/catalogue/names.tsv")) {
            if (in == null) throw new IllegalStateException("catalogue/names.tsv missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                RULES.add(new String[] {f[0], Text.label(f[1]), f.length > 2 ? Text.label(f[2]) : ""});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Names() {}

    /** The name without a printed suffix such as （汇总）, (本级) or 部门, or the name itself: a reporting entity's altLabel. */
    public static String withoutSuffix(String name) {
        return strip(name, true);
    }

    private static String strip(String name, boolean labelSuffixes) {
        for (String[] rule : RULES) {
            boolean applies = rule[0].equals("suffix") || (labelSuffixes && rule[0].equals("labelsuffix"));
            if (applies && name.endsWith(rule[1]) && name.length() - rule[1].length() >= 4) {
                return name.substring(0, name.length() - rule[1].length());
            }
        }
        return name;
    }

    /** The key that all printed forms of one body share. */
    public static String key(String name) {
        String k = strip(Text.label(name), false);
        for (String[] rule : RULES) if (rule[0].equals("rewrite")) k = k.replace(rule[1], rule[2]);
        for (String[] rule : RULES) if (rule[0].equals("prefix") && k.startsWith(rule[1]) && k.length() - rule[1].length() >= 4) k = k.substring(rule[1].length());
        return k;
    }
}

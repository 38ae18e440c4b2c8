package org.budgetkg.interpret;

import java.util.Map;
import java.util.TreeMap;
import org.budgetkg.model.Row;

/**
 * The classification codes a document prints, with their names. A row that lost its 项 code
 * ({@code 208 01 行政运行}) gets the full code from the names printed with full codes elsewhere in the same
 * document; where no such name exists the code is kept as printed, never guessed.
 */
final class Codes {
    private final Map<String, String> names = new TreeMap<>();

    void learn(String code, String name) {
        if (code == null || code.isEmpty() || name == null || name.isEmpty()) return;
        String known = names.get(code);
        if (known == null || (name.length() > known.length() && name.startsWith(known))) names.put(code, name);
    }

    String name(String code) { return names.get(code); }

    Map<String, String> all() { return names; }

    /** Learns names from rows that print a full (7-digit) code; shorter codes may be rows that lost a part. */
    void learnFull(Iterable<Row> rows, int fullLength) {
        for (Row r : rows) {
            if (r.code().length() == fullLength && !r.texts().isEmpty()) learn(r.code(), r.texts().get(0));
        }
    }

    /** The code a row means: as printed, or the one full code under it whose printed name is the row's name. */
    String resolve(String printed, String name, int fullLength) {
        return resolve(printed, name, fullLength, java.util.Set.of());
    }

    /** As {@link #resolve(String, String, int)}, never to a code the same table prints itself. */
    String resolve(String printed, String name, int fullLength, java.util.Set<String> printedInTable) {
        if (printed.length() >= fullLength || name == null || name.isEmpty()) return printed;
        String own = names.get(printed);
        if (own != null && sameName(own, name)) return printed;
        String found = null;
        for (Map.Entry<String, String> e : names.entrySet()) {
            String code = e.getKey();
            if (code.length() == printed.length() + 2 && code.startsWith(printed) && sameName(e.getValue(), name)
                    && !printedInTable.contains(code)) {
                if (found != null) return printed;
                found = code;
            }
        }
        return found != null ? found : printed;
    }

    /** The first code after {@code after} (in code order, which is the tables' printed order) printed with this name, else any. */
    String nextByName(String after, String name) {
        for (Map.Entry<String, String> e : ((TreeMap<String, String>) names).tailMap(after, false).entrySet()) {
            if (e.getValue().equals(name)) return e.getKey();
        }
        for (Map.Entry<String, String> e : names.entrySet()) if (e.getValue().equals(name)) return e.getKey();
        return null;
    }

    static boolean sameName(String a, String b) {
        if (a.equals(b)) return true;
        int shorter = Math.min(a.length(), b.length());
        return shorter >= 4 && (a.startsWith(b) || b.startsWith(a));
    }
}

package org.budgetkg.interpret;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.budgetkg.model.Text;
import org.budgetkg.model.Unit;

/**
 * The organisations one document names, and how a printed name finds its organisation: the exact name or
 * alias, else the one known name that ends with it (自治区… for 新疆维吾尔自治区…) or starts with it (a name cut
 * by a wrap or a page break). A printed variant that resolves becomes an alias.
 */
final class Organizations {
    private final List<Unit> known = new ArrayList<>();

    Unit add(String name) {
        Unit existing = exact(name);
        if (existing != null) return existing;
        Unit u = new Unit(name, new LinkedHashSet<>());
        known.add(u);
        return u;
    }

    List<Unit> all() { return known; }

    Unit exact(String name) {
        for (Unit u : known) if (u.name().equals(name) || u.altNames().contains(name)) return u;
        return null;
    }

    /** The known organisation a printed name means, or null when none or several could be meant. */
    Unit resolve(String printed) {
        String name = Text.label(printed);
        if (name.isEmpty()) return null;
        Unit u = exact(name);
        if (u != null) return u;
        String bare = name.replace("(本级)", "本级");
        u = exact(bare);
        if (u == null) u = unique(bare, true);
        if (u == null) u = unique(bare, false);
        if (u == null) u = similar(bare);
        if (u != null && !u.name().equals(name)) u.altNames().add(name);
        return u;
    }

    /** The one known name printed with a character or two more or less (管理中心 / 管理服务中心). */
    private Unit similar(String name) {
        Unit found = null;
        for (Unit u : known) {
            if (Math.abs(u.name().length() - name.length()) <= 3 && ProjectMatcher.similarity(u.name(), name) >= 0.85) {
                if (found != null) return null;
                found = u;
            }
        }
        return found;
    }

    private Unit unique(String name, boolean suffix) {
        Unit found = null;
        for (Unit u : known) {
            boolean match = suffix ? u.name().endsWith(name) && name.length() >= 4
                    : u.name().startsWith(name) && name.length() >= 6;
            if (match) {
                if (found != null) return null;
                found = u;
            }
        }
        return found;
    }
}

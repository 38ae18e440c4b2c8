package org.budgetkg.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Table;
import org.budgetkg.model.TableKind;

/**
 * A table printed more than once in one file (a disclosure bound twice into one PDF, tables repeated in an annex): its
 * cells are one cube's cells and are kept once, and copies that disagree are findings of their own (reconcile); the
 * repetition itself is listed so that a reader knows why. Target tables are not compared: two projects' 绩效目标表 may
 * share a title.
 */
final class RepeatedTables {
    private RepeatedTables() {}

    static void report(List<Table> tables, List<Issue> issues) {
        Map<String, List<Table>> byTitle = new LinkedHashMap<>();
        for (Table t : tables) {
            if (t.kind() == TableKind.UNKNOWN || t.kind() == TableKind.PERFORMANCE) continue;
            byTitle.computeIfAbsent(t.kind() + "|" + CatalogueInterpreter.bareTitle(t.title()), k -> new ArrayList<>()).add(t);
        }
        for (List<Table> copies : byTitle.values()) {
            if (copies.size() < 2) continue;
            List<String> where = copies.stream().map(t -> t.ref().toString()).toList();
            issues.add(new Issue(Issue.Severity.NOTE, copies.get(1).ref(), "table \"" + CatalogueInterpreter.bareTitle(copies.get(0).title()) + "\" is printed "
                    + copies.size() + " times (" + String.join(", ", where) + "): its cells are read once"));
        }
    }
}

package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Indicator;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Project;
import org.budgetkg.model.TargetTable;

/**
 * Makes the 表7 rows, the 项目情况说明 paragraph and the 绩效目标表 of one project one resource: by unit and
 * name, else by unit and amount with a name that shares most of its characters. The other names become
 * alternative labels; a target table that matches nothing stays with its own (new) project and is reported.
 */
final class ProjectMatcher {
    private ProjectMatcher() {}

    static List<Project> link(List<Project> projects, List<Fact> facts, List<Indicator> indicators, List<TargetTable> tables,
                              List<Issue> issues) {
        Map<String, BigDecimal> table7 = new HashMap<>();
        for (Fact f : facts) {
            if (f.project() != null && f.economicCode() == null && f.expenseItem() == null && f.fundingSource() != null
                    && f.fundingSource().equals(TableInterpreter.GPB) && f.functionalCode() != null) {
                table7.merge(f.unit() + "|" + f.project(), f.amount(), BigDecimal::add);
            }
        }
        List<Project> out = new ArrayList<>(projects);
        // paragraph projects whose name differs from the 表7 row of the same unit and amount
        for (Project p : new ArrayList<>(out)) {
            if (p.plannedAmount() == null || table7.containsKey(p.unit() + "|" + p.name())) continue;
            Project t7 = best(out, p.unit(), p.name(), p.plannedAmount(), table7, p);
            if (t7 != null && t7.plannedAmount() == null) {
                out.remove(p);
                out.set(out.indexOf(t7), merge(t7, p));
            }
        }
        Map<String, Project> byOwner = new HashMap<>();
        for (TargetTable t : tables) {
            if (t.ownerProject() == null) continue;
            String key = t.ownerUnit() + "|" + t.ownerProject();
            if (byOwner.containsKey(key)) continue;
            Project exact = find(out, t.ownerUnit(), t.ownerProject());
            Project match = exact != null ? exact : best(out, t.ownerUnit(), t.ownerProject(), t.total(), table7, null);
            if (match == null && t.fiscal() != null) match = best(out, t.ownerUnit(), t.ownerProject(), t.fiscal(), table7, null);
            if (match == null && t.total() != null) match = elsewhere(out, t, table7);
            if (match == null) {
                // a target table of a project 表7 does not list (funded from other money): the table is its only trace
                match = new Project(t.ownerProject(), t.ownerUnit(), new LinkedHashSet<>(), null, List.of(), List.of(), null, Map.of(), t.ref());
                out.add(match);
                if (t.total() != null) table7.put(match.unit() + "|" + match.name(), t.total()); // its budget, to compare later tables with
                issues.add(new Issue(Issue.Severity.NOTE, t.ref(), "绩效目标表 of \"" + t.ownerProject() + "\" matches no project of 表7 "
                        + "or of the project paragraphs; kept as a project of its own"));
            } else if (!match.name().equals(t.ownerProject())) {
                match.altNames().add(t.ownerProject());
            }
            byOwner.put(key, match);
        }
        return out;
    }

    /** Indicators re-pointed at the project resource they were matched to. */
    static List<Indicator> relink(List<Indicator> indicators, List<Project> projects) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.ownerProject() == null) { out.add(i); continue; }
            Project p = matched(projects, i.ownerUnit(), i.ownerProject());
            out.add(p == null ? i : i.withOwner(p.name(), p.unit()));
        }
        return out;
    }

    /** Target tables re-pointed at the project resource they were matched to. */
    static List<TargetTable> relinkTables(List<TargetTable> tables, List<Project> projects) {
        List<TargetTable> out = new ArrayList<>();
        for (TargetTable t : tables) {
            Project p = t.ownerProject() == null ? null : matched(projects, t.ownerUnit(), t.ownerProject());
            out.add(p == null ? t : t.withProject(p.name(), p.unit()));
        }
        return out;
    }

    /**
     * A project budgeted under another unit of the same document (表7 lists it under 本级, the unit that carries it
     * out prints the target table): only with the same amount and a name that shares most of its characters, and
     * only when exactly one project qualifies.
     */
    private static Project elsewhere(List<Project> projects, TargetTable t, Map<String, BigDecimal> table7) {
        Project found = null;
        for (Project p : projects) {
            if (p.unit().equals(t.ownerUnit())) continue;
            BigDecimal a = p.plannedAmount() != null ? p.plannedAmount() : table7.get(p.unit() + "|" + p.name());
            if (a == null || a.compareTo(t.total()) != 0 || similarity(p.name(), t.ownerProject()) < 0.75) continue;
            if (found != null) return null;
            found = p;
        }
        return found;
    }

    /** The project a printed (unit, name) was matched to: by name, by alias in the unit, else by a unique alias elsewhere. */
    private static Project matched(List<Project> projects, String unit, String name) {
        Project p = find(projects, unit, name);
        if (p != null) return p;
        for (Project q : projects) if (q.unit().equals(unit) && q.altNames().contains(name)) return q;
        List<Project> elsewhere = projects.stream().filter(q -> q.altNames().contains(name)).toList();
        return elsewhere.size() == 1 ? elsewhere.get(0) : null;
    }

    private static Project find(List<Project> projects, String unit, String name) {
        for (Project p : projects) if (p.unit().equals(unit) && p.name().equals(name)) return p;
        return null;
    }

    private static Project best(List<Project> projects, String unit, String name, BigDecimal amount,
                                Map<String, BigDecimal> table7, Project self) {
        Project best = null;
        double bestScore = 0;
        for (Project p : projects) {
            if (p == self || !p.unit().equals(unit)) continue;
            double score = similarity(p.name(), name);
            BigDecimal a = p.plannedAmount() != null ? p.plannedAmount() : table7.get(p.unit() + "|" + p.name());
            if (amount != null && a != null && a.compareTo(amount) == 0) score += 0.5;
            else if (amount != null && a != null) continue; // different money: another project, however alike the names
            if (score > bestScore) { bestScore = score; best = p; }
        }
        return bestScore >= 0.6 ? best : null;
    }

    /** Share of the shorter name's characters found, in order, in the longer one. */
    static double similarity(String a, String b) {
        String s = a.length() <= b.length() ? a : b, l = a.length() <= b.length() ? b : a;
        if (s.isEmpty()) return 0;
        if (l.contains(s)) return 1.0;
        int j = 0, hit = 0;
        for (int i = 0; i < s.length() && j < l.length(); i++) {
            int k = l.indexOf(s.charAt(i), j);
            if (k >= 0) { hit++; j = k + 1; }
        }
        return (double) hit / l.length();
    }

    private static Project merge(Project table7, Project paragraph) {
        LinkedHashSet<String> alt = new LinkedHashSet<>(table7.altNames());
        alt.add(paragraph.name());
        alt.addAll(paragraph.altNames());
        return new Project(table7.name(), table7.unit(), alt, paragraph.plannedAmount(), paragraph.citations(),
                paragraph.allocations(), paragraph.executionPeriod(), paragraph.details(), paragraph.ref());
    }
}

package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.Indicator;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Layout;
import org.budgetkg.model.PolicyCitation;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.TargetTable;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;
import org.budgetkg.model.Unit;

/**
 * The 部门整体绩效目标表 and 项目支出绩效目标表: owner, budget, and indicator rows with 一级/二级 carried down
 * where merged cells print them once, comparator, numeric target and unit (or a text target), and weight.
 */
final class Indicators {
    private static final Pattern COMPARED = Pattern.compile("^(>|<|≥|≤|=|＞|＜|＝)\\s*=?\\s*\\d");
    /** Where a field (指标值, 依据, 上年完成值, 权重 …) comes among those printed after 三级指标, or -1. */
    private static int fieldIndex(List<String> fields, String key) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).contains(key)) return i;
        return -1;
    }

    /** Values printed with TeX markup ({@code $>=92\\%$}) in some renderings. */
    private static String clean(String v) {
        return v.replace("$", "").replace("\\%", "%").strip();
    }

    private static final Pattern VALUE = Pattern.compile("^(>=|<=|≥|≤|>|<|=)?(\\d[\\d,]*(?:\\.\\d+)?)(.*)$");

    /**
     * The weights of one 绩效目标表 share its 100 points (some keep 10 for the execution rate, so they may add up to less):
     * more than 100 is a value read as a weight (the previous year's 300 for 8) or a target table printed twice, and is
     * reported with the indicator printed twice when that is the cause.
     */
    static void checkWeights(List<Indicator> indicators, List<Issue> issues) {
        Map<String, List<Indicator>> byOwner = new LinkedHashMap<>();
        for (Indicator i : indicators) byOwner.computeIfAbsent(i.ownerUnit() + "|" + i.ownerProject(), k -> new ArrayList<>()).add(i);
        for (List<Indicator> table : byOwner.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator i : table) if (i.weight() != null) sum = sum.add(i.weight());
            if (sum.compareTo(BigDecimal.valueOf(100)) <= 0) continue;
            Indicator first = table.get(0);
            String owner = first.ownerProject() == null ? first.ownerUnit() : first.ownerUnit() + " " + first.ownerProject();
            Set<String> seen = new HashSet<>();
            String twice = null;
            for (Indicator i : table) if (!seen.add(i.level2() + "|" + i.name()) && twice == null) twice = i.name();
            issues.add(new Issue(Issue.Severity.WARNING, first.ref(), "绩效目标表 of " + owner + ": the weights add up to "
                    + sum.toPlainString() + ", more than its 100 points"
                    + (twice != null ? " (indicator " + twice + " is read twice: the table is printed more than once)"
                            : " (a value read as a weight?)")));
        }
    }

    /** A 绩效目标表's owner as printed, before it is matched to a project. */
    record Owner(String project, Unit unit, BigDecimal amount, boolean department) {}

    private Indicators() {}

    static List<Indicator> read(List<TextLine> lines, Layout layout, Organizations orgs, Unit entity, List<TargetTable> tables) {
        List<Indicator> out = new ArrayList<>();
        if (layout != Layout.TABULATED) {
            FlowingIndicators.read(lines, orgs, entity, out, tables);
            return out;
        }
        boolean department = false;
        String project = null;
        Unit unit = null;
        BigDecimal amount = null;
        List<String> fields = null;
        Heading heading = null;
        String level1 = null, level2 = null;
        Indicator last = null;
        for (TextLine line : lines) {
            String label = line.label();
            if (label.contains("绩效目标表") && line.text().indexOf('\t') < 0) {
                if (heading != null) tables.add(heading.build(department ? null : project, unit != null ? unit : entity));
                heading = new Heading(line.ref());
                department = label.contains("整体");
                project = null; unit = department ? entity : null; amount = null; fields = null; level1 = level2 = null; last = null;
                continue;
            }
            if (line.text().indexOf('\t') < 0) {
                if (label.startsWith("(五)") || label.startsWith("第四部分")) fields = null;
                continue;
            }
            String[] cells = line.text().split("\t", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = Text.label(cells[i]);
            if (heading != null && fields == null) heading.read(cells);
            String first = firstNonEmpty(cells, 0);
            if (first == null) continue;
            if (first.startsWith("部门名称") || first.equals("预算单位")) {
                String name = firstNonEmpty(cells, indexOf(cells, first) + 1);
                if (name != null) {
                    Unit u = orgs.resolve(name);
                    unit = u != null ? u : orgs.add(name);
                }
                continue;
            }
            int lead = indexOfContaining(cells, "负责人");
            if (first.equals("项目名称") || (lead > 0 && fields == null)) {
                // the project's name is the cell before 项目负责人 (its label may be wrapped onto other lines)
                String before = null;
                for (int i = (lead > 0 ? lead : cells.length) - 1; i >= 0; i--) if (!cells[i].isEmpty()) { before = cells[i]; break; }
                project = before != null && !before.equals("项目名称") ? before : firstNonEmpty(cells, indexOf(cells, first) + 1);
                continue;
            }
            if (fields == null && !department && Arrays.stream(cells).filter(x -> !x.isEmpty()).count() == 1) {
                Unit u = orgs.resolve(first);
                if (u != null) { unit = u; continue; }
            }
            if (first.startsWith("项目资金") || first.startsWith("年度预算")) {
                for (int i = 0; i < cells.length - 1; i++) {
                    if (cells[i].contains("年度预算总额") || cells[i].startsWith("合计")) {
                        String v = firstNonEmpty(cells, i + 1);
                        if (v != null && Text.amount(v) != null && amount == null) amount = Text.amount(v);
                    }
                }
                continue;
            }
            if (first.startsWith("合计") && department) {
                String v = firstNonEmpty(cells, indexOf(cells, first) + 1);
                if (v != null && Text.amount(v) != null) amount = Text.amount(v);
                continue;
            }
            if (indexOf(cells, "一级指标") >= 0) {
                // the fields printed after 三级指标, in order: their order is kept even where cells merge or shift
                List<String> after = new ArrayList<>();
                for (int i = indexOf(cells, "三级指标") + 1; i < cells.length; i++) if (!cells[i].isEmpty()) after.add(cells[i]);
                fields = after;
                level1 = level2 = null;
                continue;
            }
            if (fields == null || (unit == null && project == null)) continue;
            List<String> c = new ArrayList<>();
            for (String cell : cells) if (!cell.isEmpty()) c.add(cell);
            int vi = -1;
            for (int i = 1; i < c.size(); i++) if (COMPARED.matcher(clean(c.get(i))).find()) { vi = i; break; }
            if (vi < 0) vi = c.size() - fields.size();
            if (vi < 1 || vi >= c.size()) continue;
            String name = c.get(vi - 1);
            String value = clean(c.get(vi)).replaceAll("\\s+", "");
            List<String> levels = c.subList(0, vi - 1);
            if (levels.size() >= 2) { level1 = levels.get(levels.size() - 2); level2 = levels.get(levels.size() - 1); }
            else if (levels.size() == 1) level2 = levels.get(0);
            int weightAt = vi + fieldIndex(fields, "权重");
            BigDecimal w = null;
            if (fieldIndex(fields, "权重") > 0 && weightAt < c.size() && c.get(weightAt).matches("\\d+(\\.\\d+)?")) w = new BigDecimal(c.get(weightAt));
            else {
                // the weight not where the header puts it (a previous value printed apart from its unit: 300 | 人 | 8): the
                // last number before the scoring rule, which follows the weight; the previous value comes before it
                for (int i = vi + 1; i < c.size() && !c.get(i).contains("赋分"); i++) {
                    if (c.get(i).matches("\\d+(\\.\\d+)?")) { w = new BigDecimal(c.get(i)); weightAt = i; }
                }
            }
            String basisText = fieldIndex(fields, "依据") > 0 && vi + fieldIndex(fields, "依据") < c.size() ? c.get(vi + fieldIndex(fields, "依据")) : null;
            String previous = fieldIndex(fields, "上年完成值") > 0 && vi + fieldIndex(fields, "上年完成值") < c.size() ? c.get(vi + fieldIndex(fields, "上年完成值")) : null;
            if (w == null && last != null) {
                // a row that wraps mid-name and mid-value continues the indicator above
                out.set(out.size() - 1, build(last.ownerProject(), orgs.exact(last.ownerUnit()), last.level1(), last.level2(),
                        last.name() + name, rawValue(last) + value, last.weight(), last.basis(), last.previousValue(),
                        last.scoringRule(), last.evidence(), last.ref()));
                last = out.get(out.size() - 1);
                continue;
            }
            if (w == null) continue;
            Unit owner = unit != null ? unit : entity;
            String rule = fieldIndex(fields, "赋分") > 0 && vi + fieldIndex(fields, "赋分") < c.size() ? c.get(vi + fieldIndex(fields, "赋分")) : null;
            String evidence = fieldIndex(fields, "佐证") > 0 && vi + fieldIndex(fields, "佐证") < c.size() ? c.get(vi + fieldIndex(fields, "佐证")) : null;
            Indicator ind = build(department ? null : project, owner, level1, level2, name, value, w,
                    basisText, previous, rule, evidence, line.ref());
            out.add(ind);
            last = ind;
        }
        if (heading != null) tables.add(heading.build(department ? null : project, unit != null ? unit : entity));
        return out;
    }

    /** What a 绩效目标表 prints above its indicator rows. */
    private static final class Heading {
        final SourceRef ref;
        String lead, goal;
        BigDecimal total, fiscal, other;

        Heading(SourceRef ref) { this.ref = ref; }

        void read(String[] cells) {
            for (int i = 0; i < cells.length; i++) {
                String c = cells[i];
                String next = firstNonEmpty(cells, i + 1);
                if (next == null) continue;
                if (c.contains("负责人") || c.equals("部门联系人")) lead = next;
                else if (c.contains("总体目标") || c.equals("年度绩效目标")) goal = next;
                else if (c.contains("年度预算总额") || c.equals("合计:") || c.equals("合计")) total = amountOr(total, next);
                else if (c.contains("财政拨款")) fiscal = amountOr(fiscal, next);
                else if (c.equals("其他资金")) other = amountOr(other, next);
            }
        }

        private static BigDecimal amountOr(BigDecimal current, String text) {
            BigDecimal a = Text.amount(text);
            return a != null ? a : current;
        }

        TargetTable build(String project, Unit unit) {
            return new TargetTable(project, unit.name(), lead, total, fiscal, other, goal, ref);
        }
    }

    private static String rawValue(Indicator i) {
        if (i.targetText() != null) return i.targetText();
        return (i.comparator() == null ? "" : i.comparator()) + i.targetValue().toPlainString() + (i.targetUnit() == null ? "" : i.targetUnit());
    }

    private static Indicator build(String project, Unit owner, String l1, String l2, String name, String value, BigDecimal weight,
                                   String basis, String previous, String rule, String evidence, SourceRef ref) {
        String v = value.replace("≥", ">=").replace("≤", "<=").replace("＞", ">").replace("＜", "<").replace("＝", "=");
        Matcher m = VALUE.matcher(v);
        String comparator = null, unitText = null, text = null;
        BigDecimal target = null;
        if (m.matches()) {
            comparator = m.group(1) == null ? "=" : m.group(1);
            target = new BigDecimal(m.group(2).replace(",", ""));
            unitText = m.group(3).isEmpty() ? null : m.group(3);
        } else {
            text = value;
        }
        PolicyCitation basisDoc = null;
        if (basis != null && !basis.isEmpty()) {
            List<PolicyCitation> found = Citations.find(basis, i -> ref);
            if (!found.isEmpty()) basisDoc = found.get(0);
        }
        return new Indicator(project, owner.name(), l1, l2, name, comparator, target, unitText, text, weight,
                basis == null || basis.isEmpty() ? null : basis, basisDoc, previous == null || previous.isEmpty() ? null : previous,
                rule, evidence, ref);
    }


    private static String firstNonEmpty(String[] cells, int from) {
        for (int i = Math.max(0, from); i < cells.length; i++) if (!cells[i].isEmpty()) return cells[i];
        return null;
    }

    private static int indexOf(String[] cells, String v) {
        for (int i = 0; i < cells.length; i++) if (cells[i].equals(v)) return i;
        return -1;
    }


    private static int indexOfContaining(String[] cells, String v) {
        for (int i = 0; i < cells.length; i++) if (cells[i].contains(v)) return i;
        return -1;
    }
}

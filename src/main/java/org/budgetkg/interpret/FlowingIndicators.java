package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.Indicator;
import org.budgetkg.model.PolicyCitation;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.TargetTable;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;
import org.budgetkg.model.Unit;

/**
 * 绩效目标表 in flowing text, where a row's cells come as words over several lines and a value may be split
 * ({@code ＞} / {@code =229} / {@code 人}). Each indicator is found from its value (a comparator and a number):
 * the words before it are the indicator's name (back to a level or evidence word), the words after it the
 * basis, the previous year's value when the header prints that column, and the weight.
 */
final class FlowingIndicators {
    private static final Pattern COMPARATOR_START = Pattern.compile("^(>=|<=|≥|≤|>|<|=)");
    private static final Pattern VALUE = Pattern.compile("^(>=|<=|≥|≤|>|<|=)(\\d[\\d,]*(?:\\.\\d+)?)(.*)$");
    private static final Pattern INTEGER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern LEVEL = Pattern.compile("^(?:产出|成本|效益|满意度|数量|质量|时效|经济|社会|生态|可持续影响|服务对象|履职效能|管理效率|"
            + "运行成本|社会效应|效益指标|指标|一级|二级|三级)+(?:指标)?$");
    private static final Pattern EVIDENCE = Pattern.compile(".*(资料|凭证|材料|报告|记录|台账|文件)[,，、]?.*|^凭证$|^资料$");
    private static final Pattern TEXT_TARGET = Pattern.compile("^(有效|显著|逐步|明显|持续|稳步|不断|全面|大幅|进一步)?(提升|提高|促进|保障|改善|增强|达标|合格|满意|完成|达到|优良|良好|降低|减少)[\\p{IsHan}]{0,6}$");
    private static final Pattern UNIT_LINE = Pattern.compile("^(?:预算单位|部门名称(?:\\(盖章\\))?)\\s*(\\S.*)$");
    private static final Pattern PROJECT_LINE = Pattern.compile("^项目名称\\s*(.+?)\\s*项目负责人\\s*(\\S*)$");
    private static final Pattern BUDGET_LINE = Pattern.compile("年度预算总额\\s*([\\d,]+\\.\\d+)");
    private static final Pattern RULE = Pattern.compile("^(按|满意度|直接|根据).*");

    private FlowingIndicators() {}

    static void read(List<TextLine> lines, Organizations orgs, Unit entity, List<Indicator> out, List<TargetTable> tables) {
        int i = 0;
        while (i < lines.size()) {
            String label = lines.get(i).label();
            if (!label.endsWith("绩效目标表")) { i++; continue; }
            boolean department = label.contains("整体");
            SourceRef ref = lines.get(i).ref();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).label().endsWith("绩效目标表")
                    && !lines.get(end).label().startsWith("第四部分")) end++;
            table(lines.subList(i + 1, end), department, ref, orgs, entity, out, tables);
            i = end;
        }
    }

    private record Word(String text, SourceRef ref) {}

    private static void table(List<TextLine> block, boolean department, SourceRef ref, Organizations orgs, Unit entity,
                              List<Indicator> out, List<TargetTable> tables) {
        Unit unit = department ? entity : null;
        String project = null, lead = null;
        BigDecimal total = null;
        List<Word> words = new ArrayList<>();
        boolean rows = false, previousColumn = false;
        StringBuilder wrappedName = null;
        for (TextLine l : block) {
            String s = l.label();
            if (!rows) {
                Matcher m;
                if (wrappedName != null) {
                    // 项目名称 on a line of its own: the name wraps over the lines up to 项目负责人
                    if (s.startsWith("项目负责人")) {
                        project = wrappedName.toString();
                        lead = s.replaceFirst("^项目负责人\\s*", "");
                        wrappedName = null;
                    } else {
                        wrappedName.append(s);
                    }
                    continue;
                }
                if (s.equals("项目名称")) { wrappedName = new StringBuilder(); continue; }
                if ((m = UNIT_LINE.matcher(s)).matches()) {
                    Unit u = orgs.resolve(m.group(1));
                    if (u != null) unit = u;
                } else if ((m = PROJECT_LINE.matcher(s)).matches()) {
                    project = Text.label(m.group(1));
                    lead = m.group(2).isEmpty() ? null : m.group(2);
                } else if ((m = BUDGET_LINE.matcher(s)).find()) {
                    total = Text.amount(m.group(1));
                }
                if (s.contains("佐证资料") || s.contains("分值权重") || (department && s.endsWith("权重"))) {
                    rows = true;
                    previousColumn = block.stream().anyMatch(x -> x.label().contains("上年"));
                }
                continue;
            }
            for (String w : Text.nfkc(l.text()).strip().split("\\s+")) if (!w.isEmpty()) words.add(new Word(Text.label(w), l.ref()));
        }
        if (unit == null) unit = entity;
        tables.add(new TargetTable(department ? null : project, unit.name(), lead, total, null, null, null, ref));
        int consumed = 0;
        String level1 = null, level2 = null;
        for (int k = 0; k < words.size(); k++) {
            int[] value = value(words, k);
            boolean textTarget = false;
            if (value == null && k > consumed) {
                // a target in words (有效促进, sometimes wrapped as 有效 / 促进), followed by its basis
                for (int span = 1; span <= 2 && value == null && k + span < words.size(); span++) {
                    if (TEXT_TARGET.matcher(join(words, k, k + span)).matches() && words.get(k + span).text().endsWith("标准")) {
                        value = new int[] {k + span};
                        textTarget = true;
                    }
                }
            }
            if (value == null) continue;
            // the name: words before the value, back to a level, rule or evidence word, or the last row
            List<String> name = new ArrayList<>();
            int b = k - 1;
            for (; b >= consumed && name.size() < 4; b--) {
                String w = words.get(b).text();
                if (LEVEL.matcher(w).matches() || EVIDENCE.matcher(w).matches() || RULE.matcher(w).matches() || w.endsWith("分")) break;
                name.add(0, w);
            }
            if (name.isEmpty()) continue;
            // the level cells printed just before the name (产出 / 指标 / 数量 / 指标): a new 一级 and/or 二级
            StringBuilder levelText = new StringBuilder();
            for (int lv = b; lv >= consumed && LEVEL.matcher(words.get(lv).text()).matches(); lv--) levelText.insert(0, words.get(lv).text());
            List<String> levels = levels(levelText.toString());
            if (levels.size() >= 2) { level1 = levels.get(levels.size() - 2); level2 = levels.get(levels.size() - 1); }
            else if (levels.size() == 1) level2 = levels.get(0);
            String valueText = join(words, k, value[0]);
            int next = value[0];
            StringBuilder basis = new StringBuilder();
            while (next < words.size() && !INTEGER.matcher(words.get(next).text()).matches() && basis.length() < 60
                    && !(previousColumn && looksLikeValue(words.get(next).text()) && basis.length() > 0)) {
                basis.append(words.get(next).text());
                next++;
            }
            String previous = null;
            if (previousColumn && next < words.size() && looksLikeValue(words.get(next).text())) {
                // the previous year's value, unless this integer is already the weight (no previous value printed)
                boolean weightFollows = (next + 1 < words.size() && INTEGER.matcher(words.get(next + 1).text()).matches())
                        || (next + 2 < words.size() && shortUnit(words.get(next + 1).text()) && INTEGER.matcher(words.get(next + 2).text()).matches());
                if (!INTEGER.matcher(words.get(next).text()).matches() || weightFollows) {
                    previous = words.get(next).text();
                    next++;
                    if (wrappedDecimal(words, previous, next) > next) previous += words.get(next++).text();
                    // a unit printed apart from it (200 / 张), in one word or two (万 / 元)
                    for (int units = 0; units < 2 && next + 1 < words.size() && shortUnit(words.get(next).text()); units++) {
                        boolean weightAfter = INTEGER.matcher(words.get(next + 1).text()).matches();
                        boolean oneMore = next + 2 < words.size() && shortUnit(words.get(next + 1).text())
                                && INTEGER.matcher(words.get(next + 2).text()).matches();
                        if (!weightAfter && !(units == 0 && oneMore)) break;
                        previous += words.get(next).text();
                        next++;
                    }
                }
            }
            if (next >= words.size() || !INTEGER.matcher(words.get(next).text()).matches()) continue;
            BigDecimal weight = new BigDecimal(words.get(next).text());
            if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0) continue; // not a weight: the row is not understood
            Matcher v = VALUE.matcher(valueText.replace("＞", ">").replace("＜", "<").replace("≥", ">=").replace("≤", "<="));
            if (!textTarget && !v.matches()) continue;
            String basisText = basis.length() == 0 ? null : basis.toString();
            PolicyCitation basisDoc = null;
            if (basisText != null) {
                SourceRef at = words.get(k).ref();
                List<PolicyCitation> found = Citations.find(basisText, x -> at);
                if (!found.isEmpty()) basisDoc = found.get(0);
            }
            Matcher prefixed = LEVEL_PREFIX.matcher(String.join("", name));
            String indicatorName = String.join("", name);
            if (prefixed.matches()) {
                // a level printed on the name's own line (满意度指标 保健对象的满意度)
                indicatorName = prefixed.group(2);
                List<String> more = levels(prefixed.group(1));
                level2 = more.get(more.size() - 1);
                if (more.size() >= 2) level1 = more.get(more.size() - 2);
                else if (level2.equals("满意度指标")) level1 = level2;
            }
            out.add(textTarget
                    ? new Indicator(department ? null : project, unit.name(), level1, level2, indicatorName, null, null, null, valueText,
                            weight, basisText, basisDoc, previous, null, null, words.get(k).ref())
                    : new Indicator(department ? null : project, unit.name(), level1, level2, indicatorName, v.group(1),
                            new BigDecimal(v.group(2).replace(",", "")), v.group(3).isEmpty() ? null : v.group(3), null, weight,
                            basisText, basisDoc, previous, null, null, words.get(k).ref()));
            consumed = next + 1;
            k = next;
        }
    }

    private static final Pattern LEVEL_PREFIX = Pattern.compile("^((?:产出|成本|效益|满意度|数量|质量|时效|经济|社会|生态)+指标)(.+)$");
    private static final Pattern FIRST_LEVEL = Pattern.compile("^(履职效能|管理效率|运行成本|社会效应)(.*)$");

    /** Level names from their printed pieces: 产出指标数量指标 → [产出指标, 数量指标]; 履职效能数量指标 → [履职效能, 数量指标]. */
    static List<String> levels(String joined) {
        List<String> out = new ArrayList<>();
        String rest = joined.replaceAll("^(一级|二级|三级)+", "");
        Matcher f = FIRST_LEVEL.matcher(rest);
        if (f.matches()) { out.add(f.group(1)); rest = f.group(2); }
        for (String part : rest.split("(?<=指标)")) if (!part.isEmpty() && !part.equals("指标")) out.add(part);
        return out;
    }

    /** The value starting at word k (a comparator, possibly alone, then the number, then a short unit): its end, or null. */
    private static int[] value(List<Word> words, int k) {
        String w = words.get(k).text().replace("＞", ">").replace("＜", "<").replace("≥", ">=").replace("≤", "<=");
        if (!COMPARATOR_START.matcher(w).find()) return null;
        StringBuilder sb = new StringBuilder(w);
        int j = k + 1;
        while (j < words.size() && !VALUE.matcher(sb.toString()).matches() && sb.length() < 6) sb.append(words.get(j++).text());
        if (wrappedDecimal(words, sb.toString(), j) > j) sb.append(words.get(j++).text());
        Matcher m = VALUE.matcher(sb.toString());
        if (!m.matches()) return null;
        // a unit printed as the next word (万人, 人, %, 元/人)
        if (m.group(3).isEmpty() && j < words.size()) {
            String unit = words.get(j).text();
            if (unit.length() <= 5 && !unit.endsWith("标准") && !INTEGER.matcher(unit).matches() && !unit.matches("^[\\d.]+.*")) j++;
        }
        return new int[] {j};
    }

    /**
     * A decimal wrapped at its point (=131. / 88 万元, 8080. / 71 万 / 元): the index after the word its digits go on in,
     * else {@code at}. Not when a bare integer follows that word: the digits are then the weight's neighbour, not cents.
     */
    private static int wrappedDecimal(List<Word> words, String text, int at) {
        if (!text.endsWith(".") || at >= words.size() || !words.get(at).text().matches("\\d+.*")) return at;
        boolean weightNext = at + 1 < words.size() && INTEGER.matcher(words.get(at + 1).text()).matches();
        return weightNext ? at : at + 1;
    }

    private static boolean shortUnit(String w) {
        return w.length() <= 4 && !INTEGER.matcher(w).matches() && !RULE.matcher(w).matches() && !w.matches("^[\\d.].*");
    }

    private static boolean looksLikeValue(String w) {
        return w.matches("^[-/]$|^[\\d.,]+%?.*|^有效.*|^达到.*|^良好.*|^优.*");
    }

    private static String join(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.append(words.get(i).text());
        return sb.toString();
    }
}

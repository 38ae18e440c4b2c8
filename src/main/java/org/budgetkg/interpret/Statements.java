package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.AssetHolding;
import org.budgetkg.model.Fact;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.YearOnYearChange;

/**
 * The statements of 第三部分 beyond projects: year-on-year changes with their reasons (by 类/款/项 or by item),
 * the state assets a department holds, and 机关运行经费.
 */
final class Statements {
    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";
    /** What follows 比上年: the change, its rate and the reason. */
    private static final Pattern CHANGE = Pattern.compile("比上年(?:预算)?(增加|减少)" + NUM + "万元[,，](?:增长|下降)" + NUM
            + "%[,，]?(?:主要(?:原因)?是)?([^。]*)");
    /** What precedes it when a functional code is meant: 教育支出(类)职业教育(款)技校教育(项):2026年预算数为X万元, */
    private static final Pattern BY_CODE = Pattern.compile("((?:[\\p{IsHan}“”]+\\((?:类|款|项)\\))+)[:：]\\d{4}年预算数为" + NUM + "万元[,，]$");
    /** … or an item: 一般公共预算 57,150.22 万元，占 95.52%， */
    private static final Pattern BY_ITEM = Pattern.compile("([\\p{IsHan}“”\"]{2,24})" + NUM + "万元[,，](?:占" + NUM + "%[,，])?$");
    private static final int LOOK_BACK = 240;
    private static final Pattern LEVEL = Pattern.compile("([\\p{IsHan}“”]+)\\((类|款|项)\\)");
    private static final Pattern OPERATING_COST = Pattern.compile("(?:机关|事业单位)?运行经费财政拨款预算" + NUM + "万元");

    private Statements() {}

    /** Found from each 比上年, looking back a bounded way for what changed (so the scan stays linear). */
    static List<YearOnYearChange> changes(JoinedText t, Map<String, String> codeNames) {
        List<YearOnYearChange> out = new ArrayList<>();
        Matcher change = CHANGE.matcher(t.text);
        for (int at = t.text.indexOf("比上年"); at >= 0; at = t.text.indexOf("比上年", at + 3)) {
            change.region(at, t.text.length());
            if (!change.lookingAt()) continue;
            int from = Math.max(0, at - LOOK_BACK);
            String head = t.text.substring(from, at);
            BigDecimal delta = signed(change.group(1), change.group(2));
            BigDecimal rate = signed(change.group(1), change.group(3));
            String reason = reason(change.group(4));
            // neither pattern runs across a sentence's end, so the search starts after the last one: tried from every
            // start of the 240 characters, their runs of names cost more than the rest of the reading of changes
            int sentence = Math.max(head.lastIndexOf('。'), Math.max(head.lastIndexOf('；'), head.lastIndexOf(';'))) + 1;
            Matcher c = BY_CODE.matcher(head).region(sentence, head.length());
            if (c.find()) {
                String subject = levels(c.group(1));
                out.add(new YearOnYearChange(subject, code(subject, codeNames), amount(c.group(2)), delta, rate, reason, t.refAt(from + c.start())));
                continue;
            }
            Matcher i = BY_ITEM.matcher(head).region(sentence, head.length());
            if (i.find()) {
                String subject = i.group(1).replaceFirst("^(其中|包括|全部为|收入预算|支出预算|年的|年)", "");
                if (subject.length() < 2) continue;
                out.add(new YearOnYearChange(subject, null, amount(i.group(2)), delta, rate, reason, t.refAt(from + i.start())));
            }
        }
        return out;
    }

    /** The 类/款/项 part of a subject, without the numbering or heading printed before it. */
    private static String levels(String subject) {
        StringBuilder sb = new StringBuilder();
        Matcher l = LEVEL.matcher(subject);
        while (l.find()) sb.append(l.group(1)).append('(').append(l.group(2)).append(')');
        return sb.length() == 0 ? subject : sb.toString();
    }

    /** The code whose 类, 款 and 项 names are the ones printed; as deep as the names can be followed. */
    static String code(String subject, Map<String, String> names) {
        Matcher l = LEVEL.matcher(subject);
        String code = "";
        while (l.find()) {
            String name = l.group(1);
            String found = null;
            for (Map.Entry<String, String> e : names.entrySet()) {
                String c = e.getKey();
                if (c.length() == code.length() + (code.isEmpty() ? 3 : 2) && c.startsWith(code) && e.getValue().equals(name)) {
                    found = c;
                    break;
                }
            }
            if (found == null) break;
            code = found;
        }
        return code.isEmpty() ? null : code;
    }

    private static String reason(String s) {
        String r = s.strip();
        return r.isEmpty() ? null : r;
    }

    private static BigDecimal amount(String s) { return new BigDecimal(s.replace(",", "")); }

    private static BigDecimal signed(String direction, String s) {
        BigDecimal v = amount(s);
        return direction.equals("减少") ? v.negate() : v;
    }

    private static final Pattern AREA = Pattern.compile("房屋" + NUM + "平方米[,，]价值" + NUM + "万元");
    private static final Pattern VEHICLES = Pattern.compile("([\\p{IsHan}]{0,8}(?:车辆|用车))" + "(\\d+)辆[,，]价值" + NUM + "万元");
    private static final Pattern VALUE_ONLY = Pattern.compile("(办公家具|其他资产|土地|无形资产)价值" + NUM + "万元");
    private static final Pattern EQUIPMENT = Pattern.compile("(单价" + NUM + "万元以上大型设备)" + NUM + "台");

    /** The holdings of 国有资产占用使用情况 (up to the sentence about this year's purchases). */
    static List<AssetHolding> assets(JoinedText t) {
        List<AssetHolding> out = new ArrayList<>();
        int start = t.text.indexOf("国有资产占用");
        if (start < 0) return out;
        int end = t.text.indexOf("预算未安排购置", start);
        int next = t.text.indexOf("预算绩效", start);
        if (end < 0 || (next >= 0 && next < end)) end = next >= 0 ? next : t.text.length();
        String s = t.text.substring(start, end);
        Matcher a = AREA.matcher(s);
        if (a.find()) out.add(new AssetHolding("房屋", amount(a.group(1)), "平方米", amount(a.group(2)), t.refAt(start + a.start())));
        Matcher v = VEHICLES.matcher(s);
        while (v.find()) {
            String kind = v.group(1).replaceFirst("^(其中|和|及)", "");
            out.add(new AssetHolding(kind.isEmpty() ? "车辆" : kind, amount(v.group(2)), "辆", amount(v.group(3)), t.refAt(start + v.start())));
        }
        Matcher o = VALUE_ONLY.matcher(s);
        while (o.find()) out.add(new AssetHolding(o.group(1), null, null, amount(o.group(2)), t.refAt(start + o.start())));
        Matcher e = EQUIPMENT.matcher(s);
        while (e.find()) out.add(new AssetHolding(e.group(1), amount(e.group(3)), "台", null, t.refAt(start + e.start())));
        return out;
    }

    static List<Fact> operatingCost(JoinedText t) {
        Matcher m = OPERATING_COST.matcher(t.text);
        List<Fact> out = new ArrayList<>();
        if (m.find()) out.add(Fact.of(TableKind.UNKNOWN, amount(m.group(1)), t.refAt(m.start())).expenseItem("OperatingCostOfOrgans").build());
        return out;
    }
}

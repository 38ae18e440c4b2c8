package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.Allocation;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;
import org.budgetkg.model.PolicyCitation;
import org.budgetkg.model.Project;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.Unit;

/** 第三部分's prose: project paragraphs (with citations and allocations) and the procurement figures. */
final class Narrative {
    private static final Pattern FIELD = Pattern.compile(
            "(项目名称|设立的政策依据|设立依据|立项依据|政策依据|预算安排规模|资金规模|项目承担单位|项目实施单位|实施单位|资金分配情况|"
            + "资金执行时间|项目执行时间|资金来源|补贴人数|补贴标准|补贴范围)[:：]");
    private static final Pattern BLOCK_END = Pattern.compile(
            "[一二三四五六七八九十]+、关于|绩效目标表|[(（][一二三四五六七八九十]+[)）](?!项目名称)(?=其他|单位运行|政府采购|国有资产|预算绩效)");
    private static final Pattern TRAILING_NUMBERING = Pattern.compile("(?:[(（][一二三四五六七八九十]+[)）]|\\d+[.、])$");
    private static final Pattern ALLOCATION = Pattern.compile("([^，,、；;：:()。\\d]{2,30}?)(\\d[\\d,]*(?:\\.\\d+)?)万元?");
    private static final Pattern REGION = Pattern.compile(".*(市|州|地区|县|区|盟|旗|师|兵团|镇|乡|街道)(本级)?$");
    private static final Pattern NOT_A_RECIPIENT = Pattern.compile("共计|合计|总计|总额|项目|其中|资金|预算");

    private Narrative() {}

    static List<Project> projects(JoinedText t, Organizations orgs, Unit entity, Consumer<Issue> issues) {
        List<Project> out = new ArrayList<>();
        String s = t.text;
        List<Integer> starts = new ArrayList<>();
        Matcher m = Pattern.compile("项目名称[:：]").matcher(s);
        while (m.find()) starts.add(m.start());
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : s.length();
            Matcher end = BLOCK_END.matcher(s);
            end.region(from, to);
            if (end.find()) to = end.start();
            String block = s.substring(from, to);
            List<int[]> fields = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher f = FIELD.matcher(block);
            while (f.find()) { fields.add(new int[] {f.start(), f.end()}); names.add(f.group(1)); }
            String name = null, unitText = null, period = null;
            BigDecimal planned = null;
            List<PolicyCitation> citations = new ArrayList<>();
            List<Allocation> allocations = new ArrayList<>();
            java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
            for (int k = 0; k < fields.size(); k++) {
                int vs = fields.get(k)[1];
                int ve = k + 1 < fields.size() ? fields.get(k + 1)[0] : block.length();
                String value = TRAILING_NUMBERING.matcher(block.substring(vs, ve).strip()).replaceAll("").strip();
                switch (names.get(k)) {
                    case "项目名称" -> name = value.replaceAll("[。;；]$", "");
                    case "设立的政策依据", "设立依据", "立项依据", "政策依据" -> citations.addAll(Citations.find(value, off -> t.refAt(from + vs + off)));
                    case "预算安排规模", "资金规模" -> planned = firstAmount(value);
                    case "项目承担单位", "项目实施单位", "实施单位" -> unitText = value.replaceAll("[。;；]$", "");
                    case "资金分配情况" -> allocations.addAll(allocations(t, from + vs, from + ve));
                    case "资金执行时间", "项目执行时间" -> period = value.length() > 60 ? value.substring(0, 60) : value;
                    default -> details.put(names.get(k), value);
                }
            }
            if (name == null || name.isEmpty()) continue;
            Unit unit = entity;
            if (unitText != null && !unitText.isEmpty()) {
                Unit u = orgs.resolve(unitText);
                if (u == null) {
                    issues.accept(new Issue(Issue.Severity.WARNING, t.refAt(from), "项目承担单位 \"" + unitText
                            + "\" of project " + name + " is not a unit of this document; kept as printed"));
                    u = orgs.add(unitText);
                }
                unit = u;
            }
            out.add(new Project(name, unit.name(), new LinkedHashSet<>(), planned, citations, allocations, period, details, t.refAt(from)));
        }
        return out;
    }

    private static final Pattern AMOUNT_WAN = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)万元?");

    /** The first amount in 万元 a field prints (预算安排规模：844.00 万元). */
    static BigDecimal firstAmount(String s) {
        Matcher m = AMOUNT_WAN.matcher(s.replace(" ", ""));
        return m.find() ? new BigDecimal(m.group(1).replace(",", "")) : null;
    }

    static List<Allocation> allocations(JoinedText t, int from, int to) {
        List<Allocation> out = new ArrayList<>();
        String s = t.text.substring(from, to);
        Matcher m = ALLOCATION.matcher(s);
        while (m.find()) {
            String recipient = m.group(1).replaceFirst("^(其中|包括|主要用于|用于|为|和|及)", "").strip();
            if (recipient.length() < 2 || NOT_A_RECIPIENT.matcher(recipient).find()) continue;
            out.add(new Allocation(recipient, new BigDecimal(m.group(2).replace(",", "")),
                    REGION.matcher(recipient).matches(), t.refAt(from + m.start())));
        }
        return out;
    }

    private static final Pattern[] PROCUREMENT = {
        Pattern.compile("政府采购预算(?:总额|金额)?(?:共|合计)?[为:：]?(\\d[\\d,]*(?:\\.\\d+)?)万元"),
        Pattern.compile("采购货物(?:类)?预算(?:共|为)?[:：]?(\\d[\\d,]*(?:\\.\\d+)?)万元"),
        Pattern.compile("采购工程(?:类)?预算(?:共|为)?[:：]?(\\d[\\d,]*(?:\\.\\d+)?)万元"),
        Pattern.compile("采购服务(?:类)?预算(?:共|为)?[:：]?(\\d[\\d,]*(?:\\.\\d+)?)万元"),
        Pattern.compile("面向中小企业预留政府采购项目预算金额[为:：]?(\\d[\\d,]*(?:\\.\\d+)?)万元"),
    };
    private static final String[] PROCUREMENT_CATEGORY = {"ProcurementTotal", "Goods", "Works", "Services", "SmeReserved"};

    static List<Fact> procurement(JoinedText t) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < PROCUREMENT.length; i++) {
            Matcher m = PROCUREMENT[i].matcher(t.text);
            if (m.find()) {
                // a figure a sentence states: its source is the narrative, not a table of unknown kind
                out.add(Fact.of(TableKind.NARRATIVE, new BigDecimal(m.group(1).replace(",", "")), t.refAt(m.start()))
                        .procurement(PROCUREMENT_CATEGORY[i]).build());
            }
        }
        return out;
    }
}

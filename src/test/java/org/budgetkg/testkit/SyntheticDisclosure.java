package org.budgetkg.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates a complete, arithmetically consistent disclosure (表1–表8, 表10, project paragraphs) from a seed,
 * printed either tab-separated (empty cells kept) or as flowing text (empty cells lost, names wrapped, tables
 * broken across pages with repeated headers). The expected cells are known, so tests compare the whole cube.
 */
public final class SyntheticDisclosure {
    public enum Style { TABULATED, FLOWING }

    /** A cell the conversion must produce: table, code ("-" for 总计), column and amount. */
    public record Cell(String table, String code, String column, BigDecimal amount) {}

    /** A project line of 表7. */
    public record ProjectLine(String unit, String code, String name, BigDecimal amount, String policyNumber) {}

    static final String[][] FUNCTIONAL = {
        {"208", "社会保障和就业支出"}, {"20801", "人力资源和社会保障管理事务"}, {"2080101", "行政运行"},
        {"2080109", "社会保险经办机构"}, {"2080199", "其他人力资源和社会保障管理事务支出"},
        {"20805", "行政事业单位养老支出"}, {"2080505", "机关事业单位基本养老保险缴费支出"},
        {"210", "卫生健康支出"}, {"21011", "行政事业单位医疗"}, {"2101101", "行政单位医疗"}, {"2101103", "公务员医疗补助"},
        {"221", "住房保障支出"}, {"22102", "住房改革支出"}, {"2210201", "住房公积金"}};
    static final String[][] ECONOMIC = {
        {"301", "工资福利支出", "P"}, {"30101", "基本工资", "P"}, {"30102", "津贴补贴", "P"}, {"30113", "住房公积金", "P"},
        {"302", "商品和服务支出", "O"}, {"30201", "办公费", "O"}, {"30211", "差旅费", "O"}, {"30231", "公务用车运行维护费", "O"},
        {"303", "对个人和家庭的补助", "P"}, {"30302", "退休费", "P"}};
    public static final String SHARED_POLICY = "新人社发〔2018〕51号";
    static final String[] PROJECT_LEAVES = {"2080109", "2080199"};

    public final String entity;
    public final String unit;
    public final String year;
    public final Style style;
    private final Random random;
    /** Per 项 code: basic and project from 一般公共预算, project from 单位资金. */
    final Map<String, BigDecimal[]> leaf = new LinkedHashMap<>();
    final Map<String, BigDecimal> economicLeaf = new LinkedHashMap<>();
    public final List<ProjectLine> projects = new ArrayList<>();
    public final List<Cell> expected = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private int rowsOnPage;

    public SyntheticDisclosure(long seed, Style style) {
        this.random = new Random(seed);
        this.style = style;
        String[] cities = {"测试市", "样例州", "示范县", "模拟地区"};
        this.entity = cities[random.nextInt(cities.length)] + "人力资源和社会保障局";
        this.unit = entity.substring(0, 3) + "社会保险中心";
        this.year = Integer.toString(2024 + random.nextInt(3));
        generateAmounts();
    }

    private BigDecimal money(int maxYuan10k) {
        return BigDecimal.valueOf(100 + random.nextInt(maxYuan10k * 100)).movePointLeft(2);
    }

    private void generateAmounts() {
        for (String[] f : FUNCTIONAL) {
            if (f[0].length() != 7) continue;
            boolean projectLeaf = List.of(PROJECT_LEAVES).contains(f[0]);
            BigDecimal basic = projectLeaf && random.nextBoolean() ? BigDecimal.ZERO : money(900);
            BigDecimal project = projectLeaf ? money(2000) : BigDecimal.ZERO;
            BigDecimal unitFunds = f[0].equals("2080199") ? money(300) : BigDecimal.ZERO;
            leaf.put(f[0], new BigDecimal[] {basic, project, unitFunds});
        }
        BigDecimal basicTotal = sum(0);
        // split the basic total over the economic 款, cent by cent, keeping every part positive
        List<String> econLeaves = new ArrayList<>();
        for (String[] e : ECONOMIC) if (e[0].length() == 5) econLeaves.add(e[0]);
        BigDecimal rest = basicTotal;
        for (int i = 0; i < econLeaves.size(); i++) {
            BigDecimal part = i == econLeaves.size() - 1 ? rest
                    : rest.multiply(BigDecimal.valueOf(5 + random.nextInt(20))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            economicLeaf.put(econLeaves.get(i), part);
            rest = rest.subtract(part);
        }
        String[] names = {"社会保险经办服务专项", "就业创业补助资金", "人才发展专项资金", "职业技能提升项目"};
        int n = 0;
        for (String code : PROJECT_LEAVES) {
            BigDecimal total = leaf.get(code)[1];
            BigDecimal first = total.multiply(BigDecimal.valueOf(30 + random.nextInt(40))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            // the first project of every generated document cites one shared policy, as real departments do
            String policy = n == 0 ? SHARED_POLICY : "新人社发〔20" + (10 + random.nextInt(15)) + "〕" + (1 + random.nextInt(200)) + "号";
            projects.add(new ProjectLine(unit, code, names[n++], first, policy));
            projects.add(new ProjectLine(unit, code, names[n++], total.subtract(first), "财社〔2021〕" + (1 + random.nextInt(99)) + "号"));
        }
    }

    private BigDecimal sum(int column) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal[] v : leaf.values()) s = s.add(v[column]);
        return s;
    }

    private BigDecimal sumUnder(String code, int column) {
        BigDecimal s = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> e : leaf.entrySet()) if (e.getKey().startsWith(code)) s = s.add(e.getValue()[column]);
        return s;
    }

    private BigDecimal economicUnder(String code) {
        BigDecimal s = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : economicLeaf.entrySet()) if (e.getKey().startsWith(code)) s = s.add(e.getValue());
        return s;
    }

    static String fmt(BigDecimal v) {
        if (v == null || v.signum() == 0) return "";
        return String.format("%,.2f", v);
    }

    private void line(String s) { out.append(s).append('\n'); }

    /** One table row: code parts, a name, and amounts (null or zero for an empty cell). */
    private void row(String[] code, String name, BigDecimal... amounts) {
        if (style == Style.TABULATED) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 3; i++) sb.append(code != null && i < code.length ? code[i] : "").append('\t');
            sb.append(name);
            for (BigDecimal a : amounts) sb.append('\t').append(fmt(a));
            line(sb.toString());
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (code != null) sb.append(String.join(" ", code)).append(' ');
        String printedName = name;
        if (name.length() > 14) {
            // flowing text wraps long names: code and first part on one line, the rest and the amounts below
            line(sb + name.substring(0, 12));
            sb.setLength(0);
            printedName = name.substring(12);
        }
        sb.append(printedName);
        for (BigDecimal a : amounts) if (a != null && a.signum() != 0) sb.append(' ').append(fmt(a));
        line(sb.toString());
        if (++rowsOnPage % 7 == 0) pageBreak();
    }

    private String[] header;

    private void tableStart(int number, String title, String... headerLines) {
        line("");
        line("表 " + number);
        line("");
        line(title);
        header = headerLines;
        pageHeader();
        rowsOnPage = 0;
    }

    private void pageHeader() {
        line("编制部门：" + entity);
        line("单位：万元");
        for (String h : header) line(style == Style.TABULATED ? h : h.replace('\t', ' ').trim());
    }

    private void pageBreak() {
        line("");
        line("- " + (rowsOnPage / 7 + 1) + " -");
        pageHeader();
    }

    private static String[] split(String code) {
        if (code.length() == 3) return new String[] {code};
        if (code.length() == 5) return new String[] {code.substring(0, 3), code.substring(3)};
        return new String[] {code.substring(0, 3), code.substring(3, 5), code.substring(5)};
    }

    private void expect(String table, String code, String column, BigDecimal amount) {
        if (amount.signum() != 0) expected.add(new Cell(table, code, column, amount));
    }

    /** The disclosures of these seeds written as text files into {@code dir} ({@code SEED.txt}), in that order. */
    public static List<java.nio.file.Path> writeTexts(java.nio.file.Path dir, Style style, long... seeds) throws java.io.IOException {
        List<java.nio.file.Path> files = new ArrayList<>();
        for (long seed : seeds) {
            files.add(java.nio.file.Files.writeString(dir.resolve(seed + ".txt"), new SyntheticDisclosure(seed, style).text(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return files;
    }

    public String text() {
        if (out.length() > 0) return out.toString();
        BigDecimal basic = sum(0), project = sum(1), unitFunds = sum(2);
        BigDecimal gpb = basic.add(project), total = gpb.add(unitFunds);
        line(year + " 年" + entity);
        line("");
        line("部门预算公开");
        line("");
        line("第一部分 " + year + " 年部门概况");
        line("");
        line("二、机构设置");
        line("");
        line("纳入" + entity + year + "年预算编制范围的预算单位包括：");
        line("");
        line("1." + entity + "本级");
        line("2." + unit);
        line("");
        line(entity + "编制数 " + (40 + random.nextInt(60)) + "，实有人数 90 人，其中：在职 60 人，增加 1 人；退休 30 人，增加 0 人。");
        line("");
        line("第二部分 " + year + " 年部门预算公开表");

        tableStart(1, "部门收支总体情况表", "收入\t\t支出\t", "项目\t预算数\t科目名称\t预算数");
        String[][] left = {{"一、本年收入", fmt(total)}, {"1.一般公共预算拨款", fmt(gpb)}, {"其中：一般财力", fmt(gpb)},
            {"上级一般公共预算安排转移支付", ""}, {"5.单位资金", fmt(unitFunds)}, {"其他收入", fmt(unitFunds)}};
        String[] classes = {"208", "210", "221"};
        for (int i = 0; i < Math.max(left.length, classes.length); i++) {
            String l = i < left.length ? left[i][0] + "\t" + left[i][1] : "\t";
            String r = i < classes.length ? classes[i] + " " + name(classes[i]) + "\t" + fmt(sumUnder(classes[i], 0).add(sumUnder(classes[i], 1)).add(sumUnder(classes[i], 2))) : "\t";
            line(style == Style.TABULATED ? l + "\t" + r : (l + " " + r).replace('\t', ' ').trim());
        }
        line(style == Style.TABULATED ? "收入总计\t" + fmt(total) + "\t支出总计\t" + fmt(total) : "收 入 总 计 " + fmt(total) + " 支 出 总 计 " + fmt(total));
        expect("funding", "GeneralPublicBudgetAppropriation", "", gpb);
        expect("funding", "UnitFunds", "", unitFunds);
        expect("doc", "-", "total", total);

        tableStart(3, "部门支出总体情况表", "科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出", "类\t款\t项\t\t\t\t");
        row(null, "总计", total, basic, project.add(unitFunds));
        expectTree("func", total, basic, project.add(unitFunds));
        for (String[] f : FUNCTIONAL) {
            BigDecimal b = sumUnder(f[0], 0), p = sumUnder(f[0], 1).add(sumUnder(f[0], 2));
            row(split(f[0]), f[1], b.add(p), b, p);
            expect("func", f[0], "total", b.add(p));
            expect("func", f[0], "basic", b);
            expect("func", f[0], "project", p);
        }

        tableStart(5, "一般公共预算支出情况表", "科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出", "类\t款\t项\t\t\t\t");
        row(null, "总计", gpb, basic, project);
        for (String[] f : FUNCTIONAL) {
            BigDecimal b = sumUnder(f[0], 0), p = sumUnder(f[0], 1);
            row(split(f[0]), f[1], b.add(p), b, p);
        }

        tableStart(6, "一般公共预算基本支出情况表", "科目代码\t\t科目名称\t合计\t人员经费\t公用经费", "类\t款\t\t\t\t");
        BigDecimal personnel = BigDecimal.ZERO, operating = BigDecimal.ZERO;
        for (String[] e : ECONOMIC) if (e[0].length() == 5) {
            if (e[2].equals("P")) personnel = personnel.add(economicLeaf.get(e[0])); else operating = operating.add(economicLeaf.get(e[0]));
        }
        row(null, "总计", basic, personnel, operating);
        expect("econ", "-", "total", basic);
        expect("econ", "-", "personnel", personnel);
        expect("econ", "-", "operating", operating);
        for (String[] e : ECONOMIC) {
            BigDecimal v = economicUnder(e[0]);
            String[] code = e[0].length() == 3 ? new String[] {e[0]} : new String[] {e[0].substring(0, 3), e[0].substring(3)};
            if (style == Style.TABULATED) {
                line(code[0] + "\t" + (code.length > 1 ? code[1] : "") + "\t" + e[1] + "\t" + fmt(v) + "\t"
                        + (e[2].equals("P") ? fmt(v) + "\t" : "\t" + fmt(v)));
            } else {
                line(String.join(" ", code) + " " + e[1] + " " + fmt(v) + " " + fmt(v));
            }
            expect("econ", e[0], "total", v);
            expect("econ", e[0], e[2].equals("P") ? "personnel" : "operating", v);
        }

        tableStart(7, "一般公共预算项目支出情况表", "科目代码\t\t\t科目名称\t项目名称\t项目支出合计\t工资福利支出\t商品和服务支出\t对个人和家庭的补助",
                "类\t款\t项\t\t\t\t\t\t");
        printProjectRow(null, "总计", null, project);
        printProjectRow(null, unit, null, project);
        for (ProjectLine p : projects) {
            printProjectRow(split(p.code()), name(p.code()), p.name(), p.amount());
            expect("project:" + p.name(), p.code(), "total", p.amount());
        }

        tableStart(8, "政府性基金预算支出情况表", "科目代码\t\t\t科目名称\t合计\t基本支出\t\t项目支出");
        line(style == Style.TABULATED ? "\t\t\t总计\t\t\t\t" : "总计");
        line(entity + year + "年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。");

        BigDecimal vehicles = economicLeaf.get("30231");
        tableStart(10, "财政拨款“三公”经费支出情况表", "“三公”经费支出内容\t合计\t资金来源\t\t", "\t\t一般公共预算\t政府性基金\t国有资本经营预算");
        for (String[] r : new String[][] {{"因公出国（境）费用", ""}, {"公务接待费", ""}, {"公务用车购置及运行维护费（小计）", fmt(vehicles)},
                {"其中：公务用车购置", ""}, {"公务用车运行维护费", fmt(vehicles)}, {"总计", fmt(vehicles)}}) {
            line(style == Style.TABULATED ? r[0] + "\t" + r[1] + "\t" + r[1] + "\t\t" : (r[0] + " " + r[1] + " " + r[1]).trim());
        }
        expect("sangong", "ThreePublicTotal", "", vehicles);
        expect("sangong", "VehicleOperation", "", vehicles);

        line("");
        line("第三部分 " + year + " 年部门预算情况说明");
        line("");
        line("五、关于" + entity + year + "年一般公共预算当年拨款情况说明");
        line("");
        BigDecimal admin = sumUnder("2080101", 0);
        line("1. 社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）：" + year + "年预算数为" + fmt(admin)
                + "万元，比上年预算增加12.50万元，增长3.10%，主要原因是人员结构变化导致工资正常增长。");
        expect("change", "2080101", "12.50", admin);
        line("");
        line("七、关于" + entity + year + "年一般公共预算项目支出情况说明");
        char[] numerals = {'一', '二', '三', '四'};
        for (int i = 0; i < projects.size(); i++) {
            ProjectLine p = projects.get(i);
            line("");
            line("（" + numerals[i] + "）项目名称：" + p.name());
            line("");
            String number = p.policyNumber();
            String printed = style == Style.FLOWING ? number.replace("〔", "[").replace("〕", "] ") : number;
            line("设立的政策依据：《关于印发〈" + p.name() + "管理办法〉的通知》（" + printed + "）");
            line("");
            line("预算安排规模：" + fmt(p.amount()) + " 万元");
            line("");
            line("项目承担单位：" + unit);
            line("");
            BigDecimal first = p.amount().divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
            line("资金分配情况：乌鲁木齐市 " + first.toPlainString() + " 万元，喀什地区 " + p.amount().subtract(first).toPlainString() + " 万元。");
            expect("plan:" + p.name(), "", "", p.amount());
            expect("cites:" + p.name(), number, "", BigDecimal.ONE);
            expect("alloc:" + p.name(), "乌鲁木齐市", "", first);
        }
        if (style == Style.FLOWING) {
            // as pdftotext prints a 绩效目标表: cells one after another, values split over lines
            ProjectLine p = projects.get(0);
            for (String l : new String[] {"", "项目支出绩效目标表", "（" + year + " 年）", "预算单位 " + unit, "项目名称 " + p.name() + "专项 项目负责人 张三",
                    "项目资金（万", "元）", "年度预算总额 " + fmt(p.amount()), "一级", "指标", "二级", "指标", "三级指标", "指标", "值", "指标值设置依",
                    "据", "上年", "完成", "值", "指标", "分值", "权重", "指标赋分规则 佐证资料", "产出", "指标", "数量", "指标", "培训人数 >=250 人 计划标准 - 20",
                    "按照完成比例赋", "分", "工作资料", "社保电子日历数", "量", "≥", "200", "张", "历史标准 200 张 10", "按照完成比例赋", "分", "工作资料，原始",
                    "凭证", "质量", "指标", "培训出勤率", "> =90% 历史标准 90% 10", "按照完成比例赋", "分", "工作资料"}) line(l);
            expect("indicator:" + p.name(), "培训人数", ">=|250|人", BigDecimal.valueOf(20));
            expect("indicator:" + p.name(), "社保电子日历数量", ">=|200|张", BigDecimal.valueOf(10));
            expect("indicator:" + p.name(), "培训出勤率", ">=|90|%", BigDecimal.valueOf(10));
        }
        if (style == Style.TABULATED) {
            ProjectLine p = projects.get(0);
            line("");
            line("项目支出绩效目标表");
            line("");
            line("(" + year + " 年)");
            line("");
            line("预算单位\t\t" + unit + "\t\t\t\t\t\t");
            line("项目名称\t\t" + p.name() + "专项\t\t\t\t项目负责人\t张三\t");
            line("项目资金(万元)\t\t年度预算总额\t" + fmt(p.amount()) + "\t其中：财政拨款\t" + fmt(p.amount()) + "\t其他资金\t0.00\t");
            line("一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成值\t指标分值权重\t指标赋分规则\t佐证资料");
            line("产出指标\t数量指标\t培训人数\t>=250 人\t计划标准\t-\t20\t按照完成比例赋分\t工作资料");
            line("\t\t社保电子日历数量\t≥200 张\t历史标准\t200 张\t10\t按照完成比例赋分\t工作资料");
            line("\t质量指标\t培训出勤率\t> =90%\t历史标准\t90%\t10\t按照完成比例赋分\t工作资料");
            line("效益指标\t社会效益指标\t提升社保业务能力\t有效提升\t历史标准\t有效提升\t10\t按评判等级赋分\t说明材料");
            expect("indicator:" + p.name(), "培训人数", ">=|250|人", BigDecimal.valueOf(20));
            expect("indicator:" + p.name(), "社保电子日历数量", ">=|200|张", BigDecimal.valueOf(10));
            expect("indicator:" + p.name(), "培训出勤率", ">=|90|%", BigDecimal.valueOf(10));
        }
        line("");
        line("（二）政府采购情况");
        line("");
        line(year + "年，" + entity + "政府采购预算 " + fmt(vehicles) + " 万元，其中：政府采购货物预算 0.00 万元，政府采购工程预算 0.00 万元，政府采购服务预算 " + fmt(vehicles) + " 万元。");
        expect("procurement", "ProcurementTotal", "", vehicles);
        line("");
        line("（三）国有资产占用使用情况");
        line("");
        line("1. 房屋 1,234.50 平方米，价值 567.80 万元。");
        line("2. 车辆 3 辆，价值 60.00 万元；其中：一般公务用车 2 辆，价值 40.00 万元；其他车辆 1 辆，价值 20.00 万元。");
        expect("asset", "房屋", "1234.50", new BigDecimal("567.80"));
        return out.toString();
    }

    private void expectTree(String table, BigDecimal total, BigDecimal basic, BigDecimal project) {
        expect(table, "-", "total", total);
        expect(table, "-", "basic", basic);
        expect(table, "-", "project", project);
    }

    private void printProjectRow(String[] code, String subject, String project, BigDecimal amount) {
        if (style == Style.TABULATED) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 3; i++) sb.append(code != null && i < code.length ? code[i] : "").append('\t');
            sb.append(subject).append('\t').append(project == null ? "" : project).append('\t').append(fmt(amount))
                    .append("\t\t").append(fmt(amount)).append('\t');
            line(sb.toString());
        } else {
            line(((code == null ? "" : String.join(" ", code) + " ") + subject + (project == null ? "" : " " + project)
                    + " " + fmt(amount) + " " + fmt(amount)).trim());
        }
    }

    static String name(String code) {
        for (String[] f : FUNCTIONAL) if (f[0].equals(code)) return f[1];
        return code;
    }
}

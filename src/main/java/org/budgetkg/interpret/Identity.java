package org.budgetkg.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.DocumentKind;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;

/**
 * Whose disclosure a file is, for which year and of which kind, from the forms real documents print: a labelled
 * line on the cover ({@code 预算主管部门：X}, {@code 部门名称：X}), the title ({@code X 2026年度部门预算},
 * {@code 2026年度X部门预算公开}), and the {@code 编制部门：X} / {@code 部门：X} lines over the tables.
 */
record Identity(String entity, String year, DocumentKind kind) {
    private static final Pattern LABELLED = Pattern.compile(
            "^(预算主管部门|主管部门|预算单位|部门名称|单位名称|编制部门|编制单位|部门)[:：]\\s*(.+?)\\s*(?:(?:单位|金额单位)[:：].*)?$");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "((?:19|20)\\d{2})年度?(?:区级|市级|省级|县级)?([\\p{IsHan}()]{3,40}?)(部门|单位)?(综合)?(预算|决算)");
    private static final Pattern NAME_FIRST = Pattern.compile(
            "([\\p{IsHan}()]{3,40}?)((?:19|20)\\d{2})年?度?(?:区级|市级|省级|县级)?(部门|单位)?(综合)?(预算|决算)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern DUTIES = Pattern.compile("^([\\p{IsHan}()]{4,30}?)的?主要职责");
    private static final Pattern TITLED_YEAR = Pattern.compile("((?:19|20)\\d{2})年度?[^，。,]{0,20}(?:预算|决算)[^，。,]{0,12}表");
    /** What the name of a government body ends with. */
    private static final Pattern BODY = Pattern.compile(
            ".{2,}(局|委|厅|院|室|会|办|部|处|中心|站|队|所|馆|校|府|社|团|组|庭|区|委员会|办事处|法院|检察院|署|镇|乡|街道|大学|中学|小学|"
            + "园|台|监狱|公司|场|库|协|联|\\(汇总\\)|\\(本级\\)|\\(部门\\)|部门)$");
    private static final Pattern NOT_A_NAME = Pattern.compile("目录|第[一二三四五六七八九十]部分|情况说明|公开|报表|说明|预算|决算|收支|支出|收入");

    /** The identity a file prints, or null when it does not say whose it is. */
    static Identity read(List<TextLine> lines, List<String> tableLabels) {
        List<TextLine> cover = cover(lines);
        String coverText = join(cover);
        String year = null;
        Matcher y = YEAR.matcher(coverText);
        if (y.find()) year = y.group(1);
        DocumentKind kind = kind(coverText.isEmpty() ? join(lines.subList(0, Math.min(40, lines.size()))) : coverText);

        String entity = null;
        boolean unitKind = kind == DocumentKind.UnitBudget || kind == DocumentKind.UnitFinalAccounts;
        for (TextLine l : cover) {
            Matcher m = LABELLED.matcher(l.label());
            if (!m.matches() || !isBody(m.group(2))) continue;
            boolean department = m.group(1).contains("主管部门");
            // a unit's own budget may name its 主管部门 first: the unit named after it is whose disclosure it is
            if (entity == null || !department) entity = clean(m.group(2));
            if (!(unitKind && department)) break;
        }
        if (entity == null) {
            Matcher n = NAME_FIRST.matcher(coverText);
            while (n.find()) {
                String candidate = strip(n.group(1));
                if (isBody(candidate)) { entity = candidate; if (year == null) year = n.group(2); break; }
            }
        }
        if (entity == null) {
            Matcher n = YEAR_FIRST.matcher(coverText);
            while (n.find()) {
                String candidate = strip(n.group(2));
                if (isBody(candidate)) { entity = candidate; if (year == null) year = n.group(1); break; }
            }
        }
        if (entity == null) {
            // the name the tables print most often over their headers
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String s : tableLabels) {
                Matcher m = LABELLED.matcher(s);
                if (m.matches() && isBody(m.group(2))) counts.merge(clean(m.group(2)), 1, Integer::sum);
            }
            entity = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        if (entity == null) {
            // no name on the cover: the body whose duties the first part describes (北京市人民政府办公厅主要职责包括：)
            for (TextLine l : lines.subList(0, Math.min(120, lines.size()))) {
                Matcher m = DUTIES.matcher(l.label());
                if (m.find() && isBody(m.group(1))) { entity = clean(m.group(1)); break; }
            }
        }
        if (year == null) {
            // a file of tables only: the year its titles print (2018年政府采购预算表), else a 20xx年度预算 anywhere
            for (String s : tableLabels) {
                Matcher m = TITLED_YEAR.matcher(s);
                if (m.find()) { year = m.group(1); break; }
            }
        }
        if (year == null) {
            for (TextLine l : lines) {
                String s = l.label();
                if (!(s.contains("预算") || s.contains("决算"))) continue;
                Matcher m = YEAR.matcher(s);
                if (m.find()) { year = m.group(1); break; }
            }
        }
        if (entity == null || year == null) return null;
        return new Identity(entity, year, kind);
    }

    /** The cover: the first page's lines up to the 目录 (at most 15 lines). */
    private static List<TextLine> cover(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        int firstPage = lines.isEmpty() ? 0 : lines.get(0).ref().page();
        for (TextLine l : lines) {
            String s = l.label();
            if (s.isEmpty()) continue;
            if (s.startsWith("目录") || s.equals("目") || s.startsWith("目 录")) break;
            if (firstPage > 0 && l.ref().page() > firstPage + 1) break;
            if (out.size() >= 15) break;
            out.add(l);
        }
        return out;
    }

    private static String join(List<TextLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) sb.append(l.label()); // (a cell break is white space to a label like any other)
        // a letter-spaced title (2 0 2 6 年 部 门 预 算): its Han letters join in label, its year's digits here
        return arabicYears(LETTER_SPACED_YEAR.matcher(sb.toString()).replaceAll("$1$2$3$4"));
    }

    private static final Pattern LETTER_SPACED_YEAR = Pattern.compile("(?<!\\d)([12]) (\\d) (\\d) (\\d)(?!\\d)");

    private static final Pattern NUMERAL_YEAR = Pattern.compile("[一二][〇○零一二三四五六七八九]{3}(?=年)");

    /** A year a cover prints in numerals (二〇二六年度部门预算) as the digits the patterns look for. */
    static String arabicYears(String s) {
        Matcher m = NUMERAL_YEAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group().toCharArray()) digits.append("〇一二三四五六七八九".indexOf(c == '○' || c == '零' ? '〇' : c));
            m.appendReplacement(out, digits.toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    static DocumentKind kind(String head) {
        // 预算 inside the name of a fund or a column (一般公共预算财政拨款支出决算表, 年初预算数) says nothing of the kind
        String kindWords = head.replaceAll("一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|(年初|调整)?预算数|年初预算|调整预算", "");
        int budget = kindWords.indexOf("预算"), accounts = kindWords.indexOf("决算");
        boolean finalAccounts = accounts >= 0 && (budget < 0 || accounts < budget);
        int unit = Interpreter.firstOf(head, "单位预算", "单位决算", "单位概况");
        int department = Interpreter.firstOf(head, "部门预算", "部门决算", "部门概况", "部门综合预算");
        boolean unitKind = unit >= 0 && (department < 0 || unit < department);
        if (finalAccounts) return unitKind ? DocumentKind.UnitFinalAccounts : DocumentKind.DepartmentFinalAccounts;
        return unitKind ? DocumentKind.UnitBudget : DocumentKind.DepartmentBudget;
    }

    /** A title's name without the district prefix of a heading such as 附件2. */
    private static String strip(String s) {
        return s.replaceFirst("^附件\\d*", "").replaceFirst("^(?:19|20)\\d{2}年度?", "");
    }

    /** The name as printed, without a stamp note ((公章), (盖章)) or closing punctuation. */
    private static String clean(String s) {
        return Text.label(s).replaceFirst("[(（](公章|盖章|签章)[)）]$", "").replaceFirst("[。;；,，]$", "");
    }

    static boolean isBody(String name) {
        String n = Text.label(name);
        return n.length() >= 3 && n.length() <= 40 && BODY.matcher(n).matches() && !NOT_A_NAME.matcher(n).find();
    }
}

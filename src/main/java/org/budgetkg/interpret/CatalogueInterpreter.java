package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.budgetkg.ingest.UnreadableInputException;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.DocumentKind;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Names;
import org.budgetkg.model.Project;
import org.budgetkg.model.SourceText;
import org.budgetkg.model.StaffCount;
import org.budgetkg.model.Table;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;
import org.budgetkg.model.Unit;

/**
 * Reads a disclosure of any template whose tables the {@link Catalogue} can name: tables found by their titles
 * (whatever their numbering), columns by their printed headers, units per table, identity from the cover, the
 * title or the lines over the tables.
 */
final class CatalogueInterpreter {
    /**
     * Numbering before a title: 表3, 表三, 附表3 (a {@link Segmenter#TABLE_NUMBER}), 公开03表, 预算01表, 3., 三、, (三) …
     */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:附件\\d*[:：]?)?(?:附?表\\s*" + Segmenter.TABLE_NUMBER + "[:：]?|(?:公开|预算|决算)\\s*\\d{1,2}\\s*表[:：]?|[\\d]{1,2}\\s*[.、．]|[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）])?\\s*");
    private static final Pattern LEADER = Pattern.compile("[…．.·]{3,}|\\.{3,}|…{2,}");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("[(（][^)）]{0,24}[)）]$");
    private static final Pattern QUALIFIER = Pattern.compile("[-－—]?(不含|包含|含)[^)）]*");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("[(（][)）]");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]部分");

    private CatalogueInterpreter() {}

    /** A titled table and the catalogue entry its title names. */
    record Found(Table table, Catalogue.TableEntry entry) {}

    static Disclosure interpret(SourceText source) throws UnreadableInputException {
        List<Issue> issues = new ArrayList<>();
        List<TextLine> lines = source.lines();
        List<TextLine> narrative = new ArrayList<>();
        List<Found> found = segment(lines, narrative, issues);
        RepeatedTables.report(found.stream().filter(f -> !f.entry().rows().equals("skip")).map(Found::table).toList(), issues);
        List<String> tableLabels = new ArrayList<>();
        for (Found f : found) {
            tableLabels.add(f.table().title());
            for (TextLine l : f.table().lines()) tableLabels.add(l.label());
        }
        for (TextLine l : narrative) if (l.text().contains("表")) tableLabels.add(l.label());

        Identity id = Identity.read(lines, tableLabels);
        Codes functional = new Codes();
        Codes economic = new Codes();
        List<Fact> raw = new ArrayList<>();
        GridTable.Context cx = new GridTable.Context(functional, economic, issues::add, raw, id == null ? null : id.year(),
                id != null && (id.kind() == DocumentKind.DepartmentFinalAccounts || id.kind() == DocumentKind.UnitFinalAccounts),
                id == null ? null : id.entity());
        int tablesRead = 0;
        // tables by code first: the panes that print 款 and 项 by name only take their codes from them
        List<Found> ordered = new ArrayList<>(found.stream().filter(f -> !f.entry().rows().equals("overview")).toList());
        ordered.addAll(found.stream().filter(f -> f.entry().rows().equals("overview")).toList());
        // 财政拨款基本支出 by economic class repeats the 一般公共预算 one where the document prints both: one of them is read
        boolean generalPublicBasic = found.stream().anyMatch(f -> f.table().kind() == TableKind.GENERAL_PUBLIC_BASIC);
        for (Found f : ordered) {
            if (generalPublicBasic && f.table().kind() == TableKind.FISCAL_BASIC) {
                issues.add(new Issue(Issue.Severity.NOTE, f.table().ref(), "\"" + f.table().title()
                        + "\" left out: the 一般公共预算 basic expenditure table by economic class is read instead"));
                continue;
            }
            try {
                if (GridTable.read(f.table(), f.entry(), cx) > 0) tablesRead++;
            } catch (RuntimeException e) {
                issues.add(new Issue(Issue.Severity.WARNING, f.table().ref(), "table \"" + f.table().title()
                        + "\" could not be read (" + e + "); the rest of the document is kept"));
            }
        }
        JoinedText text = new JoinedText(prose(narrative));
        // a table's cell wins over the same figure stated in a sentence (reconcile keeps the first and reports a difference);
        // 三公 sentences also fill in categories a table lost with its empty columns
        for (Fact f : statedFigures(text)) if (tablesRead == 0 || f.threePublic() != null) raw.add(f);
        List<Fact> facts = ThreePublicParts.complete(SoleSource.complete(reconcile(raw, issues), issues), issues);
        if (tablesRead == 0 && facts.stream().noneMatch(f -> f.fundingSource() == null && f.threePublic() == null)) {
            throw new UnreadableInputException("not a budget disclosure (no table of a budget or final accounts found)");
        }
        if (id == null) {
            throw new UnreadableInputException("no entity or year found (no 部门：/预算单位： line, cover title or 编制部门 line): "
                    + "cannot tell whose disclosure this is");
        }
        Organizations orgs = new Organizations();
        Unit entity = orgs.add(id.entity());
        String bare = Names.withoutSuffix(id.entity());
        if (!bare.equals(id.entity())) entity.altNames().add(bare);
        List<String> listed = budgetUnits(narrative);
        for (Found f : found) listed.addAll(unitNamesInGrids(f.table().lines()));
        for (Fact f : facts) if (f.unit() != null && !listed.contains(f.unit())) listed.add(f.unit()); // units' sections of tables
        for (String u : listed) {
            if (Names.key(u).equals(Names.key(id.entity()))) continue;
            Unit unit = orgs.add(u);
            // another printed form of the same body (…（汇总）) as an altLabel; a (本级) unit keeps only its own name
            String same = Names.withoutSuffix(u);
            if (!same.equals(u) && Names.key(same).equals(Names.key(u))) unit.altNames().add(same);
        }
        List<Project> projects = List.of();
        try {
            projects = Narrative.projects(text, orgs, entity, issues::add);
        } catch (RuntimeException e) {
            issues.add(new Issue(Issue.Severity.NOTE, null, "project paragraphs could not be read: " + e));
        }
        List<StaffCount> staff = Interpreter.staff(text);
        List<Unit> units = new ArrayList<>(orgs.all());
        units.remove(entity);
        String part = tablesRead == 0 ? "narrative" : narrative.size() < 40 ? "tables" : "";
        return new Disclosure(source.file(), entity, id.year(), id.kind(), units, facts, projects, List.of(), List.of(), staff,
                List.of(), List.of(), List.of(), functional.all(), economic.all(), issues, part);
    }

    private static final Pattern UNIT_SENTENCE = Pattern.compile(
            "(?:预算单位|所属单位|下属单位|直属事业单位|二级预算单位|单位)(?:共|共计)?[^:：。；]{0,16}?(?:具体包括|包括|分别是|分别为|即|只有|仅有|\\d+[个家][,，]?(?:为|是)?[:：])[:：]?([^。]{4,600})。");
    /** 下属1个事业单位：A。 / 2个二级预算单位，分别是：A、B。: the list after its count. */
    private static final Pattern UNITS_AFTER_COUNT = Pattern.compile(
            "[\\d一二三四五六七八九十]+[个家](?:所属|下属|直属|二级)?(?:事业|行政|预算)?单位[,，]?(?:即|为|是|分别是|分别为|包括)?[:：]([^。]{4,600})。");
    /** 下设A、B 2个事业单位: the list before its count. */
    private static final Pattern UNITS_BEFORE_COUNT = Pattern.compile(
            "(?:下设|下辖|所属|管理)([^。:：]{4,300}?)(?:等|共)?[\\d一二三四五六七八九十]+[个家](?:所属|下属|直属|二级)?(?:事业|行政|预算)?单位");
    private static final Pattern ITEM_NAME = Pattern.compile(".{3,40}?(局|委员会|委|厅|院|室|会|办|部|处|中心|站|队|所|馆|校|府|社|团|组|庭|本级|本部|机关|秘书处|\\([^)]{1,8}\\))");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^(?:\\d{1,2}\\s*[.、．]|[(（]\\d{1,2}[)）])\\s*(\\S.{2,80})$");

    /**
     * The budget units a disclosure lists: numbered items under 机构设置 / 单位构成, a sentence (预算单位包括：A、B、C。
     * / 分别是：A，属…；B，…), or a grid of 序号 | 单位名称.
     */
    static List<String> budgetUnits(List<TextLine> narrative) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String u : Interpreter.units(narrative)) if (ITEM_NAME.matcher(u).matches() && !u.contains("预算")) out.add(u);
        out.addAll(unitNamesInGrids(narrative));
        int end = Math.min(narrative.size(), 400);
        JoinedText text = new JoinedText(prose(narrative.subList(0, end)));
        java.util.regex.Matcher m = UNIT_SENTENCE.matcher(text.text);
        while (m.find()) {
            String list = m.group(1);
            // the list is what follows the sentence's last 包括 / 分别是 (a match may start sentences earlier)
            int cut = -1;
            for (String word : new String[] {"包括", "分别是", "分别为", "只有", "仅有", "即"}) {
                int k = list.lastIndexOf(word);
                if (k >= 0 && k + word.length() > cut) cut = k + word.length();
            }
            if (cut >= 0) list = list.substring(cut).replaceFirst("^[:：]", "");
            out.addAll(namesListed(list));
        }
        java.util.regex.Matcher before = UNITS_BEFORE_COUNT.matcher(text.text);
        while (before.find()) out.addAll(namesListed(before.group(1)));
        java.util.regex.Matcher after = UNITS_AFTER_COUNT.matcher(text.text);
        while (after.find()) out.addAll(namesListed(after.group(1)));
        // numbered items right after a sentence that announces them (…具体包括： / 1. A。 2. B。)
        for (int i = 0; i + 1 < end; i++) {
            String s = narrative.get(i).label();
            boolean announces = (s.contains("包括") || s.contains("如下")) && (s.endsWith(":") || s.endsWith("："));
            if (!(announces || s.contains("单位构成") || s.contains("机构设置"))) continue;
            for (int k = i + 1; k < end; k++) {
                java.util.regex.Matcher item = NUMBERED_ITEM.matcher(narrative.get(k).label());
                if (!item.matches()) break;
                String name = item.group(1).replaceFirst("[，,。；;].*$", "");
                if (ITEM_NAME.matcher(name).matches()) out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The names a sentence lists (A、B；C，属…；D和E): items split at 、 ；and commas, and at 和 / 及 where both sides are
     * names of bodies (人力资源和社会保障局 stays whole); what is no body's name (属财政补助事业单位) is left out.
     */
    private static List<String> namesListed(String list) {
        List<String> out = new ArrayList<>();
        for (String item : list.split("[、；;，,]")) {
            String name = item.strip().replaceFirst("^.*[:：]", "").replaceFirst("^(和|及|以及|其中[:：]?)", "")
                    .replaceFirst("等\\d*[个家]?.*$", "").replaceFirst("^\\d+[.、]", "").replaceFirst("[\\d一二三四五六七八九十]+[个家]$", "");
            List<String> parts = new ArrayList<>();
            for (String part : name.split("和|以及|及")) parts.add(part.strip());
            boolean joined = parts.size() > 1 && parts.stream().allMatch(CatalogueInterpreter::listedName);
            for (String n : joined ? parts : List.of(name)) if (listedName(n)) out.add(n);
        }
        return out;
    }

    private static boolean listedName(String name) {
        return name.length() >= 4 && name.length() <= 40 && ITEM_NAME.matcher(name).matches() && !name.startsWith("预算")
                && !name.contains("预算单位") && !NOT_A_UNIT.matcher(name).find();
    }

    /** Pieces of a sentence that end like a body's name but are none: what is excluded, explained or counted. */
    private static final Pattern NOT_A_UNIT = Pattern.compile("^(不含|不包括|除)|简称|以下|下属|\\d+个|实现");

    /** The narrative's lines without the page numbers that break its sentences (- 5 -, — 1 0 —). */
    private static List<TextLine> prose(List<TextLine> lines) {
        return lines.stream().filter(l -> !GridTable.PAGE_NUMBER.matcher(l.label()).matches()).toList();
    }

    /** The figures the narrative states in sentences (收入预算…万元, “三公”经费预算…万元), first sentence of each kind. */
    static List<Fact> statedFigures(JoinedText text) {
        List<Fact> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Catalogue.NarrativeFact nf : Catalogue.NARRATIVE_FACTS) {
            String what = nf.dimension() + "|" + nf.value();
            if (seen.contains(what)) continue;
            if (nf.dimension().equals("othertopic") || !nf.mayMatch(text.text)) continue;
            java.util.regex.Matcher m = nf.pattern().matcher(text.text);
            boolean found = m.find();
            // 公务接待费 and 运行维护费 are also parts of 机关运行经费: under that topic they are no 三公 figures
            while (found && nf.dimension().equals("threepublic") && underOtherTopic(text.text, m.start())) found = m.find();
            if (!found) continue;
            BigDecimal a = new BigDecimal(m.group("a").replace(",", ""));
            seen.add(what);
            if (a.signum() == 0) continue;
            Fact.Builder b = Fact.of(TableKind.NARRATIVE, a, text.refAt(m.start()));
            if (nf.dimension().equals("source")) b.fundingSource(nf.value());
            else if (nf.dimension().equals("threepublic")) b.threePublic(nf.value());
            out.add(b.build());
        }
        return out;
    }

    /** Whether the text before a position last names a topic other than 三公 (机关运行经费 …) that lists the same costs. */
    private static boolean underOtherTopic(String text, int at) {
        int threePublic = text.lastIndexOf("三公", at);
        for (Catalogue.NarrativeFact nf : Catalogue.NARRATIVE_FACTS) {
            if (!nf.dimension().equals("othertopic") || !nf.mayMatch(text)) continue;
            java.util.regex.Matcher t = nf.pattern().matcher(text);
            int last = -1;
            while (t.find() && t.start() < at) last = t.start();
            if (last > threePublic) return true;
        }
        return false;
    }

    /**
     * The unit names a ruled grid lists under its 单位名称 / 部门名称 / 预算单位 header: a list of the units in the
     * narrative (序号 | 单位名称 | 拟变动情况) or a table by unit (单位名称 | 总计 | …), header repeated on later pages.
     */
    static List<String> unitNamesInGrids(List<TextLine> lines) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        int nameAt = -1;
        for (TextLine l : lines) {
            String raw = l.text();
            if (l.label().isEmpty()) continue; // a page break inside the grid
            if (raw.indexOf('\t') < 0) { nameAt = -1; continue; } // the grid ended
            String[] cells = raw.split("\t", -1);
            int header = unitNameColumn(cells);
            if (header >= 0) { nameAt = header; continue; }
            if (nameAt < 0 || cells.length <= nameAt) continue;
            String name = Text.label(cells[nameAt]);
            if ((Identity.isBody(name) || ITEM_NAME.matcher(name).matches()) && !name.contains("合计") && !name.startsWith("预算")
                    && !name.contains("预算单位")) out.add(name);
        }
        return new ArrayList<>(out);
    }

    private static int unitNameColumn(String[] cells) {
        for (int c = 0; c < Math.min(3, cells.length); c++) {
            String h = Text.label(cells[c]);
            if (h.equals("单位名称") || h.equals("部门名称") || h.equals("预算单位")) return c;
        }
        return -1;
    }

    /** A line that is a table's title by its form (…表, short, no sentence), whatever the catalogue knows of it. */
    private static boolean looksLikeTitle(String label) {
        String end = titleEnd(label);
        return label.length() <= 60 && !label.contains("\t") && end.endsWith("表") && !end.contains("说明") && !label.contains("，")
                && !LEADER.matcher(label).find() && !label.contains("。") && !label.startsWith("注");
    }

    /** Tables by title; every line that is in no table is narrative; titled tables the catalogue does not know go to {@code unknown}. */
    static List<Found> segment(List<TextLine> lines, List<TextLine> narrative, List<Issue> unknown) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String label = lines.get(i).label();
            // a row of a ruled grid (a 目录 printed as a table: 表1 | 2022年部门综合预算收支总表 | 是否空表) is no title
            Catalogue.TableEntry entry = gridRow(lines.get(i).text()) ? null : titleEntry(label);
            String title = label;
            int bodyStart = i + 1;
            if (entry == null && label.length() <= 50 && i + 1 < lines.size() && !label.contains("\t")) {
                // a title wrapped over two lines (…支出预 / 算表), or a number on its own line before it (表一 / 收支预算总表)
                String next = lines.get(i + 1).label();
                Catalogue.TableEntry joined = next.length() <= 40 ? titleEntry(label + next) : null;
                // (a bare number before a title that stands on its own line is left for that line)
                if (joined != null && wrappedTitle(label, next)) { entry = joined; title = label + next; bodyStart = i + 2; }
            }
            if (entry == null && !gridRow(lines.get(i).text()) && looksLikeTitle(label) && hasBody(lines, i + 1)) {
                unknown.add(new Issue(Issue.Severity.NOTE, lines.get(i).ref(), "table \"" + label
                        + "\" is not one the catalogue knows (no kind of table has all its title words); left out"));
            }
            if (entry == null || !hasBody(lines, bodyStart)) {
                narrative.add(lines.get(i));
                i++;
                continue;
            }
            if (bodyStart < lines.size()) {
                // the title's parenthesis on a line of its own: （按经济分类科目分）
                String after = lines.get(bodyStart).label();
                if (after.matches("^[(（][^)）]{2,24}[)）]$")) {
                    Catalogue.TableEntry fuller = titleEntry(title + after);
                    if (fuller != null) entry = fuller;
                    title = title + after;
                    bodyStart++;
                }
            }
            List<TextLine> body = new ArrayList<>();
            int j = bodyStart;
            while (j < lines.size()) {
                String s = lines.get(j).label();
                if (PART.matcher(s).find() || (titleEntry(s) != null && hasBody(lines, j + 1))) break;
                if (j + 1 < lines.size() && s.length() <= 50 && titleEntry(s + lines.get(j + 1).label()) != null
                        && !lines.get(j).text().contains("\t") && wrappedTitle(s, lines.get(j + 1).label()) && hasBody(lines, j + 2)) break;
                body.add(lines.get(j));
                j++;
            }
            // prose after the table's last ruled row goes back to the narrative
            int last = body.size() - 1;
            while (last >= 0 && !body.get(last).text().contains("\t") && isProse(body.get(last).label())) last--;
            List<TextLine> tableLines = new ArrayList<>(body.subList(0, last + 1));
            narrative.addAll(body.subList(last + 1, body.size()));
            Found previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && bareTitle(previous.table().title()).equals(bareTitle(title))) {
                // the title printed again on the next page (with or without 续): one table continued
                List<TextLine> joined = new ArrayList<>(previous.table().lines());
                joined.addAll(tableLines);
                out.set(out.size() - 1, new Found(new Table(previous.table().kind(), previous.table().title(), joined, List.of(),
                        previous.table().ref()), previous.entry()));
            } else {
                out.add(new Found(new Table(GridTable.kindOf(entry), title, tableLines, List.of(), lines.get(i).ref()), entry));
            }
            i = j;
        }
        return out;
    }

    /** A title without its numbering and its 续 mark: what two printings of one table share. */
    static String bareTitle(String title) {
        return NUMBERING.matcher(title).replaceFirst("").replaceAll("[(（]?续表?[)）]?", "");
    }

    /**
     * Whether two lines are one title wrapped (…培训费 / 支出预算表, …支出预 / 算表): the first has words of its own and
     * is no sentence, and the second is not a whole title that stands on its own line.
     */
    private static boolean wrappedTitle(String first, String second) {
        if (NUMBERING.matcher(first).replaceFirst("").isEmpty()) return false; // 表一 / 收支预算总表: the second line is the title
        // a part's heading (第二部分 部门预算表) before a numbered title (表1 收支总表): two lines, not one title
        if (PART.matcher(first).find() || !NUMBERING.matcher(second).replaceFirst("").equals(second)) return false;
        if (first.endsWith("。") || first.endsWith(")") || first.endsWith("）") || first.startsWith("注")) return false;
        // a line that ends in a conjunction (…“三公”经费及 / 会议费、培训费支出预算表) goes on, whatever the next says
        if (first.matches(".*[及和与暨、]$")) return true;
        return second.length() <= 6 || titleEntry(second) == null;
    }


    /** A title without the parenthesis that says more of it: （续）, （功能科目）, （按支出功能分类科目）: it ends in 表. */
    private static String titleEnd(String label) {
        return TRAILING_PARENTHESIS.matcher(label).replaceFirst("");
    }

    private static boolean gridRow(String raw) {
        if (raw.indexOf('\t') < 0) return false;
        int filled = 0;
        for (String c : raw.split("\t")) if (!c.isBlank()) filled++;
        return filled > 1;
    }

    private static boolean isProse(String s) {
        return s.length() > 30 || s.endsWith("。") || s.contains("，");
    }

    private static boolean isTitle(String label) {
        return titleEntry(label) != null;
    }

    /** The catalogue entry a line names as a table title, or null (目录 lines with leaders are not titles). */
    static Catalogue.TableEntry titleEntry(String label) {
        if (label.isEmpty() || label.length() > 70 || label.contains("\t") || LEADER.matcher(label).find()) return null;
        String end = titleEnd(label);
        if (!(end.endsWith("表") || end.endsWith("表续"))) return null;
        if (end.contains("说明")) return null;
        // a qualifier (不含上年结转, 含…) says what the table leaves out, not what it is
        String what = EMPTY_PARENTHESES.matcher(QUALIFIER.matcher(label).replaceAll("")).replaceAll("");
        return Catalogue.table(NUMBERING.matcher(what).replaceFirst(""));
    }

    /** A table's title is followed, within a few lines, by its unit, its entity or its ruled header. */
    private static boolean hasBody(List<TextLine> lines, int from) {
        for (int k = from; k < Math.min(lines.size(), from + 5); k++) {
            String raw = lines.get(k).text();
            String s = lines.get(k).label();
            if (raw.contains("\t") || s.contains("单位:") || s.contains("单位：") || s.startsWith("部门:") || s.startsWith("编制")) return true;
            if (titleEntry(s) != null || PART.matcher(s).find() || LEADER.matcher(s).find()) return false;
        }
        return false;
    }

    /** One cell per cube coordinate; the same cell printed twice must agree (rounding is listed, not a finding). */
    private static List<Fact> reconcile(List<Fact> facts, List<Issue> issues) {
        // 收支总计 and the expenditure tables' 合计 are both totals over every dimension; in final accounts they differ
        return Interpreter.reconcile(facts, issues, Fact::cellKey, (a, b) -> CarryOverDifference.explain(a, b, facts));
    }

}

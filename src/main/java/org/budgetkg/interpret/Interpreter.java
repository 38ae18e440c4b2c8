package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.ingest.UnreadableInputException;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.DocumentKind;
import org.budgetkg.model.EmptyTable;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Indicator;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Project;
import org.budgetkg.model.Row;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.SourceText;
import org.budgetkg.model.StaffCount;
import org.budgetkg.model.Table;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.TargetTable;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;
import org.budgetkg.model.Unit;

/** From a disclosure's text to its interpreted content: identity, units, staff, the cube, projects. */
public final class Interpreter {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern PREPARER = Pattern.compile("^编制(?:部门|单位)[:：]\\s*(.+?)(?:单位[:：].*)?$");
    /** 1.XX, 1、XX, (1)XX, （一）XX, - 1.XX */
    private static final Pattern UNIT_ITEM = Pattern.compile("^(?:-\\s*)?(?:(\\d{1,2})\\s*[.、．]|[(（](\\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\\s*(\\S.*)$");
    private static final Pattern TITLE_ENTITY = Pattern.compile("(?:19|20)\\d{2}年(?:度)?([\\p{IsHan}()]{4,40}?)(?:部门|单位)(?:预算|概况)");

    private Interpreter() {}

    /**
     * Reads a disclosure both ways, by the numbered tables of the seed template and by the catalogue of titles and
     * header words, and keeps the reading that is sure of its identity and reads more of the document.
     */
    public static Disclosure interpret(SourceText source) throws UnreadableInputException {
        Disclosure numbered = null;
        Disclosure catalogued = null;
        UnreadableInputException numberedFailure = null;
        UnreadableInputException catalogueFailure = null;
        // either reading failing unexpectedly leaves the other one standing
        try {
            numbered = interpretNumbered(source);
        } catch (UnreadableInputException e) {
            numberedFailure = e;
        } catch (RuntimeException e) {
            numberedFailure = new UnreadableInputException("could not be read by the numbered-table template: " + e);
        }
        try {
            catalogued = CatalogueInterpreter.interpret(source);
        } catch (UnreadableInputException e) {
            catalogueFailure = e;
        } catch (RuntimeException e) {
            catalogueFailure = new UnreadableInputException("could not be read by the table catalogue: " + e);
        }
        if (numbered != null && !Identity.isBody(numbered.entity().name())) numbered = null;
        if (numbered == null && catalogued == null) throw catalogueFailure != null ? catalogueFailure : numberedFailure;
        if (numbered == null) return catalogued;
        if (catalogued == null) return numbered;
        // the sums are the referee: a reading whose tables add up better wins unless it reads far fewer cells (a numbered
        // table of another template read by the seed template's positions gives a cell or two more, and a finding); where
        // they add up alike, the reading with more cells
        long numberedFindings = findings(numbered), catalogueFindings = findings(catalogued);
        int n = numbered.facts().size(), c = catalogued.facts().size();
        if (catalogueFindings < numberedFindings && c * 5 >= n * 4) return catalogued;
        if (numberedFindings < catalogueFindings && n * 5 >= c * 4) return numbered;
        return n >= c ? numbered : catalogued;
    }

    private static long findings(Disclosure d) {
        return d.issues().stream().filter(Issue::isFinding).count();
    }

    static Disclosure interpretNumbered(SourceText source) throws UnreadableInputException {
        List<Issue> issues = new ArrayList<>();
        for (String w : source.warnings()) {
            // reader warnings come as "page<TAB>message"
            String[] parts = w.split("\t", 2);
            SourceRef ref = parts.length == 2 && parts[0].matches("\\d+") ? SourceRef.page(source.file(), Integer.parseInt(parts[0]))
                    : new SourceRef(source.file(), 0, 0);
            issues.add(new Issue(parts[1 % parts.length].contains("invisible") ? Issue.Severity.NOTE : Issue.Severity.WARNING, ref,
                    parts[parts.length - 1]));
        }
        Segmenter.Segments seg = Segmenter.split(source);
        RepeatedTables.report(seg.tables(), issues);
        List<TextLine> head = source.lines().subList(0, Math.min(60, source.lines().size()));
        String headText = new JoinedText(head).text;
        long knownTables = seg.tables().stream().filter(t -> t.kind() != TableKind.UNKNOWN).count();
        if (knownTables < 2 || !(headText.contains("预算") || headText.contains("概况"))) {
            throw new UnreadableInputException("not a budget disclosure (no 预算 title and numbered tables found)");
        }
        int unitAt = firstOf(headText, "单位预算", "单位概况");
        int departmentAt = firstOf(headText, "部门预算", "部门概况");
        DocumentKind kind = unitAt >= 0 && (departmentAt < 0 || unitAt < departmentAt) ? DocumentKind.UnitBudget
                : DocumentKind.DepartmentBudget;
        Matcher y = YEAR.matcher(headText);
        if (!y.find()) throw new UnreadableInputException("no fiscal year (\"20xx 年\") in the title");
        String year = y.group(1);

        String preparer = null;
        for (Table t : seg.tables()) {
            for (TextLine l : t.lines()) {
                Matcher m = PREPARER.matcher(l.label());
                if (m.matches()) { preparer = Text.label(m.group(1)); break; }
            }
            if (preparer != null) break;
        }
        if (preparer == null) {
            // no 编制部门 line: the title names the entity (2025 年XX局部门预算 / 第一部分 2025 年XX局部门概况)
            Matcher title = TITLE_ENTITY.matcher(headText);
            if (title.find()) preparer = title.group(1);
        }
        if (preparer == null) throw new UnreadableInputException("no 编制部门/编制单位 line or titled entity: cannot tell whose budget this is");

        Organizations orgs = new Organizations();
        List<String> unitNames = units(seg.before());
        String entityName = preparer;
        for (String u : unitNames) {
            String bare = u.replace("(本级)", "").replaceFirst("本级$", "");
            if (!bare.equals(u) && bare.endsWith(preparer) && bare.length() > preparer.length()) entityName = bare;
        }
        Unit entity = orgs.add(entityName);
        if (!entityName.equals(preparer)) entity.altNames().add(preparer);
        List<Unit> units = new ArrayList<>();
        for (String u : unitNames) {
            String name = u.replace("(本级)", "本级");
            if (name.equals(entityName)) continue;
            Unit unit = orgs.add(name);
            if (!name.equals(u)) unit.altNames().add(u);
            if (name.endsWith("本级") && !name.startsWith(entityName)) {
                unit.altNames().add(name);
            }
            units.add(unit);
        }
        // short forms such as 自治区…本级 for the listed 新疆维吾尔自治区…本级
        for (Unit u : units) {
            if (u.name().startsWith(entityName) && !preparer.equals(entityName)) {
                u.altNames().add(preparer + u.name().substring(entityName.length()));
            }
        }

        Codes functional = new Codes();
        Codes economic = new Codes();
        List<Table> tables = new ArrayList<>();
        for (Table t : seg.tables()) {
            List<Row> rows = RowAssembler.assemble(t.lines(), source.layout(), t.title(), issues::add);
            tables.add(new Table(t.kind(), t.title(), t.lines(), rows, t.ref()));
        }
        for (Table t : tables) {
            if (t.kind() == TableKind.GENERAL_PUBLIC_BASIC) economic.learnFull(t.rows(), 5);
            else if (t.kind() != TableKind.THREE_PUBLIC && t.kind() != TableKind.CARRY_OVER && t.kind() != TableKind.ENTRUSTED_SERVICES
                    && t.kind() != TableKind.GENERAL_PUBLIC_PROJECT) functional.learnFull(t.rows(), 7); // 表7 adds project names
        }
        TableInterpreter ti = new TableInterpreter(source.layout(), orgs, entity, functional, economic, issues::add);
        // tables that print full codes first, so that rows which lost a code part can be completed
        List<TableKind> order = List.of(TableKind.REVENUE_EXPENDITURE_OVERVIEW, TableKind.REVENUE, TableKind.GENERAL_PUBLIC_BUDGET,
                TableKind.EXPENDITURE, TableKind.FISCAL_OVERVIEW, TableKind.GENERAL_PUBLIC_BASIC, TableKind.GENERAL_PUBLIC_PROJECT,
                TableKind.GOVERNMENT_FUND, TableKind.STATE_CAPITAL, TableKind.THREE_PUBLIC, TableKind.ENTRUSTED_SERVICES,
                TableKind.CARRY_OVER, TableKind.UNKNOWN);
        for (TableKind k : order) for (Table t : tables) if (t.kind() == k) ti.interpret(t);
        List<Fact> facts = reconcile(ti.facts(), issues);

        JoinedText narrative = new JoinedText(seg.narrative());
        List<Project> projects = Narrative.projects(narrative, orgs, entity, issues::add);
        facts.addAll(Narrative.procurement(narrative));
        facts.addAll(Statements.operatingCost(narrative));
        List<TargetTable> targetTables = new ArrayList<>();
        List<Indicator> indicators = Indicators.read(seg.narrative(), source.layout(), orgs, entity, targetTables);

        // 表7's projects without a paragraph still are projects of their unit
        Map<String, Project> byKey = new LinkedHashMap<>();
        for (Project p : projects) byKey.putIfAbsent(p.unit() + "|" + p.name(), p);
        for (Map.Entry<String, List<String>> e : ti.projects.entrySet()) {
            for (String name : e.getValue()) {
                byKey.putIfAbsent(e.getKey() + "|" + name, new Project(name, e.getKey(), new LinkedHashSet<>(), null,
                        List.of(), List.of(), null, Map.of(), null));
            }
        }
        List<Project> allProjects = ProjectMatcher.link(new ArrayList<>(byKey.values()), facts, indicators, targetTables, issues);

        List<StaffCount> staff = staff(new JoinedText(seg.before()));
        List<Unit> allUnits = new ArrayList<>(orgs.all());
        allUnits.remove(entity);
        List<Indicator> linked = ProjectMatcher.relink(indicators, allProjects);
        Indicators.checkWeights(linked, issues);
        return new Disclosure(source.file(), entity, year, kind, allUnits, facts, allProjects,
                linked, ProjectMatcher.relinkTables(targetTables, allProjects), staff, Statements.changes(narrative, functional.all()),
                Statements.assets(narrative), emptyTables(tables), functional.all(), economic.all(), issues, "");
    }

    /** Tables printed empty, with the sentence that says so. */
    private static List<EmptyTable> emptyTables(List<Table> tables) {
        List<EmptyTable> out = new ArrayList<>();
        for (Table t : tables) {
            for (TextLine l : t.lines()) {
                String s = l.label();
                if (s.contains("为空表")) { out.add(new EmptyTable(t.title(), s, l.ref())); break; }
            }
        }
        return out;
    }

    static int firstOf(String text, String... words) {
        int best = -1;
        for (String w : words) {
            int i = text.indexOf(w);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    /** One cell per cube coordinate: the same cell printed in two tables must agree (to the cent). */
    private static List<Fact> reconcile(List<Fact> facts, List<Issue> issues) {
        return reconcile(facts, issues, Fact::key);
    }

    /** As {@link #reconcile(List, List)}, with the coordinates a reading gives its cells. */
    static List<Fact> reconcile(List<Fact> facts, List<Issue> issues, java.util.function.Function<Fact, String> coordinates) {
        return reconcile(facts, issues, coordinates, (a, b) -> null);
    }

    /**
     * As {@link #reconcile(List, List, java.util.function.Function)}; where two printings of a cell differ, {@code explained}
     * may name what the document itself says the difference is (then it is listed, not a finding).
     */
    static List<Fact> reconcile(List<Fact> facts, List<Issue> issues, java.util.function.Function<Fact, String> coordinates,
                                java.util.function.BiFunction<Fact, Fact, String> explained) {
        Map<String, Fact> cells = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = coordinates.apply(f);
            Fact seen = cells.get(key);
            if (seen == null) { cells.put(key, f); continue; }
            BigDecimal diff = seen.amount().subtract(f.amount()).abs();
            if (diff.signum() != 0) {
                String message = f.table() + " prints " + f.amount().toPlainString() + " for a cell that "
                        + seen.table() + " " + seen.ref() + " prints as " + seen.amount().toPlainString();
                boolean rounding = diff.compareTo(new BigDecimal("0.011")) <= 0;
                String why = rounding ? null : explained.apply(seen, f);
                Issue.Severity severity = rounding ? Issue.Severity.ROUNDING : why != null ? Issue.Severity.NOTE : Issue.Severity.WARNING;
                issues.add(new Issue(severity, f.ref(), why == null ? message : message + ": " + why));
            }
        }
        return new ArrayList<>(cells.values());
    }

    /** The budget units listed under 机构设置 (numbered items, names wrapped over lines rejoined). */
    static List<String> units(List<TextLine> before) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < before.size(); i++) {
            String l = before.get(i).label();
            if ((l.contains("机构设置") || l.contains("单位构成")) && !l.contains("第") && l.length() < 30) start = i; // the last one: past the 目录
        }
        if (start < 0) return out;
        StringBuilder current = null;
        for (int i = start + 1; i < before.size(); i++) {
            String l = before.get(i).label();
            if (l.isEmpty()) continue;
            Matcher m = UNIT_ITEM.matcher(l);
            if (m.matches() && !m.group(3).contains("。") && m.group(3).length() < 60) {
                if (current != null) out.add(current.toString());
                current = new StringBuilder(m.group(3));
                continue;
            }
            if (current != null && RowAssembler.openParenthesis(current.toString())) { current.append(l); continue; }
            if (current != null) break;
        }
        if (current != null) out.add(current.toString());
        if (out.isEmpty()) out.addAll(unitsInASentence(before, start));
        List<String> cleaned = new ArrayList<>();
        for (String s : out) cleaned.add(Text.label(s).replaceAll("[;；,，。]$", ""));
        return cleaned;
    }

    private static final Pattern UNIT_SENTENCE = Pattern.compile("(?:预算单位|所属单位|下属单位)[^:：。]{0,12}包括[:：]?([^。]+)。");
    private static final Pattern ORG_NAME = Pattern.compile(".{3,}(局|中心|院|所|站|队|校|室|处|办|会|馆|厅|委|部|本级|\\))$");

    /** 机构设置 written as one sentence: 预算单位包括：A、B、C。 */
    private static List<String> unitsInASentence(List<TextLine> before, int start) {
        List<String> out = new ArrayList<>();
        Matcher m = UNIT_SENTENCE.matcher(new JoinedText(before.subList(start, Math.min(before.size(), start + 30))).text);
        if (!m.find()) return out;
        for (String item : m.group(1).split("[、;；]")) {
            String name = item.strip().replaceFirst("^(和|及|以及)", "").replaceFirst("等\\d*[个家]?.*$", "");
            if (ORG_NAME.matcher(name).matches() && name.length() < 40) out.add(name);
        }
        return out;
    }


    /** 编制 N 人, but not the 行政编制 / 事业编制 parts of it. */
    private static final Pattern AUTHORIZED = Pattern.compile("(?:核定)?编制(?:数|人数|总数|员额)(?:共|为|是)?[:：]?(\\d[\\d,]*)|核定编制(\\d[\\d,]*)|(?<!行政|事业|参公)编制(\\d[\\d,]*)(?:人|名)");
    /** 行政编制 N 人 or 事业编制 N 名: the whole of the 编制 where a body prints only the one kind. */
    private static final Pattern AUTHORIZED_PART = Pattern.compile("(?:行政|事业|参公)编制(?:数|人数)?(?:共|为)?[:：]?(\\d[\\d,]*)(?:人|名)");
    private static final Pattern ACTUAL = Pattern.compile("实有(?:在职)?(?:在编)?(?:人数|人员|职工)?(?:共|为)?[:：]?(\\d[\\d,]*)(?:人|名)");
    private static final Pattern IN_SERVICE = Pattern.compile("在职(?:在编)?(?:人员|人数|职工)?(?:共|为)?[:：]?(\\d[\\d,]*)(?:人|名)");
    private static final Pattern RETIRED_OR_RETIRED_EARLY = Pattern.compile("离退休(?:人员|人数|职工|干部)?(?:共|为)?[:：]?(\\d[\\d,]*)(?:人|名)");
    private static final Pattern RETIRED = Pattern.compile("(?<!离)退休(?:人员|人数|职工|干部)?(?:共|为)?[:：]?(\\d[\\d,]*)(?:人|名)");

    static List<StaffCount> staff(JoinedText text) {
        List<StaffCount> out = new ArrayList<>();
        add(out, "AuthorizedPositions", AUTHORIZED, text);
        if (out.isEmpty()) {
            // no total: one kind of 编制 alone is the total (a 事业单位's 事业编制), but 行政编制 beside 事业编制 are parts
            Matcher part = AUTHORIZED_PART.matcher(text.text);
            int parts = 0;
            while (part.find()) parts++;
            if (parts == 1) add(out, "AuthorizedPositions", AUTHORIZED_PART, text);
        }
        add(out, "ActualStaff", ACTUAL, text);
        add(out, "InServiceStaff", IN_SERVICE, text);
        add(out, "RetiredStaff", RETIRED, text);
        // 离退休人员 N 人 where no 退休人员 count of its own is printed
        if (out.stream().noneMatch(s -> s.category().equals("RetiredStaff"))) add(out, "RetiredStaff", RETIRED_OR_RETIRED_EARLY, text);
        return out;
    }

    private static void add(List<StaffCount> out, String category, Pattern p, JoinedText text) {
        Matcher m = p.matcher(text.text);
        if (m.find()) {
            String n = null;
            for (int g = 1; g <= m.groupCount() && n == null; g++) n = m.group(g);
            out.add(new StaffCount(category, Long.parseLong(n.replace(",", "")), text.refAt(m.start())));
        }
    }
}

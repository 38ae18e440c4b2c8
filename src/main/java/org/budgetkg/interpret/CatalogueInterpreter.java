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
    /** Numbering before a title: 表3, 表三, 附表3, 公开03表, 3., 三、, (三) … */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:附件\\d*[:：]?)?(?:附?表\\s*[\\d一二三四五六七八九十]{1,3}(?:[-－—]\\d{1,2})?[:：]?|公开\\s*\\d{1,2}\\s*表[:：]?|[\\d]{1,2}\\s*[.、．]|[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）])?\\s*");
    private static final Pattern LEADER = Pattern.compile("[…．.·]{3,}|\\.{3,}|…{2,}");
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]部分");

    private CatalogueInterpreter() {}

    /** A titled table and the catalogue entry its title names. */
    record Found(Table table, Catalogue.TableEntry entry) {}

    static Disclosure interpret(SourceText source) throws UnreadableInputException {
        List<Issue> issues = new ArrayList<>();
        List<TextLine> lines = source.lines();
        List<TextLine> narrative = new ArrayList<>();
        List<Found> found = segment(lines, narrative);
        List<String> tableLabels = new ArrayList<>();
        for (Found f : found) for (TextLine l : f.table().lines()) tableLabels.add(Text.label(l.text()));

        Identity id = Identity.read(lines, tableLabels);
        Codes functional = new Codes();
        Codes economic = new Codes();
        List<Fact> raw = new ArrayList<>();
        GridTable.Context cx = new GridTable.Context(functional, economic, issues::add, raw);
        int tablesRead = 0;
        for (Found f : found) {
            try {
                if (GridTable.read(f.table(), f.entry(), cx) > 0) tablesRead++;
            } catch (RuntimeException e) {
                issues.add(new Issue(Issue.Severity.WARNING, f.table().ref(), "table \"" + f.table().title()
                        + "\" could not be read (" + e + "); the rest of the document is kept"));
            }
        }
        List<Fact> facts = reconcile(raw, issues);
        JoinedText text = new JoinedText(narrative);
        if (tablesRead == 0 && facts.isEmpty()) {
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
        for (String u : Interpreter.units(narrative)) {
            if (Names.key(u).equals(Names.key(id.entity()))) continue;
            Unit unit = orgs.add(u.replace("(本级)", "本级").equals(u) ? u : u);
            String b = Names.withoutSuffix(u);
            if (!b.equals(u)) unit.altNames().add(b);
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

    /** Tables by title; every line that is in no table is narrative. */
    static List<Found> segment(List<TextLine> lines, List<TextLine> narrative) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String label = Text.label(lines.get(i).text());
            Catalogue.TableEntry entry = titleEntry(label);
            String title = label;
            int bodyStart = i + 1;
            if (entry == null && label.length() <= 50 && i + 1 < lines.size() && !label.contains("\t")) {
                // a title wrapped over two lines (…支出预 / 算表), or a number on its own line before it (表一 / 收支预算总表)
                String next = Text.label(lines.get(i + 1).text());
                Catalogue.TableEntry joined = next.length() <= 40 ? titleEntry(label + next) : null;
                if (joined != null && !isTitle(next)) { entry = joined; title = label + next; bodyStart = i + 2; }
            }
            if (entry == null || !hasBody(lines, bodyStart)) {
                narrative.add(lines.get(i));
                i++;
                continue;
            }
            List<TextLine> body = new ArrayList<>();
            int j = bodyStart;
            while (j < lines.size()) {
                String s = Text.label(lines.get(j).text());
                if (PART.matcher(s).find() || (titleEntry(s) != null && hasBody(lines, j + 1))) break;
                if (j + 1 < lines.size() && s.length() <= 50 && titleEntry(s + Text.label(lines.get(j + 1).text())) != null
                        && !lines.get(j).text().contains("\t") && hasBody(lines, j + 2)) break;
                body.add(lines.get(j));
                j++;
            }
            // prose after the table's last ruled row goes back to the narrative
            int last = body.size() - 1;
            while (last >= 0 && !body.get(last).text().contains("\t") && isProse(Text.label(body.get(last).text()))) last--;
            List<TextLine> tableLines = new ArrayList<>(body.subList(0, last + 1));
            narrative.addAll(body.subList(last + 1, body.size()));
            out.add(new Found(new Table(GridTable.kindOf(entry), title, tableLines, List.of(), lines.get(i).ref()), entry));
            i = j;
        }
        return out;
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
        String t = label.replaceFirst("[(（](续|续表|功能科目|经济科目|一般公共预算|[^)）]{0,12})[)）]$", "");
        if (!(t.endsWith("表") || t.endsWith("表续"))) return null;
        if (t.endsWith("情况说明") || t.contains("说明")) return null;
        t = NUMBERING.matcher(t).replaceFirst("");
        return Catalogue.table(t);
    }

    /** A table's title is followed, within a few lines, by its unit, its entity or its ruled header. */
    private static boolean hasBody(List<TextLine> lines, int from) {
        for (int k = from; k < Math.min(lines.size(), from + 5); k++) {
            String raw = lines.get(k).text();
            String s = Text.label(raw);
            if (raw.contains("\t") || s.contains("单位:") || s.contains("单位：") || s.startsWith("部门:") || s.startsWith("编制")) return true;
            if (titleEntry(s) != null || PART.matcher(s).find() || LEADER.matcher(s).find()) return false;
        }
        return false;
    }

    /** One cell per cube coordinate; the same cell printed twice must agree (rounding is listed, not a finding). */
    private static List<Fact> reconcile(List<Fact> facts, List<Issue> issues) {
        Map<String, Fact> cells = new LinkedHashMap<>();
        for (Fact f : facts) {
            Fact seen = cells.get(f.key());
            if (seen == null) { cells.put(f.key(), f); continue; }
            BigDecimal diff = seen.amount().subtract(f.amount()).abs();
            if (diff.signum() != 0) {
                issues.add(new Issue(diff.compareTo(new BigDecimal("0.011")) <= 0 ? Issue.Severity.ROUNDING : Issue.Severity.WARNING,
                        f.ref(), f.table() + " prints " + f.amount().toPlainString() + " for a cell that "
                        + seen.table() + " " + seen.ref() + " prints as " + seen.amount().toPlainString()));
            }
        }
        return new ArrayList<>(cells.values());
    }

    static boolean knows(TableKind k) { return k != TableKind.UNKNOWN; }

    static java.util.Set<String> none() { return new LinkedHashSet<>(); }
}

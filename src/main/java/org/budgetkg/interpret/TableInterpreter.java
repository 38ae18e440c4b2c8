package org.budgetkg.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Layout;
import org.budgetkg.model.Row;
import org.budgetkg.model.Table;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;
import org.budgetkg.model.Unit;

/** Turns the tables of 第二部分 into cube cells, deciding columns by the sums each table must satisfy. */
final class TableInterpreter {
    static final String GPB = "GeneralPublicBudgetAppropriation";
    static final String PROJECT = "ProjectExpenditure";
    static final String BASIC = "BasicExpenditure";
    static final String PERSONNEL = "PersonnelExpense";
    static final String OPERATING = "OperatingExpense";
    /** 表7's economic columns after 项目支出合计, in their printed order. */
    static final String[] PROJECT_ECONOMIC_COLUMNS = {"301", "302", "303", "307", "309", "310", "311", "312", "313", "399"};
    private static final Map<String, String> PROJECT_ECONOMIC_NAMES = Map.of("301", "工资福利支出", "302", "商品和服务支出",
            "303", "对个人和家庭的补助", "307", "债务利息及费用支出", "309", "资本性支出(基本建设)", "310", "资本性支出",
            "311", "对企业补助(基本建设)", "312", "对企业补助", "313", "对社会保障基金补助", "399", "其他支出");
    /** 表2's columns: 总计, then the funding source of each column as 表2 means it. */
    private static final String[] REVENUE_COLUMNS = {null, "FiscalAppropriation", "OwnGeneralPublicBudget",
            "GeneralPublicBudgetTransfer", "OwnGovernmentFund", "GovernmentFundTransfer", "OwnStateCapital",
            "StateCapitalTransfer", "FiscalSpecialAccount", "UnitFunds", "FiscalCarryOver", "NonFiscalCarryOver"};
    private static final Pattern TOTAL = Pattern.compile("^(总计|合计)$");

    private final Layout layout;
    private final Organizations orgs;
    private final Unit entity;
    private final Codes functional;
    private final Codes economic;
    private final Consumer<Issue> issues;
    private final List<Fact> facts = new ArrayList<>();
    /** Projects of 表7: unit name → project names, in order. */
    final Map<String, List<String>> projects = new LinkedHashMap<>();

    TableInterpreter(Layout layout, Organizations orgs, Unit entity, Codes functional, Codes economic,
                     Consumer<Issue> issues) {
        this.layout = layout;
        this.orgs = orgs;
        this.entity = entity;
        this.functional = functional;
        this.economic = economic;
        this.issues = issues;
    }

    List<Fact> facts() { return facts; }

    void interpret(Table t) {
        switch (t.kind()) {
            case REVENUE_EXPENDITURE_OVERVIEW -> new TwoSidedTable(t, false).read();
            case FISCAL_OVERVIEW -> new TwoSidedTable(t, true).read();
            case REVENUE -> codeTree(t, 12, List.of(new ColumnSolver.Sum(0, 1, 8, 9, 10, 11),
                    new ColumnSolver.Sum(1, 2, 3, 4, 5, 6, 7)), (b, col) -> b.fundingSource(REVENUE_COLUMNS[col]), true);
            case EXPENDITURE -> codeTree(t, 3, List.of(new ColumnSolver.Sum(0, 1, 2)),
                    (b, col) -> b.expenditureType(col == 0 ? null : col == 1 ? BASIC : PROJECT), true);
            case GENERAL_PUBLIC_BUDGET -> codeTree(t, 3, List.of(new ColumnSolver.Sum(0, 1, 2)),
                    (b, col) -> b.fundingSource(GPB).expenditureType(col == 0 ? null : col == 1 ? BASIC : PROJECT), true);
            case GENERAL_PUBLIC_BASIC -> codeTree(t, 3, List.of(new ColumnSolver.Sum(0, 1, 2)),
                    (b, col) -> b.fundingSource(GPB).expenditureType(col == 0 ? BASIC : col == 1 ? PERSONNEL : OPERATING), false);
            case GOVERNMENT_FUND -> codeTree(t, 4, List.of(new ColumnSolver.Sum(0, 1, 2, 3)),
                    (b, col) -> b.fundingSource("GovernmentFundAppropriation")
                            .expenditureType(col == 0 ? null : col == 1 ? PERSONNEL : col == 2 ? OPERATING : PROJECT), true);
            case STATE_CAPITAL -> codeTree(t, 4, List.of(new ColumnSolver.Sum(0, 1, 2, 3)),
                    (b, col) -> b.fundingSource("StateCapitalAppropriation")
                            .expenditureType(col == 0 ? null : col == 1 ? PERSONNEL : col == 2 ? OPERATING : PROJECT), true);
            case GENERAL_PUBLIC_PROJECT -> projectTable(t);
            case THREE_PUBLIC -> threePublic(t);
            case ENTRUSTED_SERVICES -> unitProjectTable(t, 4, List.of(new ColumnSolver.Sum(0, 1, 2, 3)),
                    (b, col) -> b.expenseItem("EntrustedServices").fundingSource(
                            col == 0 ? null : col == 1 ? GPB : col == 2 ? "GovernmentFundAppropriation" : "StateCapitalAppropriation"));
            case CARRY_OVER -> unitProjectTable(t, 9, List.of(new ColumnSolver.Sum(0, 1, 5),
                    new ColumnSolver.Sum(1, 2, 3, 4), new ColumnSolver.Sum(5, 6, 7, 8)), (b, col) -> {
                        b.fundingSource(col == 0 ? "CarryOver" : col <= 4 ? "FiscalCarryOver" : "NonFiscalCarryOver");
                        int within = col == 0 ? -1 : (col - 1) % 4;
                        b.expenditureType(within == 1 ? PERSONNEL : within == 2 ? OPERATING : within == 3 ? PROJECT : null);
                    });
            default -> issues.accept(new Issue(Issue.Severity.WARNING, t.ref(), "table \"" + t.title() + "\" is not one this tool knows; skipped"));
        }
    }

    interface ColumnMeaning { void apply(Fact.Builder b, int column); }

    /** Tables whose rows are classification codes under a 总计 row (表2, 表3, 表5, 表6, 表8, 表9). */
    private void codeTree(Table t, int columns, List<ColumnSolver.Sum> sums, ColumnMeaning meaning, boolean isFunctional) {
        Codes codes = isFunctional ? functional : economic;
        int full = isFunctional ? 7 : 5;
        ColumnSolver solver = new ColumnSolver(columns, sums, issues);
        Map<Row, String> codeOf = new HashMap<>();
        List<Row> rows = t.rows();
        java.util.Set<String> printedHere = new java.util.HashSet<>();
        for (Row r : rows) printedHere.add(r.code());
        for (Row r : rows) {
            String name = r.texts().isEmpty() ? "" : r.texts().get(0);
            if (r.codeParts().isEmpty()) {
                if (TOTAL.matcher(name).matches()) codeOf.put(r, "");
                continue;
            }
            String code = codes.resolve(r.code(), name, full, printedHere);
            codeOf.put(r, code);
            if (!name.isEmpty() && code.length() == r.code().length()) codes.learn(code, name);
        }
        Map<Row, ColumnSolver.Candidate> pinned = new HashMap<>();
        if (t.kind() == TableKind.REVENUE) {
            // 表2's 总计 row must agree with 表1's revenue by source: that tells which column a lone number is in
            BigDecimal[] hint = revenueTotalsFromOverview();
            if (hint != null) {
                for (Map.Entry<Row, String> e : codeOf.entrySet()) {
                    if (e.getValue().isEmpty()) pinned.put(e.getKey(), new ColumnSolver.Candidate(hint, 0));
                }
            }
        }
        Map<Row, ColumnSolver.Candidate> chosen = solver.solveTree(rows.stream().filter(codeOf::containsKey).toList(), codeOf, pinned);
        for (Map.Entry<Row, ColumnSolver.Candidate> e : chosen.entrySet()) {
            String code = codeOf.get(e.getKey());
            BigDecimal[] v = e.getValue().values();
            for (int c = 0; c < columns; c++) {
                if (v[c] == null || v[c].signum() == 0) continue;
                Fact.Builder b = Fact.of(t.kind(), v[c], e.getKey().ref());
                if (!code.isEmpty()) { if (isFunctional) b.functionalCode(code); else b.economicCode(code); }
                meaning.apply(b, c);
                facts.add(b.build());
            }
        }
    }

    /** 表1's totals by funding source in 表2's column order, or null when 表1 was not read. */
    private BigDecimal[] revenueTotalsFromOverview() {
        boolean overview = facts.stream().anyMatch(f -> f.table() == TableKind.REVENUE_EXPENDITURE_OVERVIEW);
        if (!overview) return null;
        BigDecimal[] v = new BigDecimal[REVENUE_COLUMNS.length];
        for (int c = 0; c < v.length; c++) v[c] = overviewAmount(REVENUE_COLUMNS[c]);
        if (v[1] == null) {
            BigDecimal fiscal = null;
            for (String s : new String[] {GPB, "GovernmentFundAppropriation", "StateCapitalAppropriation"}) {
                BigDecimal a = overviewAmount(s);
                if (a != null) fiscal = fiscal == null ? a : fiscal.add(a);
            }
            v[1] = fiscal;
        }
        return v;
    }

    /** The total a fund table printed for a code (null code: its 总计), or null. */
    private BigDecimal fundTotal(String code, String fund) {
        for (Fact f : facts) {
            if (java.util.Objects.equals(f.functionalCode(), code) && fund.equals(f.fundingSource()) && f.expenditureType() == null
                    && f.economicCode() == null && f.unit() == null && f.project() == null && f.table() != TableKind.FISCAL_OVERVIEW
                    && f.table() != TableKind.REVENUE_EXPENDITURE_OVERVIEW) return f.amount();
        }
        return null;
    }

    /** What 表1 printed for a funding source (no other dimension), or null when it printed nothing. */
    private BigDecimal overviewAmount(String source) {
        for (Fact f : facts) {
            if (f.table() == TableKind.REVENUE_EXPENDITURE_OVERVIEW && f.functionalCode() == null && f.carryOverSource() == null
                    && java.util.Objects.equals(f.fundingSource(), source)) return f.amount();
        }
        return null;
    }

    /** 表7: unit rows, code subtotal rows and project rows, split by economic category. */
    private void projectTable(Table t) {
        String[] columns = economicColumns(t);
        // 表7 names its economic 类 only in its header: they are codes of the document like any other
        for (String code : columns) if (code != null) economic.learn(code, PROJECT_ECONOMIC_NAMES.get(code));
        int undeterminedEconomic = projectRows(t, columns);
        if (undeterminedEconomic > 0) {
            issues.accept(new Issue(Issue.Severity.NOTE, t.ref(), "表7: " + undeterminedEconomic + " amount(s) whose "
                    + "economic column cannot be told from the text (the layout lost the empty cells); left out"));
        }
    }

    /** 表7's economic columns as its header prints them (null for a column that names no known 类); the usual ten if unreadable. */
    private String[] economicColumns(Table t) {
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        PROJECT_ECONOMIC_NAMES.forEach((code, name) -> byName.put(name, code));
        for (TextLine l : t.lines()) {
            if (l.text().indexOf('\t') < 0 || !l.label().contains("工资福利")) continue;
            List<String> cells = new ArrayList<>();
            for (String c : l.text().split("\t")) if (!Text.label(c).isEmpty()) cells.add(Text.label(c));
            int total = -1;
            for (int i = 0; i < cells.size(); i++) if (cells.get(i).contains("合计")) { total = i; break; }
            if (total < 0) continue;
            List<String> codes = new ArrayList<>();
            for (String c : cells.subList(total + 1, cells.size())) codes.add(byName.get(c));
            if (codes.stream().filter(java.util.Objects::nonNull).count() >= 2) return codes.toArray(new String[0]);
        }
        return PROJECT_ECONOMIC_COLUMNS;
    }

    /** Reads the rows; returns how many amounts could not be placed in an economic column. */
    private int projectRows(Table t, String[] economicColumns) {
        int undetermined = 0;
        int[] parts = new int[economicColumns.length];
        for (int i = 0; i < parts.length; i++) parts[i] = i + 1;
        ColumnSolver solver = new ColumnSolver(economicColumns.length + 1, List.of(new ColumnSolver.Sum(0, parts)), issues);
        Unit unit = null;
        for (Row r : t.rows()) {
            String first = r.texts().isEmpty() ? "" : r.texts().get(0);
            List<ColumnSolver.Candidate> cands = solver.candidates(r);
            if (cands.isEmpty()) continue;
            ColumnSolver.Candidate c = cands.get(0);
            boolean sure = cands.size() == 1 || cands.get(0).rank() < cands.get(1).rank();
            String code;
            String project = null;
            if (r.codeParts().isEmpty()) {
                if (TOTAL.matcher(first).matches()) {
                    undetermined += emitProjectRow(t, r, c, sure, economicColumns, null, null, null);
                    continue;
                }
                Unit u = orgs.resolve(r.text());
                if (u == null) {
                    u = orgs.add(r.text());
                    issues.accept(new Issue(Issue.Severity.WARNING, r.ref(), "表7 unit \"" + r.text() + "\" is not among the units of 机构设置"));
                }
                unit = u;
                undetermined += emitProjectRow(t, r, c, sure, economicColumns, unit, null, null);
                continue;
            }
            String subject = first;
            if (r.texts().size() >= 2) {
                project = String.join("", r.texts().subList(1, r.texts().size()));
            }
            code = functional.resolve(r.code(), subject, 7);
            if (r.texts().size() == 1) {
                String[] split = splitSubject(code, subject);
                code = split[0];
                project = split[1];
            }
            Unit owner = unit != null ? unit : entity;
            if (project != null && !project.isEmpty()) {
                projects.computeIfAbsent(owner.name(), k -> new ArrayList<>());
                if (!projects.get(owner.name()).contains(project)) projects.get(owner.name()).add(project);
            }
            undetermined += emitProjectRow(t, r, c, sure, economicColumns, owner, code, project);
        }
        return undetermined;
    }

    /**
     * A 表7 row that prints subject and project as one text (flowing layouts, or a row that lost its 项 code): the
     * code under the printed one whose name the text starts with — its own if it does — and the rest as the project.
     */
    private String[] splitSubject(String code, String subject) {
        String own = functional.name(code);
        String best = own != null && subject.startsWith(own) ? code : null;
        if (best == null) {
            for (Map.Entry<String, String> e : functional.all().entrySet()) {
                if (e.getKey().startsWith(code) && subject.startsWith(e.getValue())
                        && (best == null || e.getValue().length() > functional.name(best).length())) best = e.getKey();
            }
        }
        if (best == null || subject.length() <= functional.name(best).length()) return new String[] {best == null ? code : best, null};
        return new String[] {best, subject.substring(functional.name(best).length())};
    }

    private int emitProjectRow(Table t, Row r, ColumnSolver.Candidate c, boolean sure, String[] economicColumns, Unit unit,
                               String code, String project) {
        int undetermined = 0;
        BigDecimal[] v = c.values();
        for (int col = 0; col < v.length; col++) {
            if (v[col] == null || v[col].signum() == 0) continue;
            if (col > 0 && !sure) {
                undetermined++;
                continue;
            }
            Fact.Builder b = Fact.of(t.kind(), v[col], r.ref()).expenditureType(PROJECT).fundingSource(GPB)
                    .functionalCode(code).project(project).unit(unit == null ? null : unit.name());
            if (col > 0) {
                if (col - 1 >= economicColumns.length || economicColumns[col - 1] == null) continue; // a column of no known 类
                b.economicCode(economicColumns[col - 1]);
            }
            facts.add(b.build());
        }
        return undetermined;
    }

    /** 表11 and 表12: rows are units (when they name a known one) or projects of the unit above. */
    private void unitProjectTable(Table t, int columns, List<ColumnSolver.Sum> sums, ColumnMeaning meaning) {
        ColumnSolver solver = new ColumnSolver(columns, sums, issues);
        Unit unit = null;
        for (Row r : t.rows()) {
            String text = r.text();
            List<ColumnSolver.Candidate> cands = solver.candidates(r);
            if (cands.isEmpty()) continue;
            String project = null;
            Unit rowUnit;
            if (TOTAL.matcher(text).matches()) {
                rowUnit = null;
            } else {
                Unit u = orgs.resolve(text);
                if (u != null) { unit = u; rowUnit = u; }
                else { rowUnit = unit != null ? unit : entity; project = text; }
            }
            BigDecimal[] v = cands.get(0).values();
            for (int col = 0; col < columns; col++) {
                if (v[col] == null || v[col].signum() == 0) continue;
                Fact.Builder b = Fact.of(t.kind(), v[col], r.ref()).unit(rowUnit == null ? null : rowUnit.name()).project(project);
                meaning.apply(b, col);
                facts.add(b.build());
            }
        }
    }

    private void threePublic(Table t) {
        ColumnSolver solver = new ColumnSolver(4, List.of(new ColumnSolver.Sum(0, 1, 2, 3)), issues);
        for (Row r : t.rows()) {
            String name = r.text();
            String category = name.contains("购置及运行") ? "OfficialVehicles" : name.contains("运行") ? "VehicleOperation"
                    : name.contains("购置") ? "VehiclePurchase" : name.contains("出国") ? "OverseasTravel"
                    : name.contains("接待") ? "OfficialReception" : TOTAL.matcher(name).matches() ? "ThreePublicTotal" : null;
            if (category == null) continue;
            List<ColumnSolver.Candidate> cands = solver.candidates(r);
            if (cands.isEmpty()) continue;
            BigDecimal[] v = cands.get(0).values();
            for (int col = 0; col < 4; col++) {
                if (v[col] == null) continue;
                if (col > 0 && cands.size() > 1 && cands.get(0).rank() == cands.get(1).rank()) continue;
                facts.add(Fact.of(t.kind(), v[col], r.ref()).threePublic(category).fundingSource(
                        col == 0 ? null : col == 1 ? GPB : col == 2 ? "GovernmentFundAppropriation" : "StateCapitalAppropriation").build());
            }
        }
    }

    /**
     * 表1 and 表4: revenue items on the left, expenditure by 类 on the right, read token by token because the
     * flowing layout prints both halves on one line with nothing but spaces between them.
     */
    private final class TwoSidedTable {
        private final Table table;
        private final boolean fiscal;
        private String section = "current";
        private String subsection = "";

        TwoSidedTable(Table table, boolean fiscal) { this.table = table; this.fiscal = fiscal; }

        void read() {
            boolean header = true;
            for (TextLine line : table.lines()) {
                String label = line.label();
                if (label.isEmpty() || label.startsWith("编制") || label.contains("单位:万元") || label.startsWith("※")) continue;
                List<String> tokens = tokens(line.text());
                boolean hasAmount = tokens.stream().anyMatch(Text::isAmount);
                if (header) {
                    if (!hasAmount && !tokens.isEmpty() && !tokens.get(0).matches("\\d{3}")) continue;
                    header = false;
                }
                readLine(tokens, line);
            }
        }

        private List<String> tokens(String raw) {
            List<String> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String part : Text.nfkc(raw).strip().split("[\\s\\t]+")) {
                if (part.isEmpty()) continue;
                if (Text.isAmount(part) || part.matches("\\d{3}")) {
                    if (text.length() > 0) { out.add(Text.label(text.toString())); text.setLength(0); }
                    out.add(part);
                } else {
                    if (text.length() > 0) text.append(' ');
                    text.append(part);
                }
            }
            if (text.length() > 0) out.add(Text.label(text.toString()));
            return out;
        }

        private void readLine(List<String> tokens, TextLine line) {
            String leftName = null;
            BigDecimal leftAmount = null;
            String code = null;
            String rightName = null;
            List<BigDecimal> rightAmounts = new ArrayList<>();
            int state = 0; // 0 left name, 1 after left amount, 2 right side
            for (String tok : tokens) {
                if (tok.matches("\\d{3}") && state < 2) { code = tok; state = 2; continue; }
                if (Text.isAmount(tok)) {
                    if (state == 0 && leftName != null) { leftAmount = Text.amount(tok); state = 1; }
                    else if (state == 2) rightAmounts.add(Text.amount(tok));
                    continue;
                }
                if (state == 0) { leftName = leftName == null ? tok : leftName + tok; }
                else if (state == 1) { rightName = tok; state = 2; }
                else { rightName = rightName == null ? tok : rightName + tok; }
            }
            if (leftName != null) left(leftName, leftAmount, line);
            if (code != null || rightName != null) right(code, rightName, rightAmounts, line);
        }

        private void left(String name, BigDecimal amount, TextLine line) {
            String n = name.replaceFirst("^(其中[:：])", "").replaceFirst("^[一二三四五六七八九十]+、", "")
                    .replaceFirst("^\\d+[.、]", "");
            String source;
            String carrySource = null;
            if (name.contains("收入总计")) source = fiscal ? "FiscalAppropriation" : "";
            else if (n.startsWith("本年收入")) { section = "current"; source = "CurrentYearRevenue"; }
            else if (n.contains("上年结转")) {
                if (n.contains("财政拨款结转") && !n.startsWith("非")) { subsection = "fiscal"; source = "FiscalCarryOver"; }
                else if (n.startsWith("非财政")) { subsection = "nonfiscal"; source = "NonFiscalCarryOver"; }
                else { section = "carry"; subsection = ""; source = fiscal ? "FiscalCarryOver" : "CarryOver"; }
            } else if (n.startsWith("财政拨款结转")) { section = "carry"; subsection = "fiscal"; source = "FiscalCarryOver"; }
            else if (n.startsWith("非财政拨款结转")) { section = "carry"; subsection = "nonfiscal"; source = "NonFiscalCarryOver"; }
            else if (section.equals("carry")) {
                source = subsection.equals("nonfiscal") ? "NonFiscalCarryOver" : "FiscalCarryOver";
                carrySource = sourceOf(n);
            } else {
                source = sourceOf(n);
            }
            if (source == null || amount == null || amount.signum() == 0) return;
            Fact.Builder b = Fact.of(table.kind(), amount, line.ref());
            if (!source.isEmpty()) b.fundingSource(source);
            b.carryOverSource(carrySource);
            facts.add(b.build());
        }

        private String sourceOf(String n) {
            if (n.startsWith("财政拨款")) return "FiscalAppropriation";
            if (n.contains("上级一般公共预算")) return "GeneralPublicBudgetTransfer";
            if (n.contains("一般财力") || n.contains("本级一般公共预算")) return "OwnGeneralPublicBudget";
            if (n.contains("一般公共预算")) return GPB;
            if (n.contains("上级政府性基金")) return "GovernmentFundTransfer";
            if (n.contains("政府性基金收入")) return "OwnGovernmentFund";
            if (n.contains("政府性基金")) return "GovernmentFundAppropriation";
            if (n.contains("上级国有资本")) return "StateCapitalTransfer";
            if (n.contains("国有资本经营收入")) return "OwnStateCapital";
            if (n.contains("国有资本")) return "StateCapitalAppropriation";
            if (n.contains("财政专户")) return "FiscalSpecialAccount";
            if (n.contains("单位资金")) return "UnitFunds";
            if (n.contains("事业单位经营收入") || n.contains("经营收入")) return "OperatingIncome";
            if (n.contains("事业收入")) return "BusinessIncome";
            if (n.contains("上级补助收入")) return "SuperiorSubsidy";
            if (n.contains("附属单位上缴")) return "AffiliatedRemittance";
            if (n.contains("其他收入")) return "OtherIncome";
            return null;
        }

        private void right(String code, String name, List<BigDecimal> amounts, TextLine line) {
            if (code != null && name != null) functional.learn(code, name);
            if (amounts.isEmpty()) return;
            boolean total = code == null && name != null && name.contains("总计");
            if (code == null && !total) return;
            String[] columns = fiscal ? new String[] {"FiscalAppropriation", GPB, "GovernmentFundAppropriation", "StateCapitalAppropriation"}
                    : new String[] {null};
            int n = fiscal && (layout == Layout.TABULATED || amounts.size() == columns.length) ? Math.min(amounts.size(), columns.length) : 1;
            if (fiscal && n == 1 && amounts.size() > 1 && amounts.size() < columns.length) {
                // the fund tables (表5, 表8, 表9) print each fund's total per 类: a lone number is the fund whose total it equals
                for (BigDecimal extra : amounts.subList(1, amounts.size())) {
                    String fund = null;
                    for (int c = 1; c < columns.length; c++) {
                        if (fundTotal(code, columns[c]) != null && fundTotal(code, columns[c]).compareTo(extra) == 0) {
                            fund = fund == null ? columns[c] : "";
                        }
                    }
                    if (fund == null || fund.isEmpty()) {
                        issues.accept(new Issue(Issue.Severity.WARNING, line.ref(), "表4 " + (code == null ? "总计" : code)
                                + ": which fund " + extra.toPlainString() + " belongs to cannot be told; left out"));
                    } else {
                        facts.add(Fact.of(table.kind(), extra, line.ref()).functionalCode(code).fundingSource(fund).build());
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (amounts.get(i) == null || amounts.get(i).signum() == 0) continue;
                Fact.Builder b = Fact.of(table.kind(), amounts.get(i), line.ref()).functionalCode(code).fundingSource(columns[i]);
                facts.add(b.build());
            }
        }
    }
}

package org.budgetkg.rdf;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.budgetkg.model.Allocation;
import org.budgetkg.model.AssetHolding;
import org.budgetkg.model.YearOnYearChange;
import org.budgetkg.model.TargetTable;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.EmptyTable;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Indicator;
import org.budgetkg.model.PolicyCitation;
import org.budgetkg.model.Project;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.StaffCount;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.Unit;

/**
 * Maps one interpreted disclosure to the triples of its named graph, and the descriptions of what it shares with other
 * documents (codes, data structures, policy documents, regions) to the triples it adds to the shared graph.
 */
public final class RdfMapper {
    private static final Node TYPE = BKG.rdf("type");
    private static final Node LABEL = BKG.rdfs("label");
    private static final Node ALT = BKG.skos("altLabel");
    private static final Node NOTATION = BKG.skos("notation");
    private static final Node BROADER = BKG.skos("broader");
    private static final Node IN_SCHEME = BKG.skos("inScheme");
    private static final Node PREF = BKG.skos("prefLabel");
    private static final Node DERIVED = BKG.prov("wasDerivedFrom");
    private static final Pattern NUMBER_PARTS = Pattern.compile("^(.*)〔(\\d{4})〕(\\d+)号$");

    private final Graph g = GraphFactory.createDefaultGraph();
    /** What this document says about resources of the shared graph ({@link BKG#SHARED_GRAPH}). */
    private final Graph shared = GraphFactory.createDefaultGraph();
    private final Disclosure d;
    private final Node doc;

    private RdfMapper(Disclosure d) {
        this.d = d;
        this.doc = IriMinter.document(d);
    }

    public static Node graphName(Disclosure d) { return IriMinter.graph(d); }

    /** The document's own triples and those it adds to the shared graph. */
    public record Mapped(Node graphName, Graph document, Graph shared) {
        public long size() { return (long) document.size() + shared.size(); }

        /** Both in one graph: the document as a reader of it alone sees it. */
        public Graph union() {
            Graph all = GraphFactory.createDefaultGraph();
            document.find().forEachRemaining(all::add);
            shared.find().forEachRemaining(all::add);
            return all;
        }
    }

    /** The document's triples with the descriptions of the shared resources it uses, in one graph. */
    public static Graph map(Disclosure d) { return mapParts(d).union(); }

    public static Mapped mapParts(Disclosure d) {
        RdfMapper m = new RdfMapper(d);
        m.document();
        m.findings();
        m.facts();
        m.projects();
        m.targetTables();
        m.indicators();
        m.staff();
        m.changes();
        m.assets();
        return new Mapped(graphName(d), m.g, m.shared);
    }

    private void add(Node s, Node p, Node o) { if (o != null) g.add(Triple.create(s, p, o)); }

    private void share(Node s, Node p, Node o) { if (o != null) shared.add(Triple.create(s, p, o)); }

    private static Node str(String s) { return s == null ? null : NodeFactory.createLiteralString(s); }

    private static Node dec(BigDecimal v) {
        // the canonical lexical form (44.1, 10.0): TDB2 stores decimals by value, and a quad written as 44.10 cannot be
        // deleted again by the form it reads back as, so a replaced graph would keep it
        return v == null ? null : NodeFactory.createLiteralDT(org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(v),
                XSDDatatype.XSDdecimal);
    }

    private static Node integer(long v) { return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger); }

    private void source(Node s, SourceRef ref) {
        add(s, DERIVED, doc);
        if (ref == null) return;
        if (ref.page() > 0) add(s, BKG.sourcePage, integer(ref.page()));
        if (ref.line() > 0) add(s, BKG.sourceLine, integer(ref.line()));
    }

    private static final Map<String, String> KIND_LABELS = Map.of("DepartmentBudget", "部门预算", "UnitBudget", "单位预算",
            "DepartmentFinalAccounts", "部门决算", "UnitFinalAccounts", "单位决算");

    private void document() {
        add(doc, TYPE, BKG.BudgetDocument);
        add(doc, BKG.fiscalYear, NodeFactory.createLiteralDT(d.fiscalYear(), XSDDatatype.XSDgYear));
        add(doc, BKG.documentKind, BKG.term(d.kind().name()));
        add(doc, BKG.sourceFile, str(d.file()));
        add(doc, LABEL, str(d.fiscalYear() + "年" + d.entity().name() + KIND_LABELS.get(d.kind().name())));
        Node entity = org(d.entity());
        add(doc, BKG.reportingEntity, entity);
        add(doc, BKG.grandTotal, dec(grandTotal()));
        for (EmptyTable e : d.emptyTables()) {
            add(doc, BKG.term("emptyTable"), str(e.title()));
            add(doc, BKG.term("emptyTableStatement"), str(e.statement()));
        }
        for (Unit u : d.units()) {
            Node n = org(u);
            add(n, BKG.org("subOrganizationOf"), entity);
            add(entity, BKG.org("hasSubOrganization"), n);
        }
    }

    /**
     * The document's 收支总计 on the document itself, so that a query over many documents need not look for the one
     * fact with no dimension among all of them: the 收支总表's grand total, else a table's total over every dimension,
     * else one a sentence states.
     */
    private BigDecimal grandTotal() {
        BigDecimal table = null, stated = null;
        for (Fact f : d.facts()) {
            if (f.grandTotal()) return f.amount();
            if (!f.overEverything()) continue;
            if (f.table() == TableKind.NARRATIVE) { if (stated == null) stated = f.amount(); }
            else if (table == null) table = f.amount();
        }
        return table != null ? table : stated;
    }

    /**
     * What the reading noticed (rounding, notes, findings), kept with the document so that {@code validate --db}
     * reports what {@code load} reported; one resource per issue, named after the graph it lives in.
     */
    private void findings() {
        String prefix = IriMinter.graph(d).getURI() + "/finding/";
        int n = 0;
        for (org.budgetkg.model.Issue i : d.issues()) {
            Node f = NodeFactory.createURI(prefix + (++n));
            add(f, TYPE, BKG.term("ReadingIssue"));
            add(f, BKG.document, doc);
            add(f, BKG.term("severity"), str(i.severity().name().toLowerCase(java.util.Locale.ROOT)));
            add(f, BKG.rdfs("comment"), str(i.message()));
            if (i.ref() != null && i.ref().page() > 0) add(f, BKG.sourcePage, integer(i.ref().page()));
            if (i.ref() != null && i.ref().line() > 0) add(f, BKG.sourceLine, integer(i.ref().line()));
        }
    }

    private Node org(Unit u) {
        Node n = IriMinter.organization(u.name());
        if (!described.add(n)) return n;
        add(n, TYPE, BKG.org("Organization"));
        add(n, LABEL, str(u.name()));
        for (String a : u.altNames()) if (!a.equals(u.name())) add(n, ALT, str(a));
        return n;
    }

    private Node orgByName(String name) {
        if (name.equals(d.entity().name())) return org(d.entity());
        for (Unit u : d.units()) if (u.name().equals(name)) return org(u);
        return org(new Unit(name, java.util.Set.of()));
    }

    /** Concepts and organisations already described in this graph: described once, referred to many times. */
    private final java.util.Set<Node> described = new java.util.HashSet<>();

    private Node code(String code, boolean functional) {
        Node n = functional ? IriMinter.functionalCode(code) : IriMinter.economicCode(code);
        if (!described.add(n)) return n;
        share(n, TYPE, BKG.skos("Concept"));
        share(n, TYPE, functional ? BKG.FunctionalClassification : BKG.EconomicClassification);
        share(n, NOTATION, str(code));
        share(n, IN_SCHEME, functional ? IriMinter.functionalScheme() : IriMinter.economicScheme());
        Map<String, String> names = functional ? d.functionalCodes() : d.economicCodes();
        String name = names.get(code);
        share(n, PREF, name == null ? null : NodeFactory.createLiteralLang(name, "zh"));
        if (code.length() > 3) share(n, BROADER, code(code.substring(0, code.length() - 2), functional));
        else share(n, BKG.skos("topConceptOf"), functional ? IriMinter.functionalScheme() : IriMinter.economicScheme());
        return n;
    }

    /** A 政府预算支出经济分类 code (501, 50101 …): its own scheme beside the 部门 one. */
    private Node governmentCode(String code) {
        Node n = IriMinter.governmentEconomicCode(code);
        if (!described.add(n)) return n;
        share(n, TYPE, BKG.skos("Concept"));
        share(n, NOTATION, str(code));
        share(n, IN_SCHEME, IriMinter.governmentEconomicScheme());
        if (code.length() > 3) share(n, BROADER, governmentCode(code.substring(0, code.length() - 2)));
        else share(n, BKG.skos("topConceptOf"), IriMinter.governmentEconomicScheme());
        return n;
    }

    /** The dimensions in the order of their component specifications in the ontology. */
    private static final java.util.List<String> DIMENSIONS = java.util.List.of("functionalClass", "economicClass",
            "governmentEconomicClass", "expenditureType", "fundingSource", "carryOverSource", "organization", "project",
            "threePublicCategory", "procurementCategory", "expenseItem");

    /** The dimensions the fact's node was given, in that order. */
    private java.util.List<String> dimensionsOf(Node fact) {
        return DIMENSIONS.stream().filter(d -> g.contains(fact, BKG.term(d), Node.ANY)).toList();
    }

    /**
     * The qb:DataSet of a fact in this document: one per set of dimensions (and apart for figures stated in sentences
     * and for the grand total, which share coordinates with table cells), with the structure listing those dimensions.
     */
    private Node dataSet(Node fact, String prefix) {
        java.util.List<String> dimensions = dimensionsOf(fact);
        String signature = dimensions.isEmpty() ? "total" : String.join("-", dimensions);
        String name = (prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1) + "-") + signature;
        Node ds = NodeFactory.createURI(doc.getURI() + "/cube/" + name);
        if (!described.add(ds)) return ds;
        Node structure = NodeFactory.createURI(BKG.ID + "structure/" + signature);
        add(ds, TYPE, BKG.qb("DataSet"));
        add(ds, BKG.qb("structure"), structure);
        // a title, not a label: the search index is for the names of things, not of data sets
        add(ds, BKG.dcterms("title"), str(d.fiscalYear() + "年" + d.entity().name() + " · " + name));
        add(ds, DERIVED, doc);
        if (described.add(structure)) {
            share(structure, TYPE, BKG.qb("DataStructureDefinition"));
            for (String dimension : dimensions) share(structure, BKG.qb("component"), BKG.term(dimension + "Dimension"));
            share(structure, BKG.qb("component"), BKG.term("amountMeasure"));
        }
        return ds;
    }

    private void facts() {
        for (Fact f : d.facts()) {
            // a figure stated in a sentence is its own resource beside the table cell of the same coordinates
            String prefix = f.table() == TableKind.NARRATIVE ? "narrative|" : f.grandTotal() ? "grand|" : f.revenueTotal() ? "revenue|" : "";
            Node n = IriMinter.mint("fact", doc.getURI() + "|" + prefix + f.key());
            add(n, TYPE, BKG.BudgetFact);
            add(n, TYPE, BKG.qb("Observation"));
            add(n, BKG.document, doc);
            add(n, BKG.amount, dec(f.amount()));
            if (f.functionalCode() != null) add(n, BKG.functionalClass, code(f.functionalCode(), true));
            if (f.economicCode() != null) add(n, BKG.economicClass, code(f.economicCode(), false));
            if (f.governmentEconomicCode() != null) add(n, BKG.governmentEconomicClass, governmentCode(f.governmentEconomicCode()));
            if (f.expenditureType() != null) add(n, BKG.expenditureType, BKG.term(f.expenditureType()));
            if (f.fundingSource() != null) add(n, BKG.fundingSource, BKG.term(f.fundingSource()));
            if (f.carryOverSource() != null) add(n, BKG.carryOverSource, BKG.term(f.carryOverSource()));
            if (f.unit() != null) add(n, BKG.organization, orgByName(f.unit()));
            if (f.project() != null && f.unit() != null) add(n, BKG.project, IriMinter.project(f.unit(), f.project(), d.fiscalYear()));
            if (f.threePublic() != null) add(n, BKG.threePublicCategory, BKG.term(f.threePublic()));
            if (f.procurement() != null) add(n, BKG.procurementCategory, BKG.term(f.procurement()));
            if (f.expenseItem() != null) add(n, BKG.expenseItem, BKG.term(f.expenseItem()));
            add(n, BKG.sourceTable, str(f.table().name()));
            source(n, f.ref());
            // after the dimensions: the data set is the one of the dimensions the fact was given
            add(n, BKG.qb("dataSet"), dataSet(n, prefix));
        }
    }

    private void projects() {
        for (Project p : d.projects()) {
            Node n = IriMinter.project(p.unit(), p.name(), d.fiscalYear());
            add(n, TYPE, BKG.Project);
            add(n, LABEL, str(p.name()));
            for (String a : p.altNames()) if (!a.equals(p.name())) add(n, ALT, str(a));
            add(n, BKG.undertakenBy, orgByName(p.unit()));
            add(n, BKG.plannedAmount, dec(p.plannedAmount()));
            add(n, BKG.executionPeriod, str(p.executionPeriod()));
            for (Map.Entry<String, String> e : p.details().entrySet()) {
                String property = DETAILS.get(e.getKey());
                if (property != null) add(n, BKG.term(property), str(e.getValue()));
            }
            source(n, p.ref());
            for (PolicyCitation c : p.citations()) add(n, BKG.policyBasis, policy(c));
            for (Allocation a : p.allocations()) {
                Node x = IriMinter.mint("allocation", n.getURI() + "|" + a.recipient() + "|" + a.amount().toPlainString());
                add(n, BKG.allocation, x);
                add(x, TYPE, BKG.Allocation);
                add(x, BKG.amount, dec(a.amount()));
                add(x, BKG.allocationKind, BKG.term(a.region() ? "RegionalAllocation" : "PurposeAllocation"));
                Node r = a.region() ? IriMinter.region(a.recipient()) : IriMinter.mint("purpose", a.recipient());
                share(r, TYPE, a.region() ? BKG.Region : BKG.term("Purpose"));
                share(r, LABEL, str(a.recipient()));
                add(x, BKG.recipient, r);
                source(x, a.ref());
            }
        }
    }

    private Node policy(PolicyCitation c) {
        Node n = c.number() != null ? IriMinter.policyByNumber(c.number()) : IriMinter.policyByTitle(c.title());
        share(n, TYPE, BKG.PolicyDocument);
        if (c.number() != null) {
            share(n, BKG.documentNumber, str(c.number()));
            Matcher m = NUMBER_PARTS.matcher(c.number());
            if (m.matches()) {
                share(n, BKG.issuerCode, str(m.group(1)));
                share(n, BKG.issueYear, NodeFactory.createLiteralDT(m.group(2), XSDDatatype.XSDgYear));
                share(n, BKG.serialNumber, integer(Long.parseLong(m.group(3))));
            }
        }
        if (c.title() != null) {
            share(n, BKG.dcterms("title"), str(c.title()));
            share(n, LABEL, str(c.title()));
        } else {
            share(n, LABEL, str(c.number()));
        }
        // the citation, not the policy document: this document's, in its own graph
        source(n, c.ref());
        return n;
    }

    private void indicators() {
        int i = 0;
        for (Indicator ind : d.indicators()) {
            Node owner = ind.ownerProject() != null ? IriMinter.project(ind.ownerUnit(), ind.ownerProject(), d.fiscalYear())
                    : orgByName(ind.ownerUnit());
            Node n = IriMinter.mint("indicator", owner.getURI() + "|" + ind.name() + "|" + (i++));
            add(n, TYPE, BKG.PerformanceIndicator);
            add(n, BKG.indicatorOf, owner);
            add(n, LABEL, str(ind.name()));
            add(n, BKG.level1, str(ind.level1()));
            add(n, BKG.level2, str(ind.level2()));
            add(n, BKG.comparator, str(ind.comparator()));
            add(n, BKG.targetValue, dec(ind.targetValue()));
            add(n, BKG.targetUnit, str(ind.targetUnit()));
            add(n, BKG.targetText, str(ind.targetText()));
            add(n, BKG.weight, dec(ind.weight()));
            add(n, BKG.basisText, str(ind.basis()));
            add(n, BKG.previousValue, str(ind.previousValue()));
            add(n, BKG.term("scoringRule"), str(ind.scoringRule()));
            add(n, BKG.term("evidence"), str(ind.evidence()));
            add(n, BKG.term("inTargetTable"), targetTable(ind.ownerProject(), ind.ownerUnit()));
            if (ind.basisDocument() != null) add(n, BKG.basisDocument, policy(ind.basisDocument()));
            source(n, ind.ref());
        }
    }

    private void changes() {
        int i = 0;
        for (YearOnYearChange c : d.changes()) {
            Node n = IriMinter.mint("change", doc.getURI() + "|" + c.subject() + "|" + (i++));
            add(n, TYPE, BKG.term("YearOnYearChange"));
            add(n, LABEL, str(c.subject()));
            if (c.functionalCode() != null) add(n, BKG.functionalClass, code(c.functionalCode(), true));
            // not bkg:amount/bkg:document: a statement is not a cell of the cube and must not be summed with them
            add(n, BKG.term("budgetAmount"), dec(c.amount()));
            add(n, BKG.term("changeFromPreviousYear"), dec(c.change()));
            add(n, BKG.term("changeRatePercent"), dec(c.ratePercent()));
            add(n, BKG.term("reason"), str(c.reason()));
            source(n, c.ref());
        }
    }

    private void assets() {
        for (AssetHolding a : d.assets()) {
            Node n = IriMinter.mint("asset", doc.getURI() + "|" + a.category());
            add(n, TYPE, BKG.term("AssetHolding"));
            add(n, LABEL, str(a.category()));
            add(n, BKG.term("quantity"), dec(a.quantity()));
            add(n, BKG.term("quantityUnit"), str(a.quantityUnit()));
            add(n, BKG.term("value"), dec(a.value()));
            source(n, a.ref());
        }
    }

    private static final Map<String, String> DETAILS = Map.of("资金来源", "fundingSourceText", "补贴人数", "beneficiaries",
            "补贴标准", "subsidyStandard", "补贴范围", "subsidyScope");

    private Node owner(String project, String unit) {
        return project != null ? IriMinter.project(unit, project, d.fiscalYear()) : orgByName(unit);
    }

    private Node targetTable(String project, String unit) {
        for (TargetTable t : d.targetTables()) {
            if (java.util.Objects.equals(t.ownerProject(), project) && t.ownerUnit().equals(unit)) {
                return IriMinter.mint("targets", doc.getURI() + "|" + owner(project, unit).getURI());
            }
        }
        return null;
    }

    private void targetTables() {
        for (TargetTable t : d.targetTables()) {
            Node n = IriMinter.mint("targets", doc.getURI() + "|" + owner(t.ownerProject(), t.ownerUnit()).getURI());
            add(n, TYPE, BKG.term("PerformanceTargetTable"));
            add(n, BKG.term("targetsOf"), owner(t.ownerProject(), t.ownerUnit()));
            add(n, BKG.term("responsiblePerson"), str(t.lead()));
            add(n, BKG.term("annualBudget"), dec(t.total()));
            add(n, BKG.term("fiscalFunds"), dec(t.fiscal()));
            add(n, BKG.term("otherFunds"), dec(t.other()));
            add(n, BKG.term("overallGoal"), str(t.goal()));
            source(n, t.ref());
        }
    }

    private void staff() {
        for (StaffCount s : d.staff()) {
            Node n = IriMinter.mint("staff", doc.getURI() + "|" + s.category());
            add(n, TYPE, BKG.StaffCount);
            add(n, BKG.document, doc);
            add(n, BKG.staffCategory, BKG.term(s.category()));
            add(n, BKG.count, integer(s.count()));
            source(n, s.ref());
        }
    }
}

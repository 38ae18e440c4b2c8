package org.budgetkg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.budgetkg.rdf.BKG;

/**
 * Every {@code bkg:BudgetFact} of a store as one CSV row — its document, the amount in 万元, each dimension as a code
 * and a label column, where it was read — for pandas, R or a spreadsheet, with a Frictionless Tabular Data Package
 * ({@code datapackage.json}) beside it that describes the columns. Written fact by fact from the store, not held.
 */
public final class FactTable {
    /** A column of the table: its name, its Table Schema type and what it holds. */
    public record Column(String name, String type, String description) {}

    /** The dimensions, each written as a code column and a {@code _label} column: property, column name, meaning. */
    private static final String[][] DIMENSIONS = {
        {"functionalClass", "functional_class", "支出功能分类科目 (类/款/项 code)"},
        {"economicClass", "economic_class", "部门预算支出经济分类科目 code"},
        {"governmentEconomicClass", "government_economic_class", "政府预算支出经济分类科目 code"},
        {"expenditureType", "expenditure_type", "基本支出/项目支出, 人员经费/公用经费"},
        {"fundingSource", "funding_source", "资金来源"},
        {"carryOverSource", "carry_over_source", "the fund last year's carried-over money came from"},
        {"organization", "organization", "预算单位 (IRI)"},
        {"project", "project", "项目 (IRI)"},
        {"threePublicCategory", "three_public_category", "\"三公\"经费类别"},
        {"procurementCategory", "procurement_category", "政府采购类别"},
        {"expenseItem", "expense_item", "支出事项"},
    };

    public static final List<Column> COLUMNS = columns();

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(new Column("fact", "string", "the fact's IRI"));
        c.add(new Column("document", "string", "the disclosure's IRI"));
        c.add(new Column("entity", "string", "编制部门/单位, as printed"));
        c.add(new Column("year", "integer", "预算年度"));
        c.add(new Column("kind", "string", "DepartmentBudget, UnitBudget, DepartmentFinalAccounts, UnitFinalAccounts"));
        c.add(new Column("source_file", "string", "the file it was read from"));
        c.add(new Column("amount", "number", "amount in 万元 (10,000 yuan), every printed digit kept"));
        for (String[] d : DIMENSIONS) {
            c.add(new Column(d[1], "string", d[2] + "; empty when the fact has no such dimension"));
            c.add(new Column(d[1] + "_label", "string", "its name (中文)"));
        }
        c.add(new Column("source_table", "string", "the kind of table it was read from"));
        c.add(new Column("source_page", "integer", "PDF page it was read on"));
        c.add(new Column("source_line", "integer", "text line it was read on"));
        return List.copyOf(c);
    }

    private static final Node TYPE = NodeFactory.createURI(BKG.RDF + "type");
    private static final Node LABEL = NodeFactory.createURI(BKG.RDFS + "label");
    private static final Node NOTATION = BKG.skos("notation");
    private static final Node PREF = BKG.skos("prefLabel");

    private final DatasetGraph dsg;
    private final Map<Node, String[]> documents = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, String> codes = new HashMap<>();

    private FactTable(DatasetGraph dsg) { this.dsg = dsg; }

    /** Writes the facts to {@code csv} and {@code datapackage.json} beside it; the number of rows. */
    public static long write(Store store, Path csv) {
        Path descriptor = csv.toAbsolutePath().resolveSibling("datapackage.json");
        long rows = Txn.calculateRead(store.dataset(), () -> {
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                return new FactTable(store.datasetGraph()).rows(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            Files.writeString(descriptor, descriptor(csv.getFileName().toString(), rows).toString() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private long rows(Writer out) throws IOException {
        BufferedWriter w = new BufferedWriter(out);
        line(w, COLUMNS.stream().map(Column::name).toList());
        long n = 0;
        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TYPE, BKG.BudgetFact); it.hasNext(); ) {
            Quad q = it.next();
            line(w, row(q.getGraph(), q.getSubject()));
            n++;
        }
        w.flush();
        return n;
    }

    private List<String> row(Node graph, Node fact) {
        Map<String, Node> values = new HashMap<>();
        dsg.find(graph, fact, Node.ANY, Node.ANY).forEachRemaining(q -> {
            Node p = q.getPredicate();
            if (p.isURI() && p.getURI().startsWith(BKG.NS)) values.putIfAbsent(p.getURI().substring(BKG.NS.length()), q.getObject());
        });
        List<String> r = new ArrayList<>();
        r.add(fact.getURI());
        Node doc = values.get("document");
        String[] d = doc == null ? new String[4] : documents.computeIfAbsent(doc, this::document);
        r.add(doc == null ? "" : doc.getURI());
        for (String x : d) r.add(x == null ? "" : x);
        r.add(lexical(values.get("amount")));
        for (String[] dim : DIMENSIONS) {
            Node v = values.get(dim[0]);
            r.add(v == null ? "" : codes.computeIfAbsent(v, this::code));
            r.add(v == null ? "" : labels.computeIfAbsent(v, this::label));
        }
        r.add(lexical(values.get("sourceTable")));
        r.add(lexical(values.get("sourcePage")));
        r.add(lexical(values.get("sourceLine")));
        return r;
    }

    /** Entity, year, kind and source file of a document. */
    private String[] document(Node doc) {
        Node entity = first(doc, BKG.reportingEntity);
        Node kind = first(doc, BKG.documentKind);
        return new String[] {entity == null ? null : label(entity), lexical(first(doc, BKG.fiscalYear)),
                kind == null ? null : localName(kind), lexical(first(doc, BKG.sourceFile))};
    }

    /** A classification's notation (2080109), a term's local name (BasicExpenditure), else the IRI. */
    private String code(Node v) {
        Node notation = first(v, NOTATION);
        if (notation != null) return notation.getLiteralLexicalForm();
        return v.isURI() && v.getURI().startsWith(BKG.NS) ? localName(v) : v.isURI() ? v.getURI() : lexical(v);
    }

    /** The Chinese name of a node: its skos:prefLabel or rdfs:label in Chinese, else any. */
    private String label(Node v) {
        String any = null;
        for (Node p : List.of(PREF, LABEL)) {
            for (Iterator<Quad> it = dsg.find(Node.ANY, v, p, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) continue;
                if (o.getLiteralLanguage().startsWith("zh")) return o.getLiteralLexicalForm();
                if (any == null) any = o.getLiteralLexicalForm();
            }
        }
        return any == null ? "" : any;
    }

    private Node first(Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String lexical(Node n) { return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString(); }

    private static String localName(Node n) {
        String u = n.getURI();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }

    /** One CSV line (RFC 4180): a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    private static void line(BufferedWriter w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write("\r\n");
    }

    /** The Frictionless Tabular Data Package describing the CSV. */
    static JsonObject descriptor(String csvName, long rows) {
        JsonObject pkg = new JsonObject();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", "budgetkg-facts");
        pkg.put("title", "Amounts of Chinese government budget disclosures (部门预算/决算公开), one row per fact");
        JsonArray resources = new JsonArray();
        JsonObject r = new JsonObject();
        r.put("name", "facts");
        r.put("path", csvName);
        r.put("profile", "tabular-data-resource");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        r.put("description", rows + " facts; amounts in 万元");
        JsonObject schema = new JsonObject();
        JsonArray fields = new JsonArray();
        for (Column c : COLUMNS) {
            JsonObject f = new JsonObject();
            f.put("name", c.name());
            f.put("type", c.type());
            f.put("description", c.description());
            fields.add(f);
        }
        schema.put("fields", fields);
        schema.put("primaryKey", "fact");
        JsonArray missing = new JsonArray();
        missing.add("");
        schema.put("missingValues", missing);
        r.put("schema", schema);
        resources.add(r);
        pkg.put("resources", resources);
        return pkg;
    }
}

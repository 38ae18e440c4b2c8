package org.budgetkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.budgetkg.rdf.BKG;

/**
 * A VoID and DCAT description of what a store holds: the dataset, and per document graph a subset with its size,
 * its source file, year and entity, so that a catalogue or a SPARQL client can tell what is there before querying.
 * Stored in its own graph at every load ({@link #GRAPH}), and written by {@code export -o void.ttl}.
 */
public final class DatasetDescription {
    public static final String GRAPH = "https://w3id.org/budgetkg/void";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final Node DATASET = NodeFactory.createURI(BKG.ID + "dataset");

    private DatasetDescription() {}

    /** The description of the store as it is now (its own description graph left out of the counts). */
    public static Graph of(Store store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> describe(dsg));
    }

    /** What the description says of one document graph, worked out from the triples written rather than counted back. */
    public record Written(Node graph, Node doc, long triples, long facts, Node file, Node year, Node title) {
        /** The summary of a document's graph as it is written (the store keeps exactly these triples). */
        public static Written of(Node graph, Graph document) {
            Node type = uri(BKG.RDF + "type");
            Node doc = document.find(Node.ANY, type, BKG.BudgetDocument).nextOptional().map(org.apache.jena.graph.Triple::getSubject).orElse(null);
            long facts = document.find(Node.ANY, type, BKG.BudgetFact).toList().size();
            return new Written(graph, doc, document.size(), facts, doc == null ? null : object(document, doc, BKG.sourceFile),
                    doc == null ? null : object(document, doc, BKG.fiscalYear), doc == null ? null : object(document, doc, uri(BKG.RDFS + "label")));
        }

        private static Node object(Graph g, Node s, Node p) {
            return g.find(s, p, Node.ANY).nextOptional().map(org.apache.jena.graph.Triple::getObject).orElse(null);
        }
    }

    /**
     * The description after a load wrote these graphs: theirs from what was written, every other document's taken from
     * the stored description, so that the cost is the load's and not the store's (counting every quad of 10,000
     * documents took half a minute). A store that held documents but no description is counted whole.
     */
    public static Graph update(Store store, java.util.Collection<Written> written) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Node stored = uri(GRAPH);
            boolean described = dsg.find(stored, DATASET, uri(VOID + "triples"), Node.ANY).hasNext();
            java.util.Map<Node, Written> fresh = new java.util.LinkedHashMap<>();
            for (Written w : written) fresh.put(w.graph(), w);
            if (!described && count(dsg.find(Node.ANY, Node.ANY, uri(BKG.RDF + "type"), BKG.BudgetDocument)) != fresh.size()) return describe(dsg);
            Graph g = header();
            long[] totals = {0, 0};
            for (Iterator<Quad> it = dsg.find(stored, DATASET, uri(VOID + "subset"), Node.ANY); it.hasNext(); ) {
                Node subset = it.next().getObject();
                Node graph = NodeFactory.createURI(subset.getURI().substring(0, subset.getURI().length() - "#void".length()));
                if (fresh.containsKey(graph)) continue;
                add(g, DATASET, VOID + "subset", subset);
                dsg.find(stored, subset, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(subset, q.getPredicate(), q.getObject()));
                totals[0] += number(dsg, stored, subset, "triples");
                totals[1] += number(dsg, stored, subset, "entities");
            }
            for (Written w : fresh.values()) {
                if (w.doc() == null) continue;
                subset(g, w);
                totals[0] += w.triples();
                totals[1] += w.facts();
            }
            // the graphs that are no document's: small, counted whole
            for (String other : List.of(BKG.ONTOLOGY_GRAPH, BKG.SHARED_GRAPH)) totals[0] += count(dsg.find(uri(other), Node.ANY, Node.ANY, Node.ANY));
            return footer(g, totals);
        });
    }

    private static void subset(Graph g, Written w) {
        Node subset = NodeFactory.createURI(w.graph().getURI() + "#void");
        add(g, DATASET, VOID + "subset", subset);
        add(g, subset, BKG.RDF + "type", uri(VOID + "Dataset"));
        add(g, subset, BKG.DCTERMS + "subject", w.doc());
        add(g, subset, VOID + "triples", integer(w.triples()));
        add(g, subset, VOID + "entities", integer(w.facts()));
        if (w.file() != null) add(g, subset, BKG.DCTERMS + "source", w.file());
        if (w.year() != null) add(g, subset, BKG.DCTERMS + "temporal", w.year());
        if (w.title() != null) add(g, subset, BKG.DCTERMS + "title", w.title());
    }

    private static long number(DatasetGraph dsg, Node graph, Node s, String p) {
        Iterator<Quad> it = dsg.find(graph, s, uri(VOID + p), Node.ANY);
        return it.hasNext() ? Long.parseLong(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    private static Graph header() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", BKG.DCTERMS)
                .setNsPrefix("bkg", BKG.NS).setNsPrefix("xsd", BKG.XSD);
        add(g, DATASET, BKG.RDF + "type", uri(VOID + "Dataset"));
        add(g, DATASET, BKG.RDF + "type", uri(DCAT + "Dataset"));
        add(g, DATASET, BKG.DCTERMS + "title", NodeFactory.createLiteralLang("中国政府部门预算、决算公开", "zh"));
        add(g, DATASET, BKG.DCTERMS + "title", NodeFactory.createLiteralLang("Chinese government budget and final-accounts disclosures", "en"));
        add(g, DATASET, BKG.DCTERMS + "description", NodeFactory.createLiteralLang("Every amount of the disclosures' tables as a "
                + "bkg:BudgetFact (万元), with units, projects, policy documents (文号) and performance targets; one named graph per document.", "en"));
        add(g, DATASET, VOID + "uriSpace", NodeFactory.createLiteralString(BKG.ID));
        for (String v : List.of(BKG.NS, BKG.SKOS, BKG.PROV, BKG.ORG, BKG.DCTERMS)) add(g, DATASET, VOID + "vocabulary", uri(v));
        add(g, DATASET, BKG.DCTERMS + "modified", NodeFactory.createLiteralDT(java.time.LocalDate.now().toString(), XSDDatatype.XSDdate));
        return g;
    }

    private static Graph describe(DatasetGraph dsg) {
        Graph g = header();
        long[] totals = {0, 0};
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node graph : graphs) {
            if (graph.getURI().equals(GRAPH)) continue;
            if (!subset(dsg, graph, g, totals)) totals[0] += count(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY));
        }
        return footer(g, totals);
    }

    /** A document graph's subset, its triples and facts added to the totals; false (nothing added) for another graph. */
    private static boolean subset(DatasetGraph dsg, Node graph, Graph g, long[] totals) {
        Iterator<Quad> docs = dsg.find(graph, Node.ANY, uri(BKG.RDF + "type"), BKG.BudgetDocument);
        if (!docs.hasNext()) return false;
        Node doc = docs.next().getSubject();
        Written w = new Written(graph, doc, count(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)),
                count(dsg.find(graph, Node.ANY, uri(BKG.RDF + "type"), BKG.BudgetFact)), first(dsg, graph, doc, BKG.sourceFile),
                first(dsg, graph, doc, BKG.fiscalYear), first(dsg, graph, doc, uri(BKG.RDFS + "label")));
        subset(g, w);
        totals[0] += w.triples();
        totals[1] += w.facts();
        return true;
    }

    private static Node first(DatasetGraph dsg, Node graph, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Graph footer(Graph g, long[] totals) {
        add(g, DATASET, VOID + "triples", integer(totals[0]));
        add(g, DATASET, VOID + "entities", integer(totals[1]));
        Node partition = NodeFactory.createURI(BKG.ID + "dataset#facts");
        add(g, DATASET, VOID + "classPartition", partition);
        add(g, partition, VOID + "class", BKG.BudgetFact);
        add(g, partition, VOID + "entities", integer(totals[1]));
        return g;
    }


    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) { it.next(); n++; }
        return n;
    }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    private static Node uri(String u) { return NodeFactory.createURI(u); }

    private static void add(Graph g, Node s, String p, Node o) { g.add(s, NodeFactory.createURI(p), o); }
}

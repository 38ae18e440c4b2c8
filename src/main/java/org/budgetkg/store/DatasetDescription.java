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

    private static Graph describe(DatasetGraph dsg) {
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
        long triples = 0, facts = 0;
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        for (Node graph : graphs) {
            if (graph.getURI().equals(GRAPH)) continue;
            long n = count(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY));
            triples += n;
            Iterator<Quad> docs = dsg.find(graph, Node.ANY, uri(BKG.RDF + "type"), BKG.BudgetDocument);
            if (!docs.hasNext()) continue;
            Node doc = docs.next().getSubject();
            long f = count(dsg.find(graph, Node.ANY, uri(BKG.RDF + "type"), BKG.BudgetFact));
            facts += f;
            Node subset = NodeFactory.createURI(graph.getURI() + "#void");
            add(g, DATASET, VOID + "subset", subset);
            add(g, subset, BKG.RDF + "type", uri(VOID + "Dataset"));
            add(g, subset, BKG.DCTERMS + "subject", doc);
            add(g, subset, VOID + "triples", integer(n));
            add(g, subset, VOID + "entities", integer(f));
            copy(dsg, graph, doc, BKG.sourceFile, g, subset, BKG.DCTERMS + "source");
            copy(dsg, graph, doc, BKG.fiscalYear, g, subset, BKG.DCTERMS + "temporal");
            Iterator<Quad> label = dsg.find(graph, doc, uri(BKG.RDFS + "label"), Node.ANY);
            if (label.hasNext()) add(g, subset, BKG.DCTERMS + "title", label.next().getObject());
        }
        add(g, DATASET, VOID + "triples", integer(triples));
        add(g, DATASET, VOID + "entities", integer(facts));
        Node partition = NodeFactory.createURI(BKG.ID + "dataset#facts");
        add(g, DATASET, VOID + "classPartition", partition);
        add(g, partition, VOID + "class", BKG.BudgetFact);
        add(g, partition, VOID + "entities", integer(facts));
        return g;
    }

    private static void copy(DatasetGraph dsg, Node graph, Node s, Node p, Graph g, Node subject, String as) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        if (it.hasNext()) add(g, subject, as, it.next().getObject());
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

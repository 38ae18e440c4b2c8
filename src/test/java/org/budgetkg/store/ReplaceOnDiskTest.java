package org.budgetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a graph in a TDB2 store on disk leaves exactly the new triples, whatever lexical form the old decimals had. */
class ReplaceOnDiskTest {
    @TempDir Path dir;

    private static final Node G = NodeFactory.createURI("https://w3id.org/budgetkg/id/doc/test");
    private static final Node P = NodeFactory.createURI("https://w3id.org/budgetkg/ontology#amount");

    private static Graph amounts(String... lexical) {
        Graph g = GraphFactory.createDefaultGraph();
        int i = 0;
        for (String v : lexical) {
            g.add(NodeFactory.createURI("https://w3id.org/budgetkg/id/fact/" + (i++)), P, NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal));
        }
        return g;
    }

    private static Set<String> quads(Store store) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().find(G, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> out.add(q.getSubject() + " " + q.getObject())));
        return out;
    }

    @Test
    void aReplacedGraphKeepsNoDecimalOfTheOldOne() {
        Set<String> replaced;
        try (Store store = Store.open(dir.resolve("replaced"))) {
            // trailing zeros and integers: the forms TDB2 failed to delete by
            store.replace(G, amounts("44.10", "10", "7500.00", "3599.74"));
            store.replace(G, amounts("1.5", "2"));
            replaced = quads(store);
        }
        Set<String> fresh;
        try (Store store = Store.open(dir.resolve("fresh"))) {
            store.replace(G, amounts("1.5", "2"));
            fresh = quads(store);
        }
        assertEquals(fresh, replaced);
        assertEquals(2, replaced.size());
    }

    @Test
    void aGraphRewrittenWithMostlyTheSameTriplesEndsAsIfWrittenAfresh() {
        Set<String> rewritten;
        boolean thereBefore;
        try (Store store = Store.open(dir.resolve("rewritten"))) {
            store.replace(G, amounts("44.10", "10", "7500.00", "3599.74"));
            // fact/0 and fact/2 keep their values (in other forms), fact/1 changes, fact/3 goes, fact/4 comes
            thereBefore = store.replace(G, without(amounts("44.1", "11", "7500", "3599.74", "8"), 3));
            rewritten = quads(store);
        }
        Set<String> fresh;
        try (Store store = Store.open(dir.resolve("fresh-rewrite"))) {
            store.replace(G, without(amounts("44.1", "11", "7500", "3599.74", "8"), 3));
            fresh = quads(store);
        }
        assertEquals(fresh, rewritten);
        assertEquals(4, rewritten.size(), rewritten.toString());
        assertTrue(thereBefore, "the graph was there");
    }

    private static Graph without(Graph g, int fact) {
        g.remove(NodeFactory.createURI("https://w3id.org/budgetkg/id/fact/" + fact), Node.ANY, Node.ANY);
        return g;
    }

    @Test
    void decimalsAreStoredInCanonicalForm() {
        assertEquals("44.1", Store.canonical(NodeFactory.createLiteralDT("44.10", XSDDatatype.XSDdecimal)).getLiteralLexicalForm());
        assertEquals("10.0", Store.canonical(NodeFactory.createLiteralDT("10", XSDDatatype.XSDdecimal)).getLiteralLexicalForm());
        assertEquals("18976.7551", Store.canonical(NodeFactory.createLiteralDT("18976.7551", XSDDatatype.XSDdecimal)).getLiteralLexicalForm());
    }
}

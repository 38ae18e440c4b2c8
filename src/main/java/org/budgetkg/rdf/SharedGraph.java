package org.budgetkg.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The graph {@link BKG#SHARED_GRAPH}: what many documents refer to and none owns (classification codes, data structure
 * definitions, policy documents, regions, purposes), described once for a whole dataset. A document graph is replaced
 * whole; the shared graph only grows by what a document adds to it, except that a policy document, region or purpose
 * no document refers to any more is dropped with the last document that did.
 */
public final class SharedGraph {
    private SharedGraph() {}

    public static final Node NAME = NodeFactory.createURI(BKG.SHARED_GRAPH);

    private static final Node PREF = BKG.skos("prefLabel");
    private static final Node ALT = BKG.skos("altLabel");

    /** The properties by which a document graph refers to the resources that are dropped when no document does. */
    private static final List<Node> CITING = List.of(BKG.policyBasis, BKG.basisDocument, BKG.recipient);

    /**
     * Adds what documents say of shared resources. SKOS allows one skos:prefLabel per language: a code printed
     * under another name than the one the shared graph already gives it keeps that name as skos:altLabel. Most of it
     * is there already (every document describes the codes it uses): a triple is looked for once, in one index,
     * rather than written again into all of them.
     */
    public static void add(DatasetGraph dsg, Iterable<Graph> described, UnaryOperator<Node> objects) {
        Set<Triple> seen = new java.util.HashSet<>();
        for (Graph g : described) {
            for (Iterator<Triple> it = g.find(); it.hasNext(); ) {
                Triple t = it.next();
                if (!seen.add(t)) continue;
                Node o = objects.apply(t.getObject());
                Node p = t.getPredicate();
                if (dsg.contains(NAME, t.getSubject(), p, o)) continue;
                if (p.equals(PREF) && hasOtherName(dsg, t.getSubject(), o)) p = ALT;
                dsg.add(NAME, t.getSubject(), p, o);
            }
        }
    }

    private static boolean hasOtherName(DatasetGraph dsg, Node subject, Node name) {
        for (Iterator<Quad> it = dsg.find(NAME, subject, PREF, Node.ANY); it.hasNext(); ) {
            Node held = it.next().getObject();
            if (!held.equals(name) && held.getLiteralLanguage().equalsIgnoreCase(name.getLiteralLanguage())) return true;
        }
        return false;
    }

    /** The shared resources a stored document graph refers to that may go when it does (before it is replaced). */
    public static Set<Node> citedBy(DatasetGraph dsg, Node graph) {
        Set<Node> cited = new LinkedHashSet<>();
        for (Node p : CITING) dsg.find(graph, Node.ANY, p, Node.ANY).forEachRemaining(q -> cited.add(q.getObject()));
        return cited;
    }

    /** Drops from the shared graph each of these resources that no other graph mentions. */
    public static void prune(DatasetGraph dsg, Collection<Node> candidates) {
        for (Node r : candidates) {
            if (mentionedOutside(dsg.find(Node.ANY, r, Node.ANY, Node.ANY)) || mentionedOutside(dsg.find(Node.ANY, Node.ANY, Node.ANY, r))) continue;
            List<Quad> description = new ArrayList<>();
            dsg.find(NAME, r, Node.ANY, Node.ANY).forEachRemaining(description::add);
            description.forEach(dsg::delete);
        }
    }

    private static boolean mentionedOutside(Iterator<Quad> quads) {
        while (quads.hasNext()) if (!quads.next().getGraph().equals(NAME)) return true;
        return false;
    }
}

package org.budgetkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data Cube integrity constraints pass on a mapped disclosure, and each finds the break it is there for. */
class CubeChecksTest {
    @TempDir static Path dir;
    static Graph mapped;

    @BeforeAll
    static void map() throws Exception {
        Path f = Files.writeString(dir.resolve("d.txt"), new SyntheticDisclosure(12, SyntheticDisclosure.Style.TABULATED).text(),
                StandardCharsets.UTF_8);
        Disclosure d = BudgetKg.read(f);
        mapped = RdfMapper.map(d);
    }

    private static Graph withOntology(Consumer<Graph> change) {
        Graph g = GraphFactory.createDefaultGraph();
        mapped.find().forEachRemaining(g::add);
        BKG.ontologyGraph().find().forEachRemaining(g::add);
        change.accept(g);
        return g;
    }

    private static final Node DATA_SET = BKG.qb("dataSet");

    /** An observation of the mapped graph that has a functional class, and its data set. */
    private static Triple anObservation(Graph g) { return anObservationWith(g, BKG.functionalClass); }

    private static Triple anObservationWith(Graph g, Node dimension) {
        // a year-on-year statement has a functional class too, but is no observation (no data set)
        return g.find(Node.ANY, dimension, Node.ANY).toList().stream().map(t -> g.find(t.getSubject(), DATA_SET, Node.ANY))
                .filter(java.util.Iterator::hasNext).map(java.util.Iterator::next).findFirst().orElseThrow();
    }

    private static List<String> checksFailing(Graph g) {
        return CubeChecks.run(g).stream().map(CubeChecks.Violation::check).distinct().toList();
    }

    @Test
    void aMappedDisclosureMeetsEveryConstraint() {
        Graph g = withOntology(x -> {});
        long observations = g.find(Node.ANY, BKG.rdf("type"), BKG.qb("Observation")).toList().size();
        long facts = g.find(Node.ANY, BKG.rdf("type"), BKG.BudgetFact).toList().size();
        assertEquals(facts, observations, "every fact is an observation");
        assertTrue(observations > 100, "observations: " + observations);
        assertEquals(List.of(), CubeChecks.run(g));
    }

    @Test
    void anObservationInTwoDataSetsBreaksIc1() {
        assertEquals(List.of("IC-1"), checksFailing(withOntology(g -> {
            Triple t = anObservation(g);
            g.add(Triple.create(t.getSubject(), DATA_SET, NodeFactory.createURI(t.getObject().getURI() + "-other")));
            g.add(Triple.create(NodeFactory.createURI(t.getObject().getURI() + "-other"), BKG.rdf("type"), BKG.qb("DataSet")));
            g.add(Triple.create(NodeFactory.createURI(t.getObject().getURI() + "-other"), BKG.qb("structure"),
                    g.find(t.getObject(), BKG.qb("structure"), Node.ANY).next().getObject()));
        })));
    }

    @Test
    void anObservationWithoutOneOfItsDimensionsBreaksIc11() {
        List<String> failing = checksFailing(withOntology(g -> {
            Triple t = anObservation(g);
            g.remove(t.getSubject(), BKG.functionalClass, Node.ANY);
        }));
        assertTrue(failing.contains("IC-11"), failing.toString());
    }

    @Test
    void twoObservationsWithTheSameCoordinatesBreakIc12() {
        assertEquals(List.of("IC-12"), checksFailing(withOntology(g -> {
            Triple t = anObservation(g);
            Node copy = NodeFactory.createURI(t.getSubject().getURI() + "-copy");
            g.find(t.getSubject(), Node.ANY, Node.ANY).toList().forEach(x -> g.add(Triple.create(copy, x.getPredicate(), x.getObject())));
        })));
    }

    @Test
    void aCodeOutsideItsCodeListBreaksIc19() {
        assertEquals(List.of("IC-19"), checksFailing(withOntology(g -> {
            Triple t = anObservationWith(g, BKG.expenditureType);
            g.remove(t.getSubject(), BKG.expenditureType, Node.ANY);
            g.add(Triple.create(t.getSubject(), BKG.expenditureType, BKG.term("NoSuchExpenditureType")));
        })));
    }

    @Test
    void aDimensionWithoutRangeOrCodeListAndAStructureWithoutMeasureAreFound() {
        List<String> failing = checksFailing(withOntology(g -> {
            g.remove(BKG.fundingSource, BKG.rdfs("range"), Node.ANY);
            g.remove(BKG.expenditureType, BKG.qb("codeList"), Node.ANY);
            Triple t = anObservation(g);
            Node structure = g.find(t.getObject(), BKG.qb("structure"), Node.ANY).next().getObject();
            g.remove(structure, BKG.qb("component"), BKG.term("amountMeasure"));
        }));
        assertTrue(failing.containsAll(List.of("IC-3", "IC-4", "IC-5")), failing.toString());
    }
}

package org.budgetkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bkg: term the mapper writes is declared in ontology/budget.ttl, and generated data passes the shapes. */
class OntologyTest {
    @TempDir Path dir;

    @Test
    void everyTermUsedIsDeclaredAndTheShapesHold() throws Exception {
        Graph ontology = RDFDataMgr.loadGraph("ontology/budget.ttl");
        Path f = Files.writeString(dir.resolve("d.txt"), new SyntheticDisclosure(11, SyntheticDisclosure.Style.TABULATED).text(), StandardCharsets.UTF_8);
        Disclosure d = BudgetKg.read(f);
        Graph data = BudgetKg.graph(d);
        Set<String> undeclared = new TreeSet<>();
        Node type = NodeFactory.createURI(BKG.RDF + "type");
        data.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getPredicate(), t.getPredicate().equals(type) || t.getObject().isURI() ? t.getObject() : null}) {
                if (n != null && n.isURI() && n.getURI().startsWith(BKG.NS) && !ontology.contains(n, type, Node.ANY)) undeclared.add(n.getURI());
            }
        });
        assertEquals(Set.of(), undeclared);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl")), data);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    /** The kinds of final accounts (部门决算, 单位决算) are documents the shapes accept, not only budgets. */
    @Test
    void finalAccountsPassTheShapes() throws Exception {
        Disclosure d = BudgetKg.read(Path.of("src/test/resources/golden/final-accounts-column-groups/input.txt"));
        assertEquals(org.budgetkg.model.DocumentKind.DepartmentFinalAccounts, d.kind());
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl")), BudgetKg.graph(d));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}

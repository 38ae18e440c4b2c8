package org.budgetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.rdf.BKG;
import org.budgetkg.rdf.IriMinter;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What many documents refer to (codes, policy documents) is described once in the shared graph, however many documents
 * use it; a second name is kept without a second skos:prefLabel; a policy document leaves with the last document citing it.
 */
class SharedGraphTest {
    @TempDir Path dir;

    private static final String POLICY = "新人社发〔2018〕51号";
    private static final Node CLASS_208 = IriMinter.functionalCode("208");

    private final SyntheticDisclosure generated = new SyntheticDisclosure(3, SyntheticDisclosure.Style.TABULATED);

    /** The generated disclosure, of another entity where {@code elsewhere} (its region renamed, and its units with it). */
    private Disclosure read(String name, boolean elsewhere, String from, String to) throws Exception {
        String text = generated.text();
        if (elsewhere) text = text.replace(generated.entity.substring(0, 2), "另一");
        if (!from.isEmpty()) text = text.replace(from, to);
        Path f = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return BudgetKg.read(f);
    }

    private Disclosure read(String name, boolean elsewhere) throws Exception { return read(name, elsewhere, "", ""); }

    /** Each quad with this subject and predicate, as "graph object". */
    private static Set<String> quads(Store store, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().find(Node.ANY, s, p, Node.ANY)
                .forEachRemaining(q -> out.add(q.getGraph().getURI() + " " + org.apache.jena.riot.out.NodeFmtLib.strNT(q.getObject()))));
        return out;
    }

    @Test
    void aCodeOrPolicyDocumentUsedByTwoDocumentsIsDescribedOnceAndASecondNameIsAnAltLabel() throws Exception {
        assertTrue(generated.text().contains(POLICY), "the generator cites " + POLICY);
        try (Store store = Store.open(dir.resolve("db"))) {
            BudgetKg.load(store, List.of(read("a.txt", false), read("b.txt", true, "社会保障和就业支出", "社会保障和就业")));
            assertEquals(Set.of(BKG.SHARED_GRAPH + " \"208\""), quads(store, CLASS_208, BKG.skos("notation")));
            assertEquals(Set.of(BKG.SHARED_GRAPH + " \"社会保障和就业支出\"@zh"), quads(store, CLASS_208, BKG.skos("prefLabel")));
            assertEquals(Set.of(BKG.SHARED_GRAPH + " \"社会保障和就业\"@zh"), quads(store, CLASS_208, BKG.skos("altLabel")));
            Node policy = IriMinter.policyByNumber(POLICY);
            assertEquals(Set.of(BKG.SHARED_GRAPH + " \"" + POLICY + "\""), quads(store, policy, BKG.documentNumber));
            // the citations stay with the documents: each says where it cites it
            assertEquals(2, quads(store, policy, BKG.prov("wasDerivedFrom")).size());
        }
    }

    @Test
    void aPolicyDocumentLeavesTheSharedGraphWithTheLastDocumentCitingIt() throws Exception {
        Node cited = IriMinter.policyByNumber(POLICY);
        Node other = IriMinter.policyByNumber("新人社发〔2018〕52号");
        try (Store store = Store.open(dir.resolve("db"))) {
            BudgetKg.load(store, List.of(read("a.txt", false), read("b.txt", true)));
            // a: the same document again, now citing another number; b still cites the first
            BudgetKg.load(store, List.of(read("a.txt", false, POLICY, "新人社发〔2018〕52号")));
            assertEquals(1, quads(store, cited, BKG.documentNumber).size());
            assertEquals(1, quads(store, other, BKG.documentNumber).size());
            BudgetKg.load(store, List.of(read("b.txt", true, POLICY, "新人社发〔2018〕53号")));
            Txn.executeRead(store.dataset(), () -> {
                assertTrue(!store.datasetGraph().find(Node.ANY, cited, Node.ANY, Node.ANY).hasNext(), "no description of it is left");
                assertTrue(!store.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, cited).hasNext(), "nothing refers to it");
            });
            assertEquals(1, quads(store, other, BKG.documentNumber).size());
            // codes are the classification's, not a citation: kept whoever uses them
            assertEquals(1, quads(store, CLASS_208, BKG.skos("notation")).size());
        }
    }
}

package org.budgetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.budgetkg.BudgetKg;
import org.budgetkg.rdf.BKG;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VoID description counts what the store holds: its triples, its facts, one subset per document. */
class DatasetDescriptionTest {
    @TempDir Path dir;

    private static long number(Graph g, Node s, String p) {
        return Long.parseLong(g.find(s, NodeFactory.createURI(DatasetDescription.VOID + p), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void theDescriptionCountsTheStore() throws Exception {
        List<Path> files = SyntheticDisclosure.writeTexts(dir, SyntheticDisclosure.Style.TABULATED, 10, 13);
        try (Store store = Store.open(dir.resolve("db"))) {
            BudgetKg.load(store, BudgetKg.convert(files, e -> { throw new AssertionError(e); }));
            long quads = Txn.calculateRead(store.dataset(), () -> { long n = 0; for (var it = store.datasetGraph().find(); it.hasNext(); it.next()) n++; return n; });
            long facts = Txn.calculateRead(store.dataset(), () -> {
                long n = 0;
                for (var it = store.datasetGraph().find(Node.ANY, Node.ANY, NodeFactory.createURI(BKG.RDF + "type"), BKG.BudgetFact); it.hasNext(); it.next()) n++;
                return n;
            });
            Graph g = DatasetDescription.of(store);
            assertEquals(quads, number(g, DatasetDescription.DATASET, "triples"), "every quad of the store, the ontology's too");
            assertEquals(facts, number(g, DatasetDescription.DATASET, "entities"));
            List<Node> subsets = g.find(DatasetDescription.DATASET, NodeFactory.createURI(DatasetDescription.VOID + "subset"), Node.ANY)
                    .mapWith(t -> t.getObject()).toList();
            assertEquals(2, subsets.size(), "one subset per document");
            long inSubsets = 0;
            for (Node s : subsets) inSubsets += number(g, s, "entities");
            assertEquals(facts, inSubsets);
            // stored beside the documents, the description leaves their counts as they are
            store.replace(NodeFactory.createURI(DatasetDescription.GRAPH), g);
            assertEquals(quads, number(DatasetDescription.of(store), DatasetDescription.DATASET, "triples"));
        }
    }

    @Test
    void afterALoadOnlyTheGraphsWrittenAreCountedAgainAndTheDescriptionIsTheSameAsACountOfTheWhole() throws Exception {
        List<Path> first = SyntheticDisclosure.writeTexts(java.nio.file.Files.createDirectories(dir.resolve("a")), SyntheticDisclosure.Style.TABULATED, 20, 23);
        List<Path> more = SyntheticDisclosure.writeTexts(java.nio.file.Files.createDirectories(dir.resolve("b")), SyntheticDisclosure.Style.TABULATED, 23, 26);
        try (Store store = Store.open(dir.resolve("db"))) {
            var earlier = BudgetKg.convert(first, e -> { throw new AssertionError(e); });
            BudgetKg.load(store, earlier);
            // a new store: everything in it was written by this load, so nothing needs counting back
            Graph fromWritten = DatasetDescription.update(store, earlier.stream().map(BudgetKg::graphs)
                    .map(m -> DatasetDescription.Written.of(m.graphName(), m.document())).toList());
            assertTrue(fromWritten.isIsomorphicWith(DatasetDescription.of(store)));
            BudgetKg.refreshDerived(store);
            var later = BudgetKg.convert(more, e -> { throw new AssertionError(e); });
            BudgetKg.load(store, later);
            List<DatasetDescription.Written> written = later.stream().map(BudgetKg::graphs)
                    .map(m -> DatasetDescription.Written.of(m.graphName(), m.document())).toList();
            Graph updated = DatasetDescription.update(store, written);
            Graph counted = DatasetDescription.of(store);
            assertTrue(updated.isIsomorphicWith(counted), "the subsets of the documents written, summed up as written, and the stored ones of the others are as a count of the store finds them");
            long before = Txn.calculateRead(store.dataset(), () -> number(store.datasetGraph().getGraph(
                    NodeFactory.createURI(DatasetDescription.GRAPH)), DatasetDescription.DATASET, "triples"));
            assertTrue(number(updated, DatasetDescription.DATASET, "triples") > before, "the documents written since are counted");
        }
    }
}

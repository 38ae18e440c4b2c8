package org.budgetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names are found by pairs of characters, in the store's index and through text:query on the endpoint. */
class TextSearchTest {
    @TempDir Path dir;

    private Disclosure generated(long seed) throws Exception {
        Path f = Files.writeString(dir.resolve(seed + ".txt"), new SyntheticDisclosure(seed, SyntheticDisclosure.Style.TABULATED).text(),
                StandardCharsets.UTF_8);
        return BudgetKg.read(f);
    }

    @Test
    void aPartOfANameFindsTheWholeNameAndAReloadLeavesNoStaleEntry() throws Exception {
        Disclosure d = generated(10);
        Path db = dir.resolve("db");
        try (Store store = Store.open(db)) {
            BudgetKg.load(store, List.of(d));
            int indexed = TextSearch.rebuild(store);
            assertTrue(indexed > 50, "names indexed: " + indexed);
            List<TextSearch.Hit> hits = store.names().search("社会保险", 50);
            assertTrue(store.names().search("海关", 50).isEmpty(), "a name no document prints finds nothing");
            assertTrue(hits.stream().anyMatch(h -> h.name().equals(d.units().get(1).name()) && h.kind().equals("Organization")),
                    "社会保险 finds " + d.units().get(1).name() + " in " + hits);
            assertTrue(hits.stream().anyMatch(h -> h.kind().equals("Project")), "and the projects named so: " + hits);
            // the same count after loading the same disclosure again: the index is rebuilt, not added to
            BudgetKg.load(store, List.of(d));
            assertEquals(indexed, TextSearch.rebuild(store));
            assertEquals(hits.size(), store.names().search("社会保险", 50).size());
        }
    }

    @Test
    void textQueryAnswersOnTheEndpoint() throws Exception {
        Disclosure d = generated(11);
        Store store = Store.inMemory();
        BudgetKg.load(store, List.of(d));
        Endpoint endpoint = Endpoint.start(store, 0, false);
        try {
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?name WHERE { ?s text:query (rdfs:label \"社会保险\") ; rdfs:label ?name } ORDER BY ?name";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + endpoint.port()
                    + "/budget/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(d.units().get(1).name()), r.body());
        } finally {
            endpoint.close();
            store.close();
        }
    }

    @Test
    void anUpdateIndexesWhatALoadTouchedAndEndsAsARebuildWould() throws Exception {
        Disclosure a = generated(20), b = generated(21);
        Path db = dir.resolve("db-update");
        try (Store store = Store.open(db)) {
            BudgetKg.load(store, List.of(a));
            int first = TextSearch.update(store); // no index yet: built whole
            assertTrue(first > 50, "names indexed: " + first);
            BudgetKg.load(store, List.of(b));
            int both = TextSearch.update(store);
            assertTrue(both > first, first + " then " + both);
            // b's own document: its label is indexed under its IRI
            String docB = BudgetKg.graphName(b).getURI();
            String labelB = BudgetKg.graph(b).find(BudgetKg.graphName(b), org.apache.jena.graph.NodeFactory.createURI(
                    org.budgetkg.rdf.BKG.RDFS + "label"), org.apache.jena.graph.Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(store.names().search(labelB, 50).stream().anyMatch(h -> h.iri().equals(docB)), labelB + " is found");
            // b's graph emptied: its names go from the index
            store.replace(BudgetKg.graphName(b), org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
            int afterRemoval = TextSearch.update(store);
            assertTrue(store.names().search(labelB, 50).stream().noneMatch(h -> h.iri().equals(docB)), "no stale entry for " + labelB);
            // b loaded again: its entries are made anew, after a's in Lucene's order, yet ties come out as before
            BudgetKg.load(store, List.of(b));
            TextSearch.update(store);
            List<String> updated = store.names().search("社会保险", 3).stream().map(h -> h.iri() + " " + h.name()).toList();
            int afterReload = TextSearch.rebuild(store);
            // the same hits in the same order (Lucene's scores count entries deleted but not yet merged away: they differ a little)
            assertEquals(updated, store.names().search("社会保险", 3).stream().map(h -> h.iri() + " " + h.name()).toList(),
                    "the same hits, in the same order, as from a rebuilt index");
            assertEquals(both, afterReload, "the update left what a rebuild makes");
            assertTrue(afterRemoval >= first && afterRemoval < both, first + ", " + afterRemoval + ", " + both);
        }
    }

    @Test
    void aWriteWhoseNamesWereNeverIndexedMakesTheNextUpdateRebuild() throws Exception {
        Path db = dir.resolve("db-behind");
        int expected;
        try (Store store = Store.open(db)) {
            BudgetKg.load(store, List.of(generated(30)));
            TextSearch.update(store);
            // a load that ends before its names are indexed, as a crash would end it
            BudgetKg.load(store, List.of(generated(31)));
            assertTrue(Files.exists(db.resolve(TextSearch.BEHIND)), "the write left its mark");
        }
        try (Store store = Store.open(db)) {
            // searched before any update (as serve does): the names the interrupted load wrote are found all the same
            Disclosure last = generated(31);
            String doc = BudgetKg.graphName(last).getURI();
            String label = BudgetKg.graph(last).find(BudgetKg.graphName(last), org.apache.jena.graph.NodeFactory.createURI(
                    org.budgetkg.rdf.BKG.RDFS + "label"), org.apache.jena.graph.Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(store.names().search(label, 50).stream().anyMatch(h -> h.iri().equals(doc)), label + " is found");
            assertTrue(Files.notExists(db.resolve(TextSearch.BEHIND)), "the index in the folder was rebuilt, not one in memory");
            expected = TextSearch.update(store);
            assertEquals(expected, TextSearch.rebuild(store), "rebuilt whole, though this store wrote nothing");
        }
    }
}

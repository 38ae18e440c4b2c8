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
}

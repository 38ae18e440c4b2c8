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
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreAndEndpointTest {
    @TempDir Path dir;

    private Disclosure generated(SyntheticDisclosure.Style style) throws Exception {
        Path f = Files.writeString(dir.resolve(style + ".txt"), new SyntheticDisclosure(3, style).text(), StandardCharsets.UTF_8);
        return BudgetKg.read(f);
    }

    private static long count(Store store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void loadingTheSameDisclosureAgainReplacesItsGraph() throws Exception {
        Disclosure tabulated = generated(SyntheticDisclosure.Style.TABULATED);
        Disclosure flowing = generated(SyntheticDisclosure.Style.FLOWING);
        try (Store store = Store.open(dir.resolve("db"))) {
            BudgetKg.load(store, List.of(tabulated));
            long facts = count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?f a <https://w3id.org/budgetkg/ontology#BudgetFact> }");
            BudgetKg.load(store, List.of(flowing));
            String docs = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/budgetkg/ontology#BudgetDocument> }";
            assertEquals(1, count(store, docs), "the same disclosure in another rendering is the same document");
            long after = count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?f a <https://w3id.org/budgetkg/ontology#BudgetFact> }");
            assertTrue(after > 0 && after <= facts, "replaced, not added: " + facts + " then " + after);
        }
    }

    @Test
    void endpointAnswersOverHttpAndRefusesUpdatesByDefault() throws Exception {
        Disclosure d = generated(SyntheticDisclosure.Style.TABULATED);
        Store store = Store.inMemory();
        BudgetKg.load(store, List.of(d));
        Endpoint endpoint = Endpoint.start(store, 0, false);
        try {
            String base = "http://localhost:" + endpoint.port() + "/budget/sparql";
            HttpClient http = HttpClient.newHttpClient();
            String q = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/budgetkg/ontology#BudgetDocument> }";
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, get.statusCode());
            assertEquals("n\r\n1\r\n", get.body(), "the default graph is the union of the document graphs");
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, post.statusCode());
            assertTrue(post.body().contains("\"1\""), post.body());
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "read-only endpoint accepted an update: " + update.statusCode());
        } finally {
            endpoint.close();
            store.close();
        }
    }

    @Test
    void serviceToOtherEndpointsIsRefusedAndPingAnswers() throws Exception {
        Store store = Store.inMemory();
        BudgetKg.load(store, List.of(generated(SyntheticDisclosure.Style.TABULATED)));
        // a second endpoint the query would make the first one fetch from
        Store other = Store.inMemory();
        Endpoint target = Endpoint.start(other, 0, false);
        Endpoint endpoint = Endpoint.start(store, 0, false);
        try {
            String base = "http://localhost:" + endpoint.port();
            HttpClient http = HttpClient.newHttpClient();
            String q = "SELECT * WHERE { SERVICE <http://localhost:" + target.port() + "/budget/sparql> { ?s ?p ?o } } LIMIT 1";
            HttpResponse<String> service = http.send(HttpRequest.newBuilder(URI.create(base + "/budget/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(service.statusCode() >= 400, "SERVICE was followed: " + service.statusCode() + " " + service.body());
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
        } finally {
            endpoint.close();
            target.close();
            store.close();
            other.close();
        }
    }

    @Test
    void aMistypedStorePathIsRefusedNotCreated() {
        Path missing = dir.resolve("no-such-store");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Store.openExisting(missing));
        assertTrue(e.getMessage().contains("not a budgetkg store"), e.getMessage());
        assertTrue(!java.nio.file.Files.exists(missing), "nothing created");
    }
}

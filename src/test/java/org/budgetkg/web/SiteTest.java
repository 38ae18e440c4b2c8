package org.budgetkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Project;
import org.budgetkg.model.TableKind;
import org.budgetkg.rdf.IriMinter;
import org.budgetkg.store.Endpoint;
import org.budgetkg.store.Store;
import org.budgetkg.store.TextSearch;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web pages over a store of two generated disclosures of one department, through the running server. */
class SiteTest {
    @TempDir static Path dir;
    static Store store;
    static Endpoint endpoint;
    static List<Disclosure> disclosures;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        List<Path> files = SyntheticDisclosure.writeTexts(dir, SyntheticDisclosure.Style.TABULATED, 10, 11);
        disclosures = files.stream().map(f -> {
            try {
                return BudgetKg.read(f);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        store = Store.open(dir.resolve("db"));
        BudgetKg.load(store, disclosures);
        TextSearch.rebuild(store);
        endpoint = Endpoint.start(store, 0, false);
    }

    @AfterAll
    static void stop() {
        endpoint.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + endpoint.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return r.body();
    }

    private static String iri(Disclosure d) { return IriMinter.document(d).getURI(); }

    @Test
    void theHomePageListsEveryDocumentWithItsGrandTotalAndLinksToIt() throws Exception {
        String home = page("/");
        for (Disclosure d : disclosures) {
            assertTrue(home.contains(Html.esc(d.entity().name())), d.entity().name());
            assertTrue(home.contains("/document?iri=" + Html.url(iri(d))), "a link to " + iri(d));
            Fact total = d.facts().stream().filter(Fact::grandTotal).findFirst().orElseThrow();
            assertTrue(home.contains("<td class=\"num\">" + Html.amount(total.amount()) + "</td>"), "grand total " + total.amount());
        }
    }

    @Test
    void aDocumentPageShowsEveryCellWithTheLineItWasReadFrom() throws Exception {
        Disclosure d = disclosures.get(0);
        String html = page("/document?iri=" + Html.url(iri(d)));
        // cells printed in one place only: those whose coordinates no other table repeats
        Map<String, List<Fact>> byKey = d.facts().stream().filter(f -> f.table() != TableKind.NARRATIVE && !f.grandTotal())
                .collect(Collectors.groupingBy(Fact::key));
        int checked = 0;
        for (List<Fact> same : byKey.values()) {
            if (same.size() != 1 || same.get(0).ref() == null || same.get(0).ref().line() <= 0) continue;
            Fact f = same.get(0);
            String cell = " 第 " + f.ref().line() + " 行\">" + Html.amount(f.amount()) + "</td>";
            assertTrue(html.contains(cell), "cell " + f + " shown as …" + cell);
            checked++;
        }
        assertTrue(checked > 100, "cells checked: " + checked);
        for (Project p : d.projects()) assertTrue(html.contains(Html.esc(p.name())), "project " + p.name());
    }

    @Test
    void aPolicyDocumentPageListsTheProjectsOfEveryDocumentCitingIt() throws Exception {
        Map<String, List<String>> projectsByNumber = disclosures.stream().flatMap(d -> d.projects().stream())
                .flatMap(p -> p.citations().stream().filter(c -> c.number() != null).map(c -> Map.entry(c.number(), p.name())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertFalse(projectsByNumber.isEmpty());
        var cited = projectsByNumber.entrySet().iterator().next();
        String html = page("/policy?iri=" + Html.url(IriMinter.policyByNumber(cited.getKey()).getURI()));
        assertTrue(html.contains("<h1>" + Html.esc(cited.getKey()) + "</h1>"), html);
        for (String project : cited.getValue()) assertTrue(html.contains(Html.esc(project)), project);
    }

    @Test
    void anOrganisationPageListsItsDocumentsByYear() throws Exception {
        Disclosure d = disclosures.get(0);
        String html = page("/org?iri=" + Html.url(IriMinter.organization(d.entity().name()).getURI()));
        for (Disclosure x : disclosures.stream().filter(x -> x.entity().name().equals(d.entity().name())).toList()) {
            assertTrue(html.contains("/document?iri=" + Html.url(iri(x))), "document of " + x.fiscalYear());
        }
        assertTrue(html.contains(Html.esc(d.units().get(1).name())), "its units: " + d.units().get(1).name());
    }

    @Test
    void searchFindsAUnitByPartOfItsNameAndEscapesWhatWasTyped() throws Exception {
        Disclosure d = disclosures.get(0);
        String html = page("/search?q=" + Html.url("社会保险"));
        assertTrue(html.contains("/org?iri=" + Html.url(IriMinter.organization(d.units().get(1).name()).getURI())), html);
        String typed = page("/search?q=" + Html.url("<script>x</script>"));
        assertFalse(typed.contains("<script>x"), "what was typed is shown as text");
        assertEquals(200, get("/search?q=" + Html.url("\"unbalanced")).statusCode(), "a query Lucene cannot parse is a message");
    }

    @Test
    void theEditorOffersEveryExampleQueryAndItsScriptsAreServed() throws Exception {
        String html = page("/editor");
        ExampleQueries examples = ExampleQueries.load();
        assertTrue(examples.examples().size() >= 15, "examples on the class path: " + examples.examples().size());
        for (ExampleQueries.Example e : examples.examples()) assertTrue(html.contains("data-example=\"" + e.name() + "\""), e.name());
        Function<String, Integer> size = p -> {
            try {
                HttpResponse<String> r = get(p);
                return r.statusCode() == 200 ? r.body().length() : -r.statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertTrue(size.apply("/web/yasgui/build/yasgui.min.js") > 100_000, "YASGUI served");
        assertTrue(size.apply("/web/editor.js") > 100);
        assertTrue(size.apply("/web/site.css") > 100);
    }

    @Test
    void unknownResourcesAndBadRequestsAreAnsweredPlainly() throws Exception {
        assertEquals(404, get("/document?iri=" + Html.url("https://w3id.org/budgetkg/id/doc/none")).statusCode());
        assertEquals(400, get("/document").statusCode());
        assertEquals(400, get("/org?iri=javascript:alert(1)").statusCode());
        assertEquals(404, get("/web/../pom.xml").statusCode());
        assertEquals(404, get("/web/log4j2.xml").statusCode(), "only the page's own files");
        assertEquals(200, get("/budget/sparql?query=" + Html.url("ASK {}")).statusCode(), "the endpoint beside the pages");
    }
}

package org.budgetkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.budgetkg.model.Disclosure;
import org.budgetkg.store.Store;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code queries/examples/*.rq} parses and answers on generated documents (two years of one
 * department, so cross-document queries have something to compare), several with their answers checked;
 * every {@code queries/checks/*-violation.rq} finds nothing.
 */
class QueryExamplesTest {
    @TempDir static Path dir;
    static Store store;
    static SyntheticDisclosure first;
    static SyntheticDisclosure second;

    @BeforeAll
    static void load() throws Exception {
        for (long a = 1; a < 200 && second == null; a++) {
            for (long b = a + 1; b < a + 50; b++) {
                SyntheticDisclosure x = new SyntheticDisclosure(a, SyntheticDisclosure.Style.TABULATED);
                SyntheticDisclosure y = new SyntheticDisclosure(b, SyntheticDisclosure.Style.FLOWING);
                if (x.entity.equals(y.entity) && !x.year.equals(y.year)) { first = x; second = y; break; }
            }
        }
        Path f1 = Files.writeString(dir.resolve("a.txt"), first.text(), StandardCharsets.UTF_8);
        Path f2 = Files.writeString(dir.resolve("b.txt"), second.text(), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        List<Disclosure> ds = BudgetKg.convert(List.of(f1, f2), errors::add);
        assertTrue(errors.isEmpty(), errors::toString);
        store = Store.inMemory();
        BudgetKg.load(store, ds);
    }

    @AfterAll
    static void close() { store.close(); }

    static List<QuerySolution> run(Path file) throws Exception {
        String q = Files.readString(file);
        List<QuerySolution> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(rows::add);
            }
        });
        return rows;
    }

    private static final Map<String, Consumer<List<QuerySolution>>> ANSWERS = Map.of(
        "01_documents_and_grand_totals.rq", rows -> {
            assertEquals(2, rows.size());
            BigDecimal total = rows.stream().filter(r -> r.get("year").asLiteral().getLexicalForm().equals(first.year))
                    .findFirst().orElseThrow().get("grandTotal").asLiteral().getLexicalForm().transform(BigDecimal::new);
            assertEquals(0, total.compareTo(grandTotal(first)));
        },
        "08_projects_under_a_policy_document.rq", rows -> {
            assertEquals(2, rows.size(), "both years cite the shared policy document");
            assertTrue(rows.stream().allMatch(r -> r.get("number").asLiteral().getString().equals(SyntheticDisclosure.SHARED_POLICY)));
        },
        "12_organisations_in_several_documents.rq", rows ->
            assertTrue(rows.stream().anyMatch(r -> r.get("name").asLiteral().getString().equals(first.entity))),
        "11_regional_allocations.rq", rows ->
            assertTrue(rows.stream().allMatch(r -> List.of("乌鲁木齐市", "喀什地区").contains(r.get("region").asLiteral().getString()))),
        "10_indicators_of_projects.rq", rows -> assertEquals(7, rows.size(), "the target tables of both years (4 and 3 rows)"),
        "06_codes_that_changed_most.rq", rows -> assertEquals(pairwise(), rows.stream().map(QueryExamplesTest::change).toList(),
            "of two documents, the widest gap of each code is the change between them, as comparing the pair directly finds it")
    );

    /**
     * The changes between the two documents by comparing them pair by pair, as 06 did before it was rewritten to find
     * each code's lowest and highest amount in one pass: with two documents of one entity the two must agree.
     */
    private static List<String> pairwise() {
        String q = """
            PREFIX bkg: <https://w3id.org/budgetkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX structure: <https://w3id.org/budgetkg/id/structure/>
            SELECT ?code ?yearA ?amountA ?yearB ?amountB ?change WHERE {
              ?dsA qb:structure structure:functionalClass ; prov:wasDerivedFrom ?a .
              ?fa qb:dataSet ?dsA ; bkg:functionalClass ?c ; bkg:amount ?amountA .
              ?dsB qb:structure structure:functionalClass ; prov:wasDerivedFrom ?b .
              ?fb qb:dataSet ?dsB ; bkg:functionalClass ?c ; bkg:amount ?amountB .
              ?a bkg:fiscalYear ?yearA . ?b bkg:fiscalYear ?yearB . ?c skos:notation ?code .
              FILTER(?yearA < ?yearB && ?amountA != ?amountB)
              BIND(?amountB - ?amountA AS ?change)
            } ORDER BY DESC(ABS(?change)) ?code LIMIT 20""";
        List<String> out = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(change(r)));
            }
        });
        return out;
    }

    private static String change(QuerySolution r) {
        return String.join(" ", java.util.stream.Stream.of("code", "yearA", "amountA", "yearB", "amountB", "change")
                .map(v -> r.get(v).asLiteral().getLexicalForm()).toList());
    }

    private static BigDecimal grandTotal(SyntheticDisclosure s) {
        return s.expected.stream().filter(c -> c.table().equals("doc")).findFirst().orElseThrow().amount();
    }

    @TestFactory
    Stream<DynamicTest> examplesAnswer() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries/examples"))) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream().map(p -> DynamicTest.dynamicTest(
                    p.getFileName().toString(), () -> {
                        String text = Files.readString(p);
                        assertTrue(text.startsWith("#+ description:") && text.contains("#+ tags:"), "header of " + p);
                        List<QuerySolution> rows = run(p);
                        assertFalse(rows.isEmpty(), p + " returned no rows");
                        Consumer<List<QuerySolution>> check = ANSWERS.get(p.getFileName().toString());
                        if (check != null) check.accept(rows);
                    }));
        }
    }

    @TestFactory
    Stream<DynamicTest> checksFindNothing() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries/checks"))) {
            return files.filter(p -> p.toString().endsWith("-violation.rq")).sorted().toList().stream().map(p -> DynamicTest.dynamicTest(
                    p.getFileName().toString(), () -> assertEquals(List.of(), run(p).stream().map(Object::toString).toList())));
        }
    }
}

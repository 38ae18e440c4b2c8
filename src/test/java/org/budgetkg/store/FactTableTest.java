package org.budgetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.budgetkg.BudgetKg;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export gives back every fact of the store, and its data package describes exactly its columns. */
class FactTableTest {
    @TempDir Path dir;

    @Test
    void theCsvHoldsEveryFactWithItsCodesAndTheDataPackageItsColumns() throws Exception {
        List<Path> files = SyntheticDisclosure.writeTexts(dir, SyntheticDisclosure.Style.TABULATED, 10, 13);
        Path csv = dir.resolve("out").resolve("facts.csv");
        Files.createDirectories(csv.getParent());
        Map<String, String[]> stored = new HashMap<>();
        try (Store store = Store.open(dir.resolve("db"))) {
            BudgetKg.load(store, BudgetKg.convert(files, e -> { throw new AssertionError(e); }));
            assertEquals(FactTable.write(store, csv), count(store));
            String q = "PREFIX bkg: <https://w3id.org/budgetkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "SELECT ?f ?a ?code WHERE { ?f a bkg:BudgetFact ; bkg:amount ?a . OPTIONAL { ?f bkg:functionalClass/skos:notation ?code } }";
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    qe.execSelect().forEachRemaining(r -> stored.put(r.getResource("f").getURI(), new String[] {
                            r.getLiteral("a").getLexicalForm(), r.contains("code") ? r.getLiteral("code").getString() : ""}));
                }
            });
        }
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        JsonObject pkg = JSON.read(dir.resolve("out").resolve("datapackage.json").toString());
        var schema = pkg.get("resources").getAsArray().get(0).getAsObject().get("schema").getAsObject();
        List<String> described = schema.get("fields").getAsArray().stream().map(f -> f.getAsObject().get("name").getAsString().value()).toList();
        assertEquals(header, described, "the data package names the CSV's columns, in order");
        assertEquals("facts.csv", pkg.get("resources").getAsArray().get(0).getAsObject().get("path").getAsString().value());
        assertEquals(stored.size(), rows.size() - 1, "one row per fact");
        int fact = header.indexOf("fact"), amount = header.indexOf("amount"), code = header.indexOf("functional_class"), year = header.indexOf("year");
        for (List<String> r : rows.subList(1, rows.size())) {
            assertEquals(header.size(), r.size(), "every row has every column: " + r);
            String[] want = stored.get(r.get(fact));
            assertTrue(want != null, "a fact of the store: " + r.get(fact));
            assertEquals(0, new BigDecimal(want[0]).compareTo(new BigDecimal(r.get(amount))), "amount of " + r.get(fact));
            assertEquals(want[1], r.get(code), "functional class of " + r.get(fact));
            assertTrue(r.get(year).matches("\\d{4}"), "year " + r.get(year));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(header.indexOf("functional_class_label")).equals("社会保障和就业支出")), "codes come with their names");
    }

    private static long count(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT (COUNT(?f) AS ?n) WHERE { ?f a <https://w3id.org/budgetkg/ontology#BudgetFact> }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** RFC 4180 as a reader would take it: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(field.toString()); field.setLength(0); }
            else if (c == '\r') continue;
            else if (c == '\n') { row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else field.append(c);
        }
        return rows;
    }
}

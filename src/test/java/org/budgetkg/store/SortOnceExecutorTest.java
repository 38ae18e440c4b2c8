package org.budgetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

class SortOnceExecutorTest {
    private static final String NS = "https://example.org/";

    /** Rows that tie on their names, lack an amount or hold one that is not a number, in two graphs. */
    private static List<Quad> rows() {
        Random random = new Random(7);
        String[] names = {"社会保险", "社会保险中心", "教育", "Education"};
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Node g = NodeFactory.createURI(NS + "doc" + (i % 2));
            Node s = NodeFactory.createURI(NS + "row" + i);
            String name = names[random.nextInt(names.length)];
            quads.add(Quad.create(g, s, NodeFactory.createURI(NS + "name"),
                    i % 5 == 0 ? NodeFactory.createLiteralString(name) : NodeFactory.createLiteralLang(name, "zh")));
            int kind = random.nextInt(10);
            if (kind < 6) {
                String amount = (random.nextInt(200) - 100) + "." + random.nextInt(10) + "1";
                quads.add(Quad.create(g, s, NodeFactory.createURI(NS + "amount"), NodeFactory.createLiteralDT(amount, XSDDatatype.XSDdecimal)));
            } else if (kind < 8) {
                quads.add(Quad.create(g, s, NodeFactory.createURI(NS + "amount"), NodeFactory.createLiteralString("n/a")));
            }
            quads.add(Quad.create(g, s, NodeFactory.createURI(NS + "year"), NodeFactory.createLiteralDT(Integer.toString(2020 + random.nextInt(3)), XSDDatatype.XSDinteger)));
        }
        return quads;
    }

    private static List<String> answer(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            List<String> lines = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(row -> lines.add(rs.getResultVars().stream()
                        .map(v -> String.valueOf(row.get(v))).collect(java.util.stream.Collectors.joining(" | "))));
            }
            return lines;
        });
    }

    @Test
    void aStoreSortsInJenasOrderToTheLastTie() {
        Store store = Store.inMemory();
        Dataset reference = DatasetFactory.createTxnMem();
        List<Quad> quads = rows();
        Txn.executeWrite(store.dataset(), () -> quads.forEach(store.datasetGraph()::add));
        DatasetGraph plain = reference.asDatasetGraph();
        Txn.executeWrite(reference, () -> quads.forEach(plain::add));
        String[] orders = {
            "?name DESC(?amount)",
            "DESC(ABS(?amount)) ?name",
            "?year",
            "LANG(?name) ?name ?amount ?year",
        };
        for (String order : orders) {
            // the row variable is left out of the keys, so equal keys fall to the tie-break over every variable
            String query = "SELECT ?name ?amount ?year ?g WHERE { GRAPH ?g { ?row <" + NS + "name> ?name ; <" + NS + "year> ?year "
                    + "OPTIONAL { ?row <" + NS + "amount> ?amount } } } ORDER BY " + order;
            List<String> expected = answer(reference, query);
            assertEquals(400, expected.size());
            List<String> actual = answer(store.dataset(), query);
            for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), "row " + i + " of ORDER BY " + order);
        }
    }

    /** A sort still gives way to the query's time limit while it gathers its rows (here a cross product of 64 million). */
    @Test
    void aSortStopsAtTheTimeLimit() {
        Store store = Store.inMemory();
        List<Quad> quads = rows();
        Txn.executeWrite(store.dataset(), () -> quads.forEach(store.datasetGraph()::add));
        String query = "SELECT * WHERE { ?a <" + NS + "year> ?x . ?b <" + NS + "year> ?y . ?c <" + NS + "year> ?z } ORDER BY ?x ?y ?z";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                org.junit.jupiter.api.Assertions.assertThrows(org.apache.jena.query.QueryCancelledException.class, () ->
                        Txn.executeRead(store.dataset(), () -> {
                            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query)
                                    .timeout(1, java.util.concurrent.TimeUnit.SECONDS).build()) {
                                qe.execSelect().forEachRemaining(row -> {});
                            }
                        })));
    }

    @Test
    void aStoreOnDiskOrInMemoryUsesIt() {
        assertSame(SortOnceExecutor.FACTORY, QC.getFactory(Store.inMemory().dataset().getContext()));
    }
}

package org.budgetkg.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/** The pages' access to the store: SELECT queries with the page's resource bound, answered in one read transaction. */
final class Graph {
    static final String PREFIXES = """
        PREFIX bkg: <https://w3id.org/budgetkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX org: <http://www.w3.org/ns/org#>
        """;

    private final DatasetGraph dataset;

    Graph(DatasetGraph dataset) { this.dataset = dataset; }

    /** One map per row, variable name → value; {@code bound} gives the variables fixed before the query runs. */
    List<Map<String, Node>> select(String query, Map<String, Node> bound) {
        return Txn.calculateRead(dataset, () -> {
            var exec = QueryExec.dataset(dataset).query(PREFIXES + query);
            bound.forEach((name, value) -> exec.substitution(Var.alloc(name), value));
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExec qe = exec.build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    Map<String, Node> row = new LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    List<Map<String, Node>> select(String query) { return select(query, Map.of()); }

    static String text(Map<String, Node> row, String name) {
        Node n = row.get(name);
        if (n == null) return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static BigDecimal decimal(Map<String, Node> row, String name) {
        String s = text(row, name);
        try {
            return s == null ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int integer(Map<String, Node> row, String name) {
        String s = text(row, name);
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

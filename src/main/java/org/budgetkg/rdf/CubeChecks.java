package org.budgetkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The W3C RDF Data Cube integrity constraints that apply to budgetkg's cube (IC-1 … IC-6, IC-11 … IC-14, IC-19; the
 * others concern slices, measure-type cubes and hierarchical code lists, which it does not use), as the queries of
 * {@code queries/checks/qb-ic-*-violation.rq}: each row one violation.
 */
public final class CubeChecks {
    private CubeChecks() {}

    /** The checks in the order of the specification, file names without {@code -violation.rq}. */
    public static final List<String> CHECKS = List.of("qb-ic-01-unique-data-set", "qb-ic-02-unique-structure",
            "qb-ic-03-structure-has-a-measure", "qb-ic-04-dimension-has-range", "qb-ic-05-concept-dimension-has-code-list",
            "qb-ic-06-only-attributes-optional", "qb-ic-11-all-dimensions-required", "qb-ic-12-no-duplicate-observations",
            "qb-ic-13-required-attributes", "qb-ic-14-all-measures-present", "qb-ic-19-codes-from-code-list");

    /** One violation: the check ("IC-11"), what it asks, and the values of the row that breaks it. */
    public record Violation(String check, String description, String row) {
        @Override
        public String toString() { return check + " (" + description + "): " + row; }
    }

    /** Runs every check on {@code data}, which must hold the ontology as well as the documents (ranges, code lists). */
    public static List<Violation> run(Graph data) {
        var model = ModelFactory.createModelForGraph(data);
        List<Violation> out = new ArrayList<>();
        for (String check : CHECKS) {
            String query = read(check);
            String ic = "IC-" + Integer.parseInt(check.substring("qb-ic-".length(), "qb-ic-".length() + 2));
            String description = query.lines().filter(l -> l.startsWith("#+ description:")).findFirst()
                    .map(l -> l.replaceFirst("^#\\+ description: W3C Data Cube IC-\\d+ \\(([^)]*)\\).*", "$1")).orElse("");
            try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    List<String> values = new ArrayList<>();
                    r.varNames().forEachRemaining(v -> {
                        RDFNode n = r.get(v);
                        values.add(v + "=" + (n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString()));
                    });
                    out.add(new Violation(ic, description, String.join(" ", values)));
                });
            }
        }
        return out;
    }

    private static String read(String check) {
        try (InputStream in = CubeChecks.class.getResourceAsStream("/queries/checks/" + check + "-violation.rq")) {
            if (in == null) throw new IllegalStateException("check " + check + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

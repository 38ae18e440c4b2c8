package org.budgetkg.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.budgetkg.ClasspathFolder;

/**
 * The W3C RDF Data Cube integrity constraints that apply to budgetkg's cube (IC-1 … IC-6, IC-11 … IC-14, IC-19; the
 * others concern slices, measure-type cubes and hierarchical code lists, which it does not use), as the queries of
 * {@code queries/checks/qb-ic-*-violation.rq}: each row one violation.
 */
public final class CubeChecks {
    private CubeChecks() {}

    /** One violation: the check ("IC-11"), what it asks, and the values of the row that breaks it. */
    public record Violation(String check, String description, String row) {
        @Override
        public String toString() { return check + " (" + description + "): " + row; }
    }

    /** Runs every check on {@code data}, which must hold the ontology as well as the documents (ranges, code lists). */
    public static List<Violation> run(Graph data) {
        var model = ModelFactory.createModelForGraph(data);
        List<Violation> out = new ArrayList<>();
        // named qb-ic-NN-…, they come in the order of the specification
        for (java.nio.file.Path file : ClasspathFolder.files("queries/checks")) {
            String name = file.getFileName().toString();
            if (!name.startsWith("qb-ic-") || !name.endsWith("-violation.rq")) continue;
            String query = read(file);
            String ic = "IC-" + Integer.parseInt(name.substring("qb-ic-".length(), "qb-ic-".length() + 2));
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

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.budgetkg.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Issue;
import org.budgetkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check SHACL shapes, the W3C Data Cube integrity constraints (IC-1…6, 11…14, 19) and the arithmetic of the tables. Exit 0 when clean (the documents' own "
                + "rounding differences are listed but are not findings), 1 with a report when not.")
final class ValidateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "0..*", paramLabel = "IN", description = "PDF or text files, or folders of them, to read and check") List<Path> inputs;
    @Option(names = "--db", paramLabel = "DIR", description = "check a store instead: its shapes and the reading issues stored with each document") Path db;

    /** What the reading of each stored document noticed, as load recorded it; returns the number of findings. */
    private static int storedIssues(Graph data, PrintWriter out) {
        String q = """
                PREFIX bkg: <https://w3id.org/budgetkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?file ?severity ?message ?page ?line WHERE {
                  ?i a bkg:ReadingIssue ; bkg:document ?d ; bkg:severity ?severity ; rdfs:comment ?message .
                  OPTIONAL { ?d bkg:sourceFile ?file } OPTIONAL { ?i bkg:sourcePage ?page } OPTIONAL { ?i bkg:sourceLine ?line }
                } ORDER BY ?file ?page ?line ?message""";
        java.util.Map<String, List<Issue.Severity>> severities = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> lines = new java.util.TreeMap<>();
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecutionFactory.create(q,
                org.apache.jena.rdf.model.ModelFactory.createModelForGraph(data))) {
            qe.execSelect().forEachRemaining(r -> {
                String file = r.contains("file") ? r.getLiteral("file").getString() : "?";
                Issue.Severity severity = Issue.Severity.valueOf(r.getLiteral("severity").getString().toUpperCase(java.util.Locale.ROOT));
                String where = r.contains("page") ? " p." + r.getLiteral("page").getInt() : r.contains("line") ? " l." + r.getLiteral("line").getInt() : "";
                severities.computeIfAbsent(file, k -> new java.util.ArrayList<>()).add(severity);
                lines.computeIfAbsent(file, k -> new java.util.ArrayList<>())
                        .add("  " + severity.tag() + "[" + file + where + "] " + r.getLiteral("message").getString());
            });
        }
        int findings = 0;
        for (String file : severities.keySet()) {
            out.println(file + ": " + counts(severities.get(file)));
            lines.get(file).forEach(out::println);
            findings += (int) severities.get(file).stream().filter(Issue.Severity::finding).count();
        }
        return findings;
    }

    /** "N rounding difference(s), N note(s), N finding(s)", as both the file and the store report them. */
    private static String counts(List<Issue.Severity> severities) {
        long rounding = severities.stream().filter(v -> v == Issue.Severity.ROUNDING).count();
        long notes = severities.stream().filter(v -> v == Issue.Severity.NOTE).count();
        return rounding + " rounding difference(s), " + notes + " note(s), " + (severities.size() - rounding - notes) + " finding(s)";
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Graph data = GraphFactory.createDefaultGraph();
        int findings = 0;
        if (db != null) {
            try (Store store = Store.openExisting(db)) {
                Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(q -> data.add(q.asTriple())));
            }
            findings += storedIssues(data, out);
        } else if (inputs != null && !inputs.isEmpty()) {
            List<Disclosure> ds = Inputs.convert(inputs, spec.commandLine().getErr());
            if (ds.isEmpty()) return ExitCode.NOTHING_CONVERTED.code;
            for (Disclosure d : ds) {
                out.println(d.file() + ": " + d.facts().size() + " cells, " + counts(d.issues().stream().map(Issue::severity).toList()));
                for (Issue i : d.issues()) {
                    out.println("  " + i.severity().tag() + i);
                    if (i.isFinding()) findings++;
                }
                BudgetKg.graph(d).find().forEachRemaining(data::add);
            }
            // the cube checks need the ranges, code lists and concepts the ontology declares, as the store holds them
            org.budgetkg.rdf.BKG.ontologyGraph().find().forEachRemaining(data::add);
        } else {
            spec.commandLine().getErr().println("budgetkg: validate needs input files or --db DIR");
            return ExitCode.USAGE.code;
        }
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        try (InputStream in = ValidateCommand.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in != null) RDFParser.source(in).lang(Lang.TURTLE).parse(shapesGraph);
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
        if (!report.conforms()) {
            report.getEntries().forEach(e -> out.println("  SHACL    " + e.focusNode() + " " + e.message()));
            findings += report.getEntries().size();
        }
        for (org.budgetkg.rdf.CubeChecks.Violation v : org.budgetkg.rdf.CubeChecks.run(data)) {
            out.println("  QB       " + v);
            findings++;
        }
        out.println(findings == 0 ? "clean" : findings + " finding(s)");
        out.flush();
        return findings == 0 ? ExitCode.OK.code : ExitCode.FINDINGS.code;
    }
}

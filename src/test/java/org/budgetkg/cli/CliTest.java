package org.budgetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.budgetkg.testkit.SyntheticDisclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
    @TempDir Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void convertWritesEverySyntaxAndNamesBadFilesInOneLine() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), new SyntheticDisclosure(5, SyntheticDisclosure.Style.FLOWING).text(), StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("bad.txt"), "");
        for (String ext : new String[] {"ttl", "trig", "nq", "nt", "jsonld"}) {
            StringWriter err = new StringWriter();
            Path out = dir.resolve("out." + ext);
            assertEquals(0, run(err, "convert", good.toString(), bad.toString(), "-o", out.toString()));
            assertTrue(err.toString().contains("[bad.txt] empty file"), err.toString());
            Dataset ds = RDFDataMgr.loadDataset(out.toString());
            long triples = ds.getDefaultModel().size();
            var names = ds.listNames();
            while (names.hasNext()) triples += ds.getNamedModel(names.next()).size();
            assertTrue(triples > 500, ext + " holds " + triples + " triples");
        }
    }

    /** export streams the store: every quad syntax reads back to the store's quads, an unknown syntax writes no file. */
    @Test
    void exportWritesTheStoreQuadForQuad() throws Exception {
        Path db = dir.resolve("edb");
        for (Path f : SyntheticDisclosure.writeTexts(dir, SyntheticDisclosure.Style.TABULATED, 10, 13)) {
            assertEquals(0, run(new StringWriter(), "load", f.toString(), "--db", db.toString()));
        }
        java.util.Set<org.apache.jena.sparql.core.Quad> stored = new java.util.HashSet<>();
        try (org.budgetkg.store.Store store = org.budgetkg.store.Store.openExisting(db)) {
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> store.datasetGraph().find().forEachRemaining(stored::add));
        }
        for (String ext : new String[] {"trig", "nq"}) {
            Path out = dir.resolve("all." + ext);
            assertEquals(0, run(new StringWriter(), "export", "--db", db.toString(), "-o", out.toString()));
            java.util.Set<org.apache.jena.sparql.core.Quad> read = new java.util.HashSet<>();
            RDFDataMgr.loadDatasetGraph(out.toString()).find().forEachRemaining(read::add);
            assertEquals(stored, read, ext);
        }
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.FAILED.code, run(err, "export", "--db", db.toString(), "-o", dir.resolve("all.xml").toString()));
        assertTrue(err.toString().contains("unknown output syntax"), err.toString());
        assertTrue(!Files.exists(dir.resolve("all.xml")), "no file for a syntax it cannot write");
    }

    /** --help describes every option and parameter of every command, and says each default. */
    @Test
    void helpDescribesEveryOptionAndItsDefault() {
        for (CommandLine sub : Main.commandLine().getSubcommands().values()) {
            var spec = sub.getCommandSpec();
            for (var arg : spec.args()) {
                String what = spec.name() + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel());
                String description = String.join(" ", arg.description());
                assertTrue(!description.isBlank(), what + " has no description");
                String def = arg.defaultValue();
                if (def != null && !def.equals("false")) {
                    assertTrue(description.contains(def) || description.contains("${DEFAULT-VALUE}"), what + " does not say its default " + def);
                }
            }
        }
    }

    /** bench --load times the load with the JVM options the launcher gives load: the two lists are one. */
    @Test
    void benchTimesTheLoadAsTheLauncherRunsIt() throws Exception {
        String launcher = java.nio.file.Files.readString(java.nio.file.Path.of("budgetkg"));
        String loadLine = launcher.lines().filter(l -> l.strip().startsWith("load|")).findFirst().orElseThrow();
        assertTrue(loadLine.contains("gc=\"" + String.join(" ", BenchCommand.LOAD_JVM) + "\""), loadLine);
    }

    /** Every command's usage renders cleanly: picocli formats descriptions, so a bare % in one makes it warn on stderr. */
    @Test
    void helpRendersWithoutFormatWarnings() {
        java.io.PrintStream stderr = System.err;
        var captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine sub : Main.commandLine().getSubcommands().values()) assertTrue(!sub.getUsageMessage().isBlank());
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void convertRefusesAnUnknownSyntaxBeforeReadingAndWritesNoFile() throws Exception {
        Path text = Files.writeString(dir.resolve("c.txt"), new SyntheticDisclosure(9, SyntheticDisclosure.Style.TABULATED).text(), StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.USAGE.code, run(err, "convert", text.toString(), "-o", dir.resolve("x.xml").toString()));
        assertTrue(err.toString().contains("unknown output syntax for x.xml"), err.toString());
        assertTrue(!Files.exists(dir.resolve("x.xml")), "no empty file left behind");
    }

    /** The text table lines up Chinese cells: every line takes the same number of terminal columns. */
    @Test
    void theTableOutputLinesUpChineseCells() {
        String q = "SELECT ?name ?n WHERE { VALUES (?name ?n) { (\"社会保险中心\" 1) (\"ab\" 22) (\"“三公”经费合计\" 333) } }";
        var bytes = new java.io.ByteArrayOutputStream();
        try (var qe = org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.create()).query(q).build()) {
            Table.write(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), qe.execSelect(), org.apache.jena.shared.PrefixMapping.Standard);
        }
        java.util.List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(7, lines.size(), String.join("\n", lines));
        for (String l : lines) assertEquals(Table.display(lines.get(0)), Table.display(l), String.join("\n", lines));
        assertTrue(lines.get(3).contains("\"社会保险中心\""), lines.get(3));
    }

    @Test
    void queryRefusesAFormatItDoesNotWrite() throws Exception {
        Path text = Files.writeString(dir.resolve("q.txt"), new SyntheticDisclosure(9, SyntheticDisclosure.Style.TABULATED).text(), StandardCharsets.UTF_8);
        Path db = dir.resolve("qdb");
        assertEquals(0, run(new StringWriter(), "load", text.toString(), "--db", db.toString()));
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.USAGE.code, run(err, "query", "--db", db.toString(), "--format", "xml", "-e", "ASK {}"));
        assertTrue(err.toString().contains("unknown --format 'xml'"), err.toString());
    }

    @Test
    void benchQueriesAnswersEveryExampleOverHttpFromSeveralClients() throws Exception {
        Path text = Files.writeString(dir.resolve("b.txt"), new SyntheticDisclosure(9, SyntheticDisclosure.Style.TABULATED).text(), StandardCharsets.UTF_8);
        Path db = dir.resolve("bdb");
        assertEquals(0, run(new StringWriter(), "load", text.toString(), "--db", db.toString()));
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute("bench", "--queries", "--db", db.toString(), "--rounds", "2", "--clients", "3", "--seconds", "1"));
        String printed = out.toString();
        long examples;
        try (var files = Files.list(Path.of("queries/examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".rq")).count();
        }
        // every example appears in both parts: alone, and answered by the clients
        for (String part : printed.split("clients for")) {
            assertEquals(examples, part.lines().filter(l -> l.matches("\\s+\\d\\d_\\S+\\s.*")).count(), printed);
        }
        assertTrue(printed.contains("3 clients for 1 s") && printed.contains(" 0 errors"), printed);
    }

    /** A synthetic disclosure with one 款 row of 表3 printed too high: its children no longer add up to it. */
    private Path brokenDisclosure() throws Exception {
        String text = new SyntheticDisclosure(6, SyntheticDisclosure.Style.TABULATED).text();
        String broken = text.lines().map(l -> l.startsWith("208\t01\t\t") && !l.contains("表")
                ? l.replaceFirst("\t([\\d,]+\\.\\d\\d)\t", "\t9,999.99\t") : l).collect(java.util.stream.Collectors.joining("\n"));
        return Files.writeString(dir.resolve("broken.txt"), broken, StandardCharsets.UTF_8);
    }

    @Test
    void strictRefusesADocumentWhoseSumsDoNotHold() throws Exception {
        Path bad = brokenDisclosure();
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.NOTHING_CONVERTED.code, run(err, "convert", "--strict", bad.toString(), "-o", dir.resolve("s.ttl").toString()));
        assertTrue(err.toString().contains("refused (--strict)"), err.toString());
        assertEquals(0, run(new StringWriter(), "convert", bad.toString(), "-o", dir.resolve("l.ttl").toString()), "lenient by default");
    }

    /** What load found stays with the document: validate --db reports it, as validate of the file does, and fails. */
    @Test
    void validateOfAStoreReportsWhatLoadFound() throws Exception {
        Path bad = brokenDisclosure();
        Path db = dir.resolve("db");
        assertEquals(0, run(new StringWriter(), "load", bad.toString(), "--db", db.toString()));
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(ExitCode.FINDINGS.code, cl.execute("validate", "--db", db.toString()));
        assertTrue(out.toString().contains("FINDING  [broken.txt l.") && out.toString().contains("208"), out.toString());
        assertTrue(out.toString().contains("broken.txt: ") && !out.toString().contains("clean"), out.toString());
    }

    /** load stores each document as it is read: a bad file between two good ones costs only itself, and each file gets a progress line. */
    @Test
    void loadStoresAsItReadsAndSaysHowFarItIs() throws Exception {
        Path first = Files.writeString(dir.resolve("a.txt"), new SyntheticDisclosure(7, SyntheticDisclosure.Style.TABULATED).text(), StandardCharsets.UTF_8);
        Path bad = Files.writeString(dir.resolve("b.txt"), "随便写的笔记\n", StandardCharsets.UTF_8);
        Path last = Files.writeString(dir.resolve("c.txt"), new SyntheticDisclosure(8, SyntheticDisclosure.Style.TABULATED).text(), StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "load", first.toString(), bad.toString(), last.toString(), "--db", db.toString()));
        assertTrue(err.toString().contains("[b.txt]") && err.toString().contains("[1/3]") && err.toString().contains("[3/3]"), err.toString());
        try (org.budgetkg.store.Store store = org.budgetkg.store.Store.openExisting(db)) {
            long documents = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecutionFactory.create("PREFIX bkg: <https://w3id.org/budgetkg/ontology#> "
                        + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH ?g { ?d a bkg:BudgetDocument } }", store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(2, documents);
        }
        // a batch with nothing to load creates no store
        Path none = dir.resolve("none");
        assertEquals(ExitCode.NOTHING_CONVERTED.code, run(new StringWriter(), "load", bad.toString(), "--db", none.toString()));
        assertTrue(!Files.exists(none), "no store created for nothing");
        // the next load first says what the store holds
        StringWriter again = new StringWriter();
        assertEquals(0, run(again, "load", last.toString(), "--db", db.toString()));
        assertTrue(again.toString().contains("holds 2 document(s) before this load") && again.toString().contains("a.txt: "), again.toString());
    }

    @Test
    void nothingConvertibleIsANonZeroExitWithoutStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("notes.txt"), "随便写的笔记\n");
        StringWriter err = new StringWriter();
        assertEquals(ExitCode.NOTHING_CONVERTED.code, run(err, "convert", bad.toString(), "-o", dir.resolve("x.ttl").toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(!err.toString().contains("at org."), err.toString());
    }
}

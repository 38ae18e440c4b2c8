package org.budgetkg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.budgetkg.ingest.Readers;
import org.budgetkg.ingest.UnreadableInputException;
import org.budgetkg.interpret.Interpreter;
import org.budgetkg.model.Disclosure;
import org.budgetkg.rdf.BKG;
import org.budgetkg.rdf.RdfMapper;
import org.budgetkg.store.Store;

/** The one entry point shared by the command line and the tests: convert, load, export. */
public final class BudgetKg {
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("bkg", BKG.NS).setNsPrefix("org", BKG.ORG).setNsPrefix("skos", BKG.SKOS)
            .setNsPrefix("dcterms", BKG.DCTERMS).setNsPrefix("prov", BKG.PROV).setNsPrefix("rdfs", BKG.RDFS)
            .setNsPrefix("xsd", BKG.XSD).setNsPrefix("id", BKG.ID).setNsPrefix("qb", BKG.QB).lock();

    private BudgetKg() {}

    /** The files named, folders expanded (sorted, hidden files skipped). */
    public static List<Path> expand(List<Path> inputs, Consumer<String> errors) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    errors.accept("[" + in + "] cannot list folder: " + e.getMessage());
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                errors.accept("[" + in + "] no such file");
            }
        }
        return files;
    }

    /** Reads and interprets one file; a bad file throws with a one-line reason. */
    public static Disclosure read(Path file) throws IOException, UnreadableInputException {
        return Interpreter.interpret(Readers.read(file));
    }

    /** Converts every input that can be read; each one that cannot is reported in one line and skipped. */
    public static List<Disclosure> convert(List<Path> inputs, Consumer<String> errors) {
        List<Disclosure> out = new ArrayList<>();
        convertEach(expand(inputs, errors), errors, out::add);
        return out;
    }

    /**
     * Reads files on every core, a bounded window ahead, and hands each disclosure to {@code sink} in the order given:
     * memory stays flat in the number of files, and what the sink stored is kept whatever happens to a later file.
     * {@code errors} gets one line per file that gave no document.
     */
    public static void convertEach(List<Path> files, Consumer<String> errors, Consumer<Disclosure> sink) {
        convertEach(files, errors, d -> d, sink, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #convertEach(List, Consumer, Consumer)}, with {@code prepare} (mapping to RDF, say) run on the reading
     * threads too: while the sink is busy (a store committing a batch), the next files are read and prepared instead of
     * waiting for it; {@code readers} threads read.
     */
    public static <T> void convertEach(List<Path> files, Consumer<String> errors, java.util.function.Function<Disclosure, T> prepare,
            Consumer<T> sink, int readers) {
        int threads = Math.max(1, readers);
        int window = Math.max(8, 4 * threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "budgetkg-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<Object>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < window) {
                    Path file = files.get(next++);
                    ahead.add(pool.submit(() -> prepared(file, prepare)));
                }
                Object r = result(ahead.removeFirst());
                if (r instanceof String reason) errors.accept(reason);
                else {
                    @SuppressWarnings("unchecked") T t = (T) r;
                    sink.accept(t);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file read and prepared, or the line that says why it gave nothing. */
    private static <T> Object prepared(Path file, java.util.function.Function<Disclosure, T> prepare) {
        Object r = readOrReason(file);
        if (!(r instanceof Disclosure d)) return r;
        try {
            return prepare.apply(d);
        } catch (RuntimeException e) {
            return "[" + file.getFileName() + "] could not be mapped to RDF: " + e;
        } catch (OutOfMemoryError e) {
            return "[" + file.getFileName() + "] too large to map in the memory given (raise -Xmx in BUDGETKG_JAVA_OPTS); skipped";
        }
    }

    private static Object result(java.util.concurrent.Future<Object> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }


    private static Object readOrReason(Path file) {
        try {
            return read(file);
        } catch (UnreadableInputException e) {
            return "[" + file.getFileName() + "] " + e.getMessage();
        } catch (IOException e) {
            return "[" + file.getFileName() + "] cannot read: " + e.getMessage();
        } catch (RuntimeException e) {
            return "[" + file.getFileName() + "] could not be interpreted: " + e;
        } catch (OutOfMemoryError e) {
            // one file too large for the memory given must not take the batch down with it
            return "[" + file.getFileName() + "] too large to read in the memory given (raise -Xmx in BUDGETKG_JAVA_OPTS); skipped";
        }
    }

    /** A disclosure's triples and those of the shared resources it uses, in one graph: the document read alone. */
    public static Graph graph(Disclosure d) { return RdfMapper.map(d); }

    /** A disclosure's own graph and what it adds to the shared graph, apart, as a store keeps them. */
    public static RdfMapper.Mapped graphs(Disclosure d) { return RdfMapper.mapParts(d); }

    public static Node graphName(Disclosure d) { return RdfMapper.graphName(d); }

    /** A dataset with one named graph per disclosure (a later one with the same identity replaces an earlier). */
    public static DatasetGraph dataset(List<Disclosure> disclosures) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.prefixes().putAll(PREFIXES);
        for (Disclosure d : disclosures) {
            RdfMapper.Mapped m = graphs(d);
            dsg.deleteAny(m.graphName(), Node.ANY, Node.ANY, Node.ANY);
            m.document().find().forEachRemaining(t -> dsg.add(m.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
            org.budgetkg.rdf.SharedGraph.add(dsg, List.of(m.shared()), o -> o);
        }
        return dsg;
    }

    /** Loads disclosures into the store, each into its own named graph; for each, whether it replaced a stored version. */
    public static List<Boolean> load(Store store, List<Disclosure> disclosures) {
        store.loadOntology();
        List<Boolean> replaced = new ArrayList<>();
        for (Disclosure d : disclosures) replaced.addAll(store.replaceAll(List.of(graphs(d))));
        return replaced;
    }

    /**
     * What is derived from a whole store, brought up to date after a load: the names' search index and the store's VoID
     * description (kept in its own graph); the number of names indexed.
     */
    public static int refreshDerived(Store store) {
        store.replace(org.apache.jena.graph.NodeFactory.createURI(org.budgetkg.store.DatasetDescription.GRAPH),
                org.budgetkg.store.DatasetDescription.of(store));
        return org.budgetkg.store.TextSearch.rebuild(store);
    }

    /**
     * As {@link #refreshDerived(Store)} after a load that wrote these graphs: the VoID description counts only them
     * again, and the search index is updated for the names they touched (see {@link org.budgetkg.store.TextSearch#update}).
     */
    public static int refreshDerived(Store store, java.util.Collection<org.budgetkg.store.DatasetDescription.Written> written) {
        store.replace(org.apache.jena.graph.NodeFactory.createURI(org.budgetkg.store.DatasetDescription.GRAPH),
                org.budgetkg.store.DatasetDescription.update(store, written));
        return org.budgetkg.store.TextSearch.update(store);
    }

    /** The RDF syntaxes an output file's extension asks for; the triple syntaxes get the union of the graphs. */
    private enum Syntax {
        TRIG(".trig", RDFFormat.TRIG_BLOCKS, true), NQUADS(".nq", RDFFormat.NQUADS, true), JSONLD(".jsonld", RDFFormat.JSONLD11, true),
        JSON(".json", RDFFormat.JSONLD11, true), NTRIPLES(".nt", RDFFormat.NTRIPLES, false), TURTLE(".ttl", RDFFormat.TURTLE_BLOCKS, false);

        final String extension;
        final RDFFormat format;
        final boolean quads;

        Syntax(String extension, RDFFormat format, boolean quads) {
            this.extension = extension;
            this.format = format;
            this.quads = quads;
        }

        /** JSON-LD is written from a whole dataset; the others can be written as a stream. */
        boolean streams() { return format != RDFFormat.JSONLD11; }

        static Syntax of(Path out) {
            String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            for (Syntax s : values()) if (name.endsWith(s.extension)) return s;
            return null;
        }
    }

    /** Whether {@link #write} and {@link #export} know the syntax of this file name (checked before anything is read or written). */
    public static boolean writable(Path out) { return Syntax.of(out) != null; }

    /** The one line that says a file name asks for no syntax this tool writes. */
    public static String unknownSyntax(Path out) {
        return "unknown output syntax for " + out.getFileName() + " (use .ttl, .trig, .nq, .nt or .jsonld)";
    }

    private static Syntax syntax(Path out) throws IOException {
        Syntax s = Syntax.of(out);
        if (s == null) throw new IOException(unknownSyntax(out));
        return s;
    }

    /**
     * Writes a store's dataset quad by quad, never holding it, in the syntax the extension asks for (.trig, .nq; .nt and
     * .ttl get the union, a triple that several documents state once per document); JSON-LD, which cannot be written
     * as a stream, is built in memory first. The syntax is checked before anything is written.
     */
    public static void export(DatasetGraph dsg, Path out) throws IOException {
        Syntax syntax = syntax(out);
        if (!syntax.streams()) {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            dsg.find().forEachRemaining(copy::add);
            copy.prefixes().putAll(PREFIXES);
            write(copy, out);
            return;
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            org.apache.jena.riot.system.StreamRDF stream = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(os, syntax.format, null);
            stream.start();
            PREFIXES.getNsPrefixMap().forEach(stream::prefix);
            dsg.find().forEachRemaining(q -> { if (syntax.quads) stream.quad(q); else stream.triple(q.asTriple()); });
            stream.finish();
        }
    }

    /** Writes a dataset in the syntax the file name's extension asks for; triple syntaxes get the union. */
    public static void write(DatasetGraph dsg, Path out) throws IOException {
        Syntax syntax = syntax(out);
        try (OutputStream os = Files.newOutputStream(out)) {
            if (syntax.quads) {
                RDFDataMgr.write(os, dsg, syntax.format);
            } else {
                Graph union = GraphFactory.createDefaultGraph();
                union.getPrefixMapping().setNsPrefixes(PREFIXES);
                dsg.find().forEachRemaining(q -> union.add(q.asTriple()));
                RDFDataMgr.write(os, union, syntax.format);
            }
        }
    }
}

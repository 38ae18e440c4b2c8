package org.budgetkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Issue;
import org.budgetkg.store.DatasetDescription;
import org.budgetkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Convert and load into a TDB2 store: one named graph per document, replaced when loaded again.")
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "IN", description = "PDF or text files, or folders of them") List<Path> inputs;
    @Option(names = "--strict", description = "refuse a document whose reading left findings (see validate)") boolean strict;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "the store: created when missing, documents replaced by identity") Path db;
    @Option(names = "--compact", description = "after the load, rewrite the store without the index blocks its commits left behind "
            + "(TDB2 compaction: worth it after many small loads; the batches of one load leave little)") boolean compact;

    /**
     * Quads per write transaction, and the longest a read document waits to be stored. Every TDB2 commit copies the
     * index blocks it touched, and documents' quads touch blocks all over the indexes, so the fewer commits the smaller
     * the store and the faster the load (measured on 1,000 documents: a commit per document 29.6 GB; per 32 documents
     * 1.46 GB; per 250,000 quads 651 MB in 39 s, per 500,000 601 MB in 34 s, per 1,000,000 567 MB in 32 s). A write
     * transaction's changes go to the store's files, not the heap, so a larger batch costs no memory; what it risks is
     * the work a crash loses, which the time limit bounds.
     */
    static final int BATCH_QUADS = 1_000_000;
    @Option(names = "--batch", paramLabel = "QUADS", defaultValue = "" + BATCH_QUADS, description = "quads per write transaction "
            + "(default ${DEFAULT-VALUE}): smaller starts writing sooner, larger leaves fewer copied index blocks") int batchQuads;
    static final long BATCH_NANOS = 30_000_000_000L;

    /** A document read and admitted, waiting for the batch's commit. */
    private record Pending(Disclosure d, org.budgetkg.rdf.RdfMapper.Mapped graphs, DatasetDescription.Written summary) {
        /** Mapped and summed up on a reading thread, so the writer only writes. */
        static Pending of(Disclosure d) {
            org.budgetkg.rdf.RdfMapper.Mapped m = BudgetKg.graphs(d);
            return new Pending(d, m, DatasetDescription.Written.of(m.graphName(), m.document()));
        }
    }

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        java.io.PrintWriter out = spec.commandLine().getOut();
        List<Path> files = BudgetKg.expand(inputs, line -> err.println("budgetkg: " + line));
        long started = System.nanoTime();
        int[] done = {0}, loaded = {0};
        // a store is opened (so created) only once there is a document for it
        Store[] store = {null};
        java.util.function.Supplier<Store> opened = () -> {
            if (store[0] == null) store[0] = openAndList(db, err);
            return store[0];
        };
        // documents are written as they are read, on a thread of their own, into a write transaction committed every
        // --batch quads (one transaction per document would bloat the store: every TDB2 commit copies the index blocks
        // it touched): reading and writing overlap, and a crash or a bad file loses at most the batch under way. The
        // queue between them is short, so memory stays flat however many files there are.
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(32);
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "budgetkg-writer");
            t.setDaemon(true);
            return t;
        });
        List<java.util.concurrent.Future<?>> writing = new java.util.ArrayList<>();
        List<DatasetDescription.Written> written = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.function.Consumer<Object> send = item -> {
            if (writing.isEmpty()) {
                Store target = opened.get();
                writing.add(writer.submit(() -> { write(queue, target, out, loaded, written); return null; }));
            }
            try {
                while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (writing.get(0).isDone()) awaitWriter(writing.get(0)); // it stopped: say why
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading", e);
            }
        };
        try {
            if (java.nio.file.Files.isDirectory(db)) opened.get();
            BatchIdentities identities = new BatchIdentities(err);
            // each file ends in one of the two callbacks: a line why it gave no document, or its document
            Runnable fileDone = () -> progress(err, ++done[0], files.size(), started);
            // mapped to RDF on the reading threads, so that reading goes on while a batch is committed
            BudgetKg.convertEach(files, line -> { err.println("budgetkg: " + line); fileDone.run(); }, Pending::of, p -> {
                Disclosure d = p.d();
                if (Inputs.accepted(d, err, strict) && identities.admit(d)) {
                    opened.get(); // at the first document, so what the store held is listed before anything is added
                    send.accept(p);
                }
                fileDone.run();
            }, readers());
            if (!writing.isEmpty()) {
                send.accept(END);
                awaitWriter(writing.get(0));
            }
            // the search index and the VoID description are derived from the whole store: refreshed once the batch is in
            if (store[0] != null && loaded[0] > 0) err.println("budgetkg: search index: " + BudgetKg.refreshDerived(store[0], written) + " names");
            if (store[0] != null && compact) {
                long before = Store.sizeOnDisk(db), t = System.nanoTime();
                store[0].compact();
                err.printf(java.util.Locale.ROOT, "budgetkg: compacted the store: %.1f MB → %.1f MB on disk in %.1f s%n", before / 1e6,
                        Store.sizeOnDisk(db) / 1e6, (System.nanoTime() - t) / 1e9);
            }
        } finally {
            // the writer has finished (END sent and awaited) unless the load stopped on an error: then it is stopped
            // waiting for documents that will not come, and its batch is not committed
            writer.shutdownNow();
            try {
                writer.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (store[0] != null) store[0].close();
        }
        err.flush();
        return loaded[0] == 0 ? ExitCode.NOTHING_CONVERTED.code : ExitCode.OK.code;
    }

    /** Threads that read while one writes: a core is left to the writer, which every document waits for. */
    private static int readers() { return Math.max(1, Runtime.getRuntime().availableProcessors() - 1); }

    /** What tells the writer that no more documents come. */
    private static final Object END = new Object();

    /**
     * Takes documents from the queue until {@link #END}, writing each into the open batch and committing it every
     * --batch quads or {@link #BATCH_NANOS}; each document's line is printed once its batch is committed.
     */
    private void write(java.util.concurrent.BlockingQueue<Object> queue, Store store, java.io.PrintWriter out, int[] loaded,
            List<DatasetDescription.Written> written) throws InterruptedException {
        Store.Batch batch = null;
        List<Pending> batchDocs = new java.util.ArrayList<>();
        List<Boolean> replaced = new java.util.ArrayList<>();
        long begun = 0;
        try {
            for (Object item = queue.take(); item != END; item = queue.take()) {
                Pending p = (Pending) item;
                if (batch == null) {
                    batch = store.batch();
                    begun = System.nanoTime();
                }
                replaced.add(batch.replace(p.graphs()));
                written.add(p.summary());
                batchDocs.add(p);
                if (batch.quads() >= batchQuads || System.nanoTime() - begun > BATCH_NANOS) {
                    commit(batch, batchDocs, replaced, out, loaded);
                    batch = null;
                }
            }
            if (batch != null) {
                commit(batch, batchDocs, replaced, out, loaded);
                batch = null;
            }
        } finally {
            if (batch != null) batch.close();
        }
    }

    /** Commits the batch, then says what it stored; the lists are emptied for the next. */
    private static void commit(Store.Batch batch, List<Pending> docs, List<Boolean> replaced, java.io.PrintWriter out, int[] loaded) {
        try (batch) {
            batch.commit();
        }
        report(docs, replaced, out);
        loaded[0] += docs.size();
        docs.clear();
        replaced.clear();
    }

    private static void report(List<Pending> written, List<Boolean> replaced, java.io.PrintWriter out) {
        for (int i = 0; i < written.size(); i++) {
            Disclosure d = written.get(i).d();
            long findings = d.issues().stream().filter(Issue::isFinding).count();
            out.println("loaded " + d.file() + ": " + d.fiscalYear() + " " + d.entity().name()
                    + " (" + d.kind() + (d.part().isEmpty() ? "" : ", " + d.part() + " part") + "), " + d.facts().size() + " cells, "
                    + d.projects().size() + " projects, " + findings + " finding(s)" + (replaced.get(i) ? "; replaced the version in the store" : ""));
        }
        out.flush();
    }

    /** Waits for the writer; what stopped it is thrown here, on the thread that reports it. */
    private static void awaitWriter(java.util.concurrent.Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the store", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Opens (or creates) the store and says what it already holds: after an interrupted load, what survived. */
    private static Store openAndList(Path db, java.io.PrintWriter err) {
        Store store = Store.open(db);
        List<String> held = store.documents();
        if (!held.isEmpty()) {
            err.println("budgetkg: " + db + " holds " + held.size() + " document(s) before this load:");
            held.stream().limit(20).forEach(h -> err.println("budgetkg:   " + h));
            if (held.size() > 20) err.println("budgetkg:   … and " + (held.size() - 20) + " more (query the store for the list)");
        }
        store.loadOntology();
        return store;
    }

    /** One line per file on stderr: how far the batch is, how long it took, at what rate. */
    private static void progress(java.io.PrintWriter err, int done, int total, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(java.util.Locale.ROOT, "budgetkg: [%d/%d] %.1f s, %.1f files/s%n", done, total, seconds, done / Math.max(seconds, 1e-9));
        err.flush();
    }

    /**
     * Two files of a batch with one identity, as they come: the same disclosure again (its PDF and its text: the same
     * grand totals) replaces the earlier; a different disclosure read as the same identity is not loaded over it.
     */
    static final class BatchIdentities {
        /** What identifies a document loaded earlier in the batch, not the document: memory stays flat over the batch. */
        private record Seen(String file, java.util.Set<java.math.BigDecimal> totals) {}

        private final java.util.Map<org.apache.jena.graph.Node, Seen> seen = new java.util.HashMap<>();
        private final java.io.PrintWriter err;

        BatchIdentities(java.io.PrintWriter err) { this.err = err; }

        boolean admit(Disclosure d) {
            org.apache.jena.graph.Node g = BudgetKg.graphName(d);
            Seen earlier = seen.get(g);
            java.util.Set<java.math.BigDecimal> totals = grandTotals(d);
            if (earlier != null && !earlier.totals().equals(totals)) {
                err.println("budgetkg: [" + d.file() + "] reads as the same document as [" + earlier.file() + "] (" + d.fiscalYear() + " "
                        + d.entity().name() + ", " + d.kind() + ") but prints other totals; not loaded, the store keeps " + earlier.file());
                return false;
            }
            if (earlier != null) err.println("budgetkg: [" + d.file() + "] is the disclosure of [" + earlier.file() + "] again; it replaces it");
            seen.put(g, new Seen(d.file(), totals));
            return true;
        }
    }

    /** The documents of a batch that load, by the rule of {@link BatchIdentities}: the later of one disclosure twice. */
    static List<Disclosure> sameIdentity(List<Disclosure> ds, java.io.PrintWriter err) {
        BatchIdentities identities = new BatchIdentities(err);
        java.util.Map<org.apache.jena.graph.Node, Disclosure> byGraph = new java.util.LinkedHashMap<>();
        for (Disclosure d : ds) if (identities.admit(d)) byGraph.put(BudgetKg.graphName(d), d);
        return new java.util.ArrayList<>(byGraph.values());
    }

    private static java.util.Set<java.math.BigDecimal> grandTotals(Disclosure d) {
        java.util.Set<java.math.BigDecimal> out = new java.util.TreeSet<>();
        for (org.budgetkg.model.Fact f : d.facts()) {
            if (f.overEverything()) out.add(f.amount().stripTrailingZeros());
        }
        return out;
    }
}

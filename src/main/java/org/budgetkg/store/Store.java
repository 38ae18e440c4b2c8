package org.budgetkg.store;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.budgetkg.rdf.BKG;
import org.budgetkg.rdf.RdfMapper;
import org.budgetkg.rdf.SharedGraph;

/**
 * A TDB2 store with one named graph per source document (plus the ontology's own graph); the default graph
 * is the union of them all. Loading a document again replaces its graph.
 */
public final class Store implements AutoCloseable {
    // every SPARQL JSON answer given from a store, by the endpoint or the query command, is written compactly
    static { CompactJsonResults.install(); }

    private final Dataset dataset;
    private final Path location;

    private Store(Dataset dataset, Path location) {
        this.dataset = dataset;
        this.location = location;
        // a mark left by a write whose names were not indexed after it (the process ended in between), or no index at
        // all: the next update of the index rebuilds it whole
        this.namesBehind = location != null && (java.nio.file.Files.exists(location.resolve(TextSearch.BEHIND))
                || !java.nio.file.Files.isDirectory(location.resolve(TextSearch.FOLDER)));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        SortOnceExecutor.install(dataset.getContext());
    }

    /** Opens the store in {@code dir}, creating it when there is none (for load). */
    public static Store open(Path dir) { return new Store(TDB2Factory.connectDataset(dir.toString()), dir); }

    /** Opens a store that exists: a mistyped path is refused rather than answered from a new, empty store. */
    public static Store openExisting(Path dir) {
        boolean store = false;
        if (java.nio.file.Files.isDirectory(dir)) {
            try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
                store = s.anyMatch(p -> java.nio.file.Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
            } catch (java.io.IOException e) {
                store = false;
            }
        }
        if (!store) throw new IllegalArgumentException("[" + dir + "] is not a budgetkg store (no TDB2 data in it): check --db, or load into it first");
        return open(dir);
    }

    public static Store inMemory() { return new Store(TDB2Factory.createDataset(), null); }

    private TextSearch.Searchable names;

    /** The store with {@code text:query} over the names it holds (see {@link TextSearch}); opened once, closed with the store. */
    public synchronized TextSearch.Searchable names() {
        if (names == null) names = TextSearch.open(this);
        return names;
    }

    synchronized TextSearch.Searchable openNames() { return names; }

    /** Whether the names' index must be rebuilt whole rather than updated (see the constructor). */
    private boolean namesBehind;

    /** The subjects whose names committed writes may have changed, since the index was last brought up to date. */
    private final java.util.Set<Node> touchedNames = new java.util.HashSet<>();

    synchronized boolean namesBehind() { return namesBehind; }

    /** The subjects whose names changed since the last call; the set is emptied. */
    synchronized java.util.Set<Node> takeTouchedNames() {
        java.util.Set<Node> out = new java.util.HashSet<>(touchedNames);
        touchedNames.clear();
        return out;
    }

    /** The index holds every name the store holds: the mark of a write not yet indexed goes. */
    synchronized void namesCaughtUp() {
        namesBehind = false;
        if (location == null) return;
        try {
            java.nio.file.Files.deleteIfExists(location.resolve(TextSearch.BEHIND));
        } catch (java.io.IOException e) {
            namesBehind = true; // the mark stays: the next update rebuilds, which is only slower
        }
    }

    /** Leaves the mark that the index may be behind the store, before a write commits (it survives a crash). */
    private void markNamesBehind() {
        if (location == null) return;
        try {
            java.nio.file.Files.createFile(location.resolve(TextSearch.BEHIND));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // another write left it already
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot mark the search index as behind the store", e);
        }
    }

    /** The store's folder; null for a store in memory. */
    public Path location() { return location; }

    public Dataset dataset() { return dataset; }

    public DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /**
     * Replaces the named graph with these triples, in one write transaction; true when it was there before. Decimals are stored in their canonical
     * lexical form, because TDB2 keeps them by value and cannot delete a quad by a form other than the one it reads
     * back: a graph written so is removed whole when it is replaced.
     */
    public boolean replace(Node graphName, Graph triples) {
        try (Batch batch = batch()) {
            boolean there = batch.rewrite(graphName, triples);
            batch.commit();
            return there;
        }
    }

    /**
     * Replaces each document's named graph, in order, and adds what it says of shared resources to the shared graph, in
     * one write transaction: one commit for a batch of documents rather than one each, since every TDB2 commit copies
     * the index blocks it touched. A policy document or region only a replaced graph cited leaves the shared graph
     * with it. For each, true when it was there before.
     */
    public java.util.List<Boolean> replaceAll(java.util.List<RdfMapper.Mapped> graphs) {
        try (Batch batch = batch()) {
            java.util.List<Boolean> existed = new java.util.ArrayList<>();
            for (RdfMapper.Mapped m : graphs) existed.add(batch.replace(m));
            batch.commit();
            return existed;
        }
    }

    /** A write transaction open for documents as they come, committed when the caller says; on this thread only. */
    public Batch batch() { return new Batch(); }

    /**
     * Documents replaced in one write transaction, added one at a time (a load writes each as soon as it is read and
     * commits every so many quads); closed without {@link #commit}, nothing of it is kept.
     */
    public final class Batch implements AutoCloseable {
        private final DatasetGraph dsg = dataset.asDatasetGraph();
        private final java.util.List<Graph> shared = new java.util.ArrayList<>();
        private final java.util.Set<Node> cited = new java.util.LinkedHashSet<>();
        /** Subjects named in the graphs this batch replaced or wrote: the search index is updated for them alone. */
        private final java.util.Set<Node> named = new java.util.HashSet<>();
        private long quads;
        private boolean open = true;
        private boolean ended;

        private Batch() { dataset.begin(org.apache.jena.query.TxnType.WRITE); }

        /** Replaces the document's graph with its triples; true when it was there before. */
        public boolean replace(RdfMapper.Mapped m) {
            Node graphName = m.graphName();
            boolean there = dsg.contains(graphName, Node.ANY, Node.ANY, Node.ANY);
            if (there) cited.addAll(SharedGraph.citedBy(dsg, graphName));
            for (Node p : TextSearch.NAMES) {
                if (there) dsg.find(graphName, Node.ANY, p, Node.ANY).forEachRemaining(q -> named.add(q.getSubject()));
                m.document().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> named.add(t.getSubject()));
                m.shared().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> named.add(t.getSubject()));
            }
            dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            m.document().find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), canonical(t.getObject())));
            shared.add(m.shared());
            quads += m.size();
            return there;
        }

        /**
         * Makes the named graph hold exactly these triples, deleting and adding only the triples that differ: a graph
         * rewritten at every load with few changes (the store's description: 100,000 triples at 10,000 documents, of
         * which a load changes those of the documents it wrote; the ontology, mostly unchanged) costs its changes, not
         * its size. True when the graph was there before.
         */
        public boolean rewrite(Node graphName, Graph triples) {
            Graph wanted = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            triples.find().forEachRemaining(t -> wanted.add(org.apache.jena.graph.Triple.create(t.getSubject(), t.getPredicate(),
                    canonical(t.getObject()))));
            java.util.List<org.apache.jena.graph.Triple> stale = new java.util.ArrayList<>();
            boolean[] there = {false};
            // what the store holds is read back in the form it deletes by; what is wanted and there already stays
            dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                there[0] = true;
                org.apache.jena.graph.Triple t = q.asTriple();
                if (wanted.contains(t)) wanted.delete(t);
                else stale.add(t);
            });
            for (org.apache.jena.graph.Triple t : stale) {
                dsg.delete(graphName, t.getSubject(), t.getPredicate(), t.getObject());
                if (TextSearch.NAMES.contains(t.getPredicate())) named.add(t.getSubject());
            }
            wanted.find().forEachRemaining(t -> {
                dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
                if (TextSearch.NAMES.contains(t.getPredicate())) named.add(t.getSubject());
                quads++;
            });
            return there[0];
        }

        /** Quads given so far. */
        public long quads() { return quads; }

        /** Adds what the documents say of shared resources, drops what no document cites any more, and commits. */
        public void commit() {
            SharedGraph.add(dsg, shared, Store::canonical);
            if (!cited.isEmpty()) SharedGraph.prune(dsg, cited);
            // what the pruning may have dropped from the shared graph, names included
            named.addAll(cited);
            // a write that touched no name leaves the index as right as it was
            if (!named.isEmpty()) markNamesBehind();
            dataset.commit();
            open = false;
            synchronized (Store.this) { touchedNames.addAll(named); }
        }

        /** Ends the transaction, aborting it if it was not committed; a second call does nothing. */
        @Override
        public void close() {
            if (ended) return;
            if (open) dataset.abort();
            dataset.end();
            open = false;
            ended = true;
        }
    }

    /**
     * Bytes a folder takes on disk as {@code du} counts them: allocated blocks, since TDB2's files are sparse and their
     * lengths overstate them (a compacted 200-document store: 119 MB on disk, 283 MB of file lengths). Where there is
     * no {@code du}, the lengths.
     */
    public static long sizeOnDisk(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0) return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (java.io.IOException | NumberFormatException e) {
            // no du here, or it printed something else: count the lengths instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /**
     * Rewrites the store into a new generation holding only the live data and deletes the old one: what the commits
     * of a load left behind (copied index blocks) goes, the store shrinks to about what a bulk load makes of the same quads.
     */
    public void compact() {
        if (location == null) return;
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** A decimal literal in canonical form (44.10 → 44.1, 10 → 10.0); every other node as it is. */
    static Node canonical(Node o) {
        if (!o.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(o.getLiteralDatatypeURI())) return o;
        try {
            String lex = org.apache.jena.sparql.expr.nodevalue.XSDFuncOp.canonicalDecimalStr(new java.math.BigDecimal(o.getLiteralLexicalForm()));
            return lex.equals(o.getLiteralLexicalForm()) ? o : NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return o;
        }
    }

    /** The documents the store holds, each as "source file: label" (w162.pdf: 2026年西安市财政局(汇总)部门预算), by file. */
    public java.util.List<String> documents() {
        String q = "PREFIX bkg: <https://w3id.org/budgetkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?file ?label WHERE { GRAPH ?g { ?d a bkg:BudgetDocument ; rdfs:label ?label . "
                + "OPTIONAL { ?d bkg:sourceFile ?file } } } ORDER BY ?file";
        return Txn.calculateRead(dataset, () -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, dataset)) {
                qe.execSelect().forEachRemaining(r -> out.add((r.contains("file") ? r.getLiteral("file").getString() + ": " : "")
                        + r.getLiteral("label").getString()));
            }
            return out;
        });
    }

    /** The ontology (classes, properties, the funding-source scheme) so queries can follow skos:broader. */
    public void loadOntology() { replace(NodeFactory.createURI(BKG.ONTOLOGY_GRAPH), BKG.ontologyGraph()); }

    @Override
    public void close() {
        dataset.close();
        if (names != null) names.close();
    }
}

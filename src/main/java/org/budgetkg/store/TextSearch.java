package org.budgetkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.budgetkg.rdf.BKG;

/**
 * A Lucene index of the names in a store — organisations, projects, policy documents, indicators, classification
 * codes — for {@code text:query} in SPARQL and {@code budgetkg search}. It is derived from the store and updated after
 * every load for the names the load touched (a document replaced leaves no stale entry). Lucene's bigram
 * {@link CJKAnalyzer} indexes Chinese by pairs of characters, so 社会保险 finds 社会保险中心 (a word segmenter would not
 * split 社会保险中心 that way).
 */
public final class TextSearch {
    /** The folder of the index inside a store's folder. */
    public static final String FOLDER = "text-index";

    /** A file beside it while the store holds writes the index was not updated for (see {@link #update}). */
    static final String BEHIND = "text-index.behind";

    /** What is searched: every name and label, and the 文号 of policy documents, in one field. */
    static final List<Node> NAMES = List.of(NodeFactory.createURI(BKG.RDFS + "label"), NodeFactory.createURI(BKG.SKOS + "prefLabel"),
            NodeFactory.createURI(BKG.SKOS + "altLabel"), BKG.term("documentNumber"));

    private TextSearch() {}

    static EntityDefinition definition() {
        EntityDefinition def = new EntityDefinition("uri", "name", NAMES.get(0));
        for (Node p : NAMES.subList(1, NAMES.size())) def.set("name", p);
        // names come back with their language tag (@zh)
        def.setLangField("lang");
        return def;
    }

    private static TextIndex index(Directory dir) {
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        return TextDatasetFactory.createLuceneIndex(dir, config);
    }

    /**
     * Brings the names' index up to date with the writes committed since it last was: the entries of every subject
     * whose names those writes may have changed are dropped and made again from what the store holds now, so a load
     * costs what it wrote, not what the store holds (10,000 documents: 192,704 names re-indexed at every load before).
     * An index that may have missed a write (a mark left before the write committed was never cleared) or that is not
     * there is rebuilt whole. The number of names the index holds.
     */
    public static int update(Store store) {
        java.util.Set<Node> touched = store.takeTouchedNames();
        if (store.namesBehind()) return rebuild(store);
        // (a store in memory with no index open builds one when it is first searched)
        int names = onIndex(store, false, index -> refresh(index, store.datasetGraph(), touched));
        store.namesCaughtUp();
        return names;
    }

    /** Drops the entries of these subjects and indexes their names anew; the number of names the index holds then. */
    private static int refresh(TextIndex index, DatasetGraph dsg, java.util.Set<Node> subjects) {
        EntityDefinition def = index.getDocDef();
        org.apache.lucene.index.IndexWriter writer = ((org.apache.jena.query.text.TextIndexLucene) index).getIndexWriter();
        return Txn.calculateRead(dsg, () -> {
            try {
                for (Node s : subjects) {
                    writer.deleteDocuments(new org.apache.lucene.index.Term(def.getEntityField(), TextQueryFuncs.subjectToString(s)));
                    Set<List<Node>> seen = new HashSet<>();
                    for (Node p : NAMES) {
                        dsg.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> add(index, def, seen, q, p));
                    }
                }
                index.commit();
                return writer.getDocStats().numDocs;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Adds the quad's name unless the same subject, property and name were added already (one entry per name). */
    private static void add(TextIndex index, EntityDefinition def, Set<List<Node>> seen, Quad q, Node p) {
        if (!q.getObject().isLiteral() || !seen.add(List.of(q.getSubject(), p, q.getObject()))) return;
        var entity = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI, q.getSubject(), p, q.getObject());
        if (entity != null) index.addEntity(entity);
    }

    /**
     * Rebuilds the names' index of a store from what it holds now; the number of names indexed. The index is the one
     * the store has open, else the one in its folder, made anew.
     */
    public static int rebuild(Store store) {
        store.takeTouchedNames();
        int names = onIndex(store, true, index -> fill(index, store.datasetGraph()));
        store.namesCaughtUp();
        return names;
    }

    /**
     * Runs work on the store's names index — the one it has open, else the one in its folder, opened for the work and
     * closed after — emptied first when {@code anew}; what the work gives. 0 for a store in memory that has none open.
     */
    private static int onIndex(Store store, boolean anew, java.util.function.ToIntFunction<TextIndex> work) {
        try {
            Searchable open = store.openNames();
            if (open != null) {
                if (anew) ((org.apache.jena.query.text.TextIndexLucene) open.index).getIndexWriter().deleteAll();
                return work.applyAsInt(open.index);
            }
            if (store.location() == null) return 0;
            Path dir = store.location().resolve(FOLDER);
            if (anew && Files.exists(dir)) {
                try (var files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
            TextIndex index = index(FSDirectory.open(dir));
            try {
                return work.applyAsInt(index);
            } finally {
                index.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fill(TextIndex index, DatasetGraph dsg) {
        EntityDefinition def = index.getDocDef();
        return Txn.calculateRead(dsg, () -> {
            Set<List<Node>> seen = new HashSet<>();
            for (Node p : NAMES) {
                // one entry per name, however many documents print it
                dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> add(index, def, seen, q, p));
            }
            index.commit();
            return seen.size();
        });
    }

    /**
     * The store's dataset with {@code text:query} over its index: the index in the store's folder when there is one,
     * rebuilt first when a load left it behind the store, else one built in memory from the store now (a store served
     * from files given on the command line, or one this process cannot write to). The index
     * takes part in the store's transactions from then on: the store closes it ({@link Store#names()}).
     */
    static Searchable open(Store store) {
        Path db = store.location();
        if (db != null && store.namesBehind()) {
            // a load ended before its names were indexed: the index in the folder is made again before anyone searches it
            try {
                rebuild(store);
            } catch (UncheckedIOException e) {
                // a store this process cannot write to: its names are indexed in memory below
            }
        }
        TextIndex index;
        if (db != null && Files.isDirectory(db.resolve(FOLDER)) && !store.namesBehind()) {
            try {
                index = index(FSDirectory.open(db.resolve(FOLDER)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            index = index(new ByteBuffersDirectory());
            fill(index, store.datasetGraph());
        }
        return new Searchable(TextDatasetFactory.create(store.datasetGraph(), index, false), index);
    }

    /** A store's dataset with its names' index. */
    public static final class Searchable {
        private final DatasetGraph dataset;
        private final TextIndex index;

        private Searchable(DatasetGraph dataset, TextIndex index) {
            this.dataset = dataset;
            this.index = index;
        }

        public DatasetGraph dataset() { return dataset; }

        public List<Hit> search(String words, int limit) { return TextSearch.search(dataset, words, limit); }

        void close() { index.close(); }
    }

    /** A name found: what it names, the name, that thing's kind (local name of its class) and Lucene's score. */
    public record Hit(String iri, String name, String kind, float score) {}

    /**
     * What {@code words} find among the names of a searchable dataset, best first, at most {@code limit}; names of equal
     * score by name, then by IRI. Lucene breaks ties by the order entries went into the index, which updates change:
     * hits tied with the last one kept are all fetched, so the same store answers the same search the same way.
     */
    static List<Hit> search(DatasetGraph searchable, String words, int limit) {
        if (limit <= 0) return List.of();
        List<Hit> hits = List.of();
        for (int fetch = Math.max(2 * limit, 10); ; fetch *= 4) {
            List<Hit> more = fetch(searchable, words, fetch);
            boolean exhausted = more.size() <= hits.size() || more.size() < limit;
            hits = more;
            // done when what was fetched ends below the score of the last hit kept, or nothing more came
            if (exhausted || hits.get(hits.size() - 1).score() < hits.get(limit - 1).score() || fetch >= MAX_FETCH) break;
        }
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** Ties beyond this many hits are not fetched: a search that matches everything equally says little anyway. */
    private static final int MAX_FETCH = 10_000;

    /**
     * The best {@code fetch} entries for the words, by score, then name, then IRI. Of a thing's several classes the
     * greatest IRI is its kind: one of the ontology's own (https://w3id.org/budgetkg/…) before SKOS's or W3C's
     * (http://…), so a functional code is a FunctionalClassification rather than a Concept, whatever order the store
     * keeps them in.
     */
    private static List<Hit> fetch(DatasetGraph searchable, String words, int fetch) {
        String literal = "\"" + words.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdf: <" + BKG.RDF + "> "
                + "SELECT ?s ?score ?name (MAX(?t) AS ?type) WHERE { (?s ?score ?name) text:query (" + literal + " " + fetch + ") . "
                + "OPTIONAL { ?s rdf:type ?t } } GROUP BY ?s ?score ?name ORDER BY DESC(?score) ?name ?s";
        return Txn.calculateRead(searchable, () -> {
            List<Hit> hits = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(searchable)).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> {
                    String type = r.contains("type") ? r.getResource("type").getURI() : "";
                    hits.add(new Hit(r.getResource("s").getURI(), r.getLiteral("name").getLexicalForm(),
                            type.substring(Math.max(type.lastIndexOf('#'), type.lastIndexOf('/')) + 1), r.getLiteral("score").getFloat()));
                });
            }
            return hits;
        });
    }
}

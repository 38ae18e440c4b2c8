package org.budgetkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Names;

/**
 * Deterministic IRIs from natural keys, so that the same organisation, policy document, project or cell
 * gets the same IRI from any file and any run (and loading the PDF after the text replaces, not adds).
 */
public final class IriMinter {
    private IriMinter() {}

    public static Node document(Disclosure d) {
        return mint("doc", Names.key(d.entity().name()) + "|" + d.fiscalYear() + "|" + d.kind());
    }

    /** The named graph of one file of a disclosure: the document's own, or a part of it when it came in several files. */
    public static Node graph(Disclosure d) {
        return d.part().isEmpty() ? document(d) : mint("graph", document(d).getURI() + "|" + d.part());
    }

    public static Node organization(String name) { return mint("org", Names.key(name)); }

    public static Node project(String unit, String name, String year) { return mint("project", unit + "|" + name + "|" + year); }

    public static Node policyByNumber(String number) { return mint("policy", "no:" + number); }

    public static Node policyByTitle(String title) { return mint("policy", "title:" + title); }

    public static Node region(String name) { return mint("region", name); }

    public static Node functionalCode(String code) { return NodeFactory.createURI(BKG.ID + "code/functional/" + code); }

    public static Node economicCode(String code) { return NodeFactory.createURI(BKG.ID + "code/economic/" + code); }

    public static Node governmentEconomicCode(String code) { return NodeFactory.createURI(BKG.ID + "code/government-economic/" + code); }

    public static Node governmentEconomicScheme() { return NodeFactory.createURI(BKG.ID + "code/government-economic"); }

    public static Node functionalScheme() { return NodeFactory.createURI(BKG.ID + "code/functional"); }

    public static Node economicScheme() { return NodeFactory.createURI(BKG.ID + "code/economic"); }

    public static Node mint(String kind, String key) {
        return NodeFactory.createURI(BKG.ID + kind + "/" + hash(key));
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

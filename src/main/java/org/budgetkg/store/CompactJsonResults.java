package org.budgetkg.store;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;

/**
 * SPARQL JSON results (application/sparql-results+json) written compactly through Gson's streaming writer. Jena's
 * writer indents every value onto its own line and quotes each string through a fresh in-memory writer, character by
 * character: a 40,000-row answer came to 25 MB and a fifth of the query's time went into writing it. The document is
 * the same JSON, without the white space; a yes/no answer (ASK) is left to Jena's writer.
 */
final class CompactJsonResults implements RowSetWriter {
    private static final RowSetWriter JENAS = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);

    private CompactJsonResults() {}

    /** Makes every SPARQL JSON result of this process (the endpoint's, the query command's) come out this way. */
    static void install() {
        // Jena's initialisation registers its own writer: it must have run first, or it would put that one back
        org.apache.jena.sys.JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new CompactJsonResults());
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(writer, rows, context);
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try {
            JsonWriter json = new JsonWriter(out);
            json.beginObject().name("head").beginObject().name("vars").beginArray();
            List<Var> vars = rows.getResultVars();
            for (Var v : vars) json.value(v.getVarName());
            json.endArray().endObject();
            json.name("results").beginObject().name("bindings").beginArray();
            Map<Node, String> blankLabels = new HashMap<>();
            while (rows.hasNext()) {
                Binding row = rows.next();
                json.beginObject();
                for (Var v : vars) {
                    Node term = row.get(v);
                    if (term == null) continue;
                    json.name(v.getVarName());
                    term(json, term, blankLabels);
                }
                json.endObject();
            }
            json.endArray().endObject().endObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean answer, Context context) { JENAS.write(out, answer, context); }

    /** One RDF term as the SPARQL 1.1 (and 1.2, for triple terms and text direction) JSON results format has it. */
    private static void term(JsonWriter json, Node term, Map<Node, String> blankLabels) throws IOException {
        json.beginObject();
        if (term.isURI()) {
            json.name("type").value("uri").name("value").value(term.getURI());
        } else if (term.isBlank()) {
            json.name("type").value("bnode").name("value").value(blankLabels.computeIfAbsent(term, b -> "b" + blankLabels.size()));
        } else if (term.isLiteral()) {
            json.name("type").value("literal");
            String datatype = term.getLiteralDatatypeURI();
            String language = term.getLiteralLanguage();
            if (language != null && !language.isEmpty()) {
                json.name("xml:lang").value(language);
                if (term.getLiteralBaseDirection() != null) json.name("its:dir").value(term.getLiteralBaseDirection().direction());
            } else if (datatype != null && !datatype.equals(XSDDatatype.XSDstring.getURI()) && !datatype.equals(RDF.dtLangString.getURI())) {
                json.name("datatype").value(datatype);
            }
            json.name("value").value(term.getLiteralLexicalForm());
        } else if (term.isTripleTerm()) {
            Triple t = term.getTriple();
            json.name("type").value("triple").name("value").beginObject();
            json.name("subject");
            term(json, t.getSubject(), blankLabels);
            json.name("predicate");
            term(json, t.getPredicate(), blankLabels);
            json.name("object");
            term(json, t.getObject(), blankLabels);
            json.endObject();
        } else {
            throw new IllegalArgumentException("not an RDF term: " + term);
        }
        json.endObject();
    }
}

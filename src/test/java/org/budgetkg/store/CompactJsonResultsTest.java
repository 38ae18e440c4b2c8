package org.budgetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;

class CompactJsonResultsTest {
    private static final Var ITEM = Var.alloc("item");
    private static final Var VALUE = Var.alloc("value");

    /** Every kind of term, strings that need escaping, and a row where one variable is unbound. */
    private static List<Binding> rows() {
        Node[] values = {
            NodeFactory.createURI("https://w3id.org/budgetkg/id/code/functional/2080501"),
            NodeFactory.createLiteralLang("行政单位离退休 \"专项\"\n第二行", "zh"),
            NodeFactory.createLiteralDT("1234.56", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralString("tab\there \\ back\u2028"),
            NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"),
            NodeFactory.createBlankNode("x1"),
            NodeFactory.createTripleTerm(Triple.create(NodeFactory.createURI("https://example.org/s"),
                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralDT("2025", XSDDatatype.XSDgYear))),
            null,
        };
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            BindingBuilder b = BindingBuilder.create().add(ITEM, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger));
            if (values[i] != null) b.add(VALUE, values[i]);
            rows.add(b.build());
        }
        return rows;
    }

    private static RowSet rowSet() { return RowSetStream.create(List.of(ITEM, VALUE), rows().iterator()); }

    private static String compact() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactJsonResults.install();
        org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON).write(out, rowSet(), null);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSameJsonAsJenasWithoutTheWhiteSpace() {
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jenas, rowSet(), null);
        JsonElement expected = JsonParser.parseString(jenas.toString(StandardCharsets.UTF_8));
        String ours = compact();
        assertEquals(expected, JsonParser.parseString(ours));
        assertFalse(ours.contains("\n"), "one line: " + ours);
    }

    @Test
    void aStoreAnswersThisWay() {
        Store.inMemory();
        assertEquals(CompactJsonResults.class, org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
                .create(ResultSetLang.RS_JSON).getClass());
    }

    @Test
    void jenaReadsBackEveryRow() {
        RowSet read = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(compact().getBytes(StandardCharsets.UTF_8)), null).rewindable();
        List<Binding> expected = rows();
        for (Binding row : expected) {
            Binding back = read.next();
            assertEquals(row.get(ITEM), back.get(ITEM));
            if (row.get(VALUE) == null || row.get(VALUE).isBlank()) assertEquals(row.get(VALUE) == null, back.get(VALUE) == null);
            else assertEquals(row.get(VALUE), back.get(VALUE));
        }
        assertFalse(read.hasNext());
    }
}

package org.budgetkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.budgetkg.model.Disclosure;
import org.budgetkg.rdf.IriMinter;
import org.budgetkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disclosure published as a narrative file and a tables file, which print the entity differently, is one
 * document; each file is its own part, so loading one again replaces that part only.
 */
class TwoFileDisclosureTest {
    @TempDir Path dir;

    private static final String NARRATIVE = String.join("\n",
            "江苏省委办公厅2017年度部门预算", "目录", "第一部分 部门概况", "一、主要职能", "负责省委日常工作。",
            "二、收入预算情况说明", "2017年度收入预算20849.45万元，全部为财政拨款。", "");
    private static String tables(String total) {
        String t = "\t";
        return String.join("\n", "收支预算总表", "部门：中国共产党江苏省委员会办公厅 单位：万元",
                String.join(t, "收入", "", "支出", ""), String.join(t, "项目名称", "金额", "项目名称", "金额"),
                String.join(t, "一、财政拨款", total, "一、基本支出", "9,964.07"),
                String.join(t, "1.一般公共预算", total, "二、项目支出", "10,885.38"),
                String.join(t, "收入合计", total, "支出合计", total),
                "2017年政府采购预算表", "部门：中国共产党江苏省委员会办公厅 单位：万元",
                String.join(t, "采购品目", "金额"), String.join(t, "合计", "10.00"), "");
    }

    private long count(Store store, String where) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(
                    "PREFIX bkg: <https://w3id.org/budgetkg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void twoFilesAreOneDocumentAndEachIsReplacedAlone() throws Exception {
        Path text = dir.resolve("swbgt.text.txt");
        Path tables = dir.resolve("swbgt.tables.txt");
        Files.writeString(text, NARRATIVE);
        Files.writeString(tables, tables("20,849.45"));
        Disclosure narrative = BudgetKg.read(text);
        Disclosure numbers = BudgetKg.read(tables);
        assertEquals("narrative", narrative.part());
        assertEquals("tables", numbers.part());
        assertEquals(IriMinter.document(narrative), IriMinter.document(numbers), "one document for both files");
        assertNotEquals(BudgetKg.graphName(narrative), BudgetKg.graphName(numbers), "a graph per file");
        try (Store store = Store.open(dir.resolve("db"))) {
            BudgetKg.load(store, List.of(narrative, numbers));
            assertEquals(1, count(store, "?d a bkg:BudgetDocument"));
            assertEquals(1, count(store, "?o bkg:amount 20849.45 ; bkg:sourceTable \"NARRATIVE\""), "the stated total");
            // the tables file again, with other figures: the narrative's facts stay, the old table cells go
            Files.writeString(tables, tables("20,900.00"));
            BudgetKg.load(store, List.of(BudgetKg.read(tables)));
            assertEquals(1, count(store, "?o bkg:amount 20849.45 ; bkg:sourceTable \"NARRATIVE\""));
            assertEquals(0, count(store, "?o bkg:amount 20849.45 ; bkg:sourceTable \"REVENUE_EXPENDITURE_OVERVIEW\""));
            assertTrue(count(store, "?o bkg:amount 20900.0 ; bkg:sourceTable \"REVENUE_EXPENDITURE_OVERVIEW\"") >= 1);
            assertEquals(1, count(store, "?d a bkg:BudgetDocument"));
        }
    }
}

package org.budgetkg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.budgetkg.model.Text;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void labelsLoseWhiteSpaceNextToCjkAndAreNfkc() {
        assertEquals("2026年自治区人才发展基金第一轮资金", Text.label("2026 年自治区人才发展基金第一轮 资金"));
        assertEquals("自治区人事考试考务(成本性支出)", Text.label("自治区人事考试考务（成本性支出）"));
        assertEquals("方案", Text.label("\u2F45案"), "Kangxi radicals become the ideographs they look like");
        assertEquals("收入总计32,523.77", Text.label("收 入 总 计 32,523.77"));
    }

    @Test
    void amountsToleratePrintedSpacesAndRejectCodes() {
        assertEquals(new BigDecimal("3245.06"), Text.amount("3, 245. 06"));
        assertEquals(new BigDecimal("0.90"), Text.amount("0.90"));
        assertNull(Text.amount("208"));
        assertNull(Text.amount("12,3O4.5"));
    }

    @Test
    void nfkcAgreesWithTheJdkOnEveryCharacterAndItsNeighbours() {
        // the fast path skips the JDK for text NFKC cannot change: every character alone, after a letter or an
        // ideograph, and before a combining mark must come out as the JDK normalises it
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) continue;
            for (String s : new String[] {String.valueOf(c), "a" + c, "中" + c, c + "\u0301", c + "\u3099"}) {
                assertEquals(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC), Text.nfkc(s),
                        () -> "U+" + Integer.toHexString(s.charAt(0)));
            }
        }
    }
}

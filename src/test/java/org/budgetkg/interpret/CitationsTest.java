package org.budgetkg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.budgetkg.model.PolicyCitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationsTest {
    @ParameterizedTest
    @CsvSource({
        "新人社发〔2018〕51 号, 新人社发〔2018〕51号",
        "新人社发[2018]51号, 新人社发〔2018〕51号",
        "新人社发【2018】51号, 新人社发〔2018〕51号",
        "新人社发（2018）51号, 新人社发〔2018〕51号",
        "新人社发﹝2018﹞051号, 新人社发〔2018〕51号",
        "根据新财规〔2023〕1 号, 新财规〔2023〕1号",
        "中华人民共和国人力资源和社会保障部令第40号, 中华人民共和国人力资源和社会保障部令第40号",
    })
    void numbersAreCanonical(String printed, String canonical) {
        assertEquals(canonical, Citations.canonicalNumber(printed));
    }

    @Test
    void titlesPairWithTheNumberPrintedAfterThem() {
        List<PolicyCitation> c = Citations.find("《新疆维吾尔自治区企业基本养老保险费征缴考核奖励办法》（新人社发〔2009〕133号）"
                + "《社会保险费征缴暂行条例》、《关于印发〈新疆维吾尔自治区养老保险扩面征缴暨稽核举报考核奖励办法〉》（新劳社字〔2005〕85号）", i -> null);
        assertEquals(3, c.size());
        assertEquals("新人社发〔2009〕133号", c.get(0).number());
        assertEquals("新疆维吾尔自治区企业基本养老保险费征缴考核奖励办法", c.get(0).title());
        assertEquals("新劳社字〔2005〕85号", c.get(1).number());
        assertEquals("关于印发〈新疆维吾尔自治区养老保险扩面征缴暨稽核举报考核奖励办法〉", c.get(1).title());
        assertEquals(null, c.get(2).number());
        assertEquals("社会保险费征缴暂行条例", c.get(2).title());
    }

    /**
     * Numbers are searched for from a little before each bracketed year: a bracketed year that starts no number, an
     * issuer set off by a space, two numbers in a row and a long issuer are all found as a search of the whole text
     * finds them.
     */
    @Test
    void everyNumberAfterBracketedYearsThatAreNone() {
        List<PolicyCitation> c = Citations.find("按照（2018年修订）的规定，依据新人社发 〔2018〕51号、财社〔2019〕7号"
                + "和新疆维吾尔自治区人力资源和社会保障厅财政厅〔2020〕3号文件", i -> null);
        assertEquals(List.of("新人社发〔2018〕51号", "财社〔2019〕7号", "社会保障厅财政厅〔2020〕3号"),
                c.stream().map(PolicyCitation::number).toList());
    }
}

package org.budgetkg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.budgetkg.model.DocumentKind;
import org.budgetkg.model.Names;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.TextLine;
import org.junit.jupiter.api.Test;

/** The printed forms of whose disclosure a file is, for which year and of which kind. */
class IdentityTest {
    private static Identity read(String... cover) {
        List<TextLine> lines = new ArrayList<>();
        for (String s : cover) lines.add(new TextLine(s, SourceRef.page("x.pdf", 1)));
        return Identity.read(lines, List.of());
    }

    @Test
    void entityBeforeTheYearWithASuffix() {
        Identity id = read("西安市财政局（汇总）", "2026年部门预算公开说明", "目 录", "第一部分：部门概况");
        assertEquals(new Identity("西安市财政局(汇总)", "2026", DocumentKind.DepartmentBudget), id);
        assertEquals("西安市财政局", Names.withoutSuffix(id.entity()));
    }

    @Test
    void yearBeforeTheEntityLetterSpacedAndUnitKind() {
        assertEquals(new Identity("福州市民政局(本级)", "2026", DocumentKind.UnitBudget),
                read("2026 年度", "福州市民政局(本级)", "单位预算", "目录"));
    }

    @Test
    void aTitleLetterSpacedYearIncluded() {
        assertEquals(new Identity("广州市财政局", "2024", DocumentKind.DepartmentBudget),
                read("广 州 市 财 政 局", "2 0 2 4 年 部 门 预 算", "目 录"));
    }

    @Test
    void aLabelledCoverLineWinsOverTheDistrictInTheTitle() {
        assertEquals(new Identity("上海市普陀区人民政府万里街道办事处", "2025", DocumentKind.DepartmentBudget),
                read("上海市普陀区2025年区级部门预算", "预算主管部门：上海市普陀区人民政府万里街道办事处"));
    }

    @Test
    void withoutANameOnTheCoverTheBodyWhoseDutiesAreDescribed() {
        assertEquals(new Identity("北京市人民政府办公厅", "2026", DocumentKind.DepartmentBudget),
                read("第一部分 2026年度部门预算情况说明", "一、部门情况说明", "（一）本部门职责情况", "北京市人民政府办公厅主要职责包括："));
    }

    @Test
    void bodiesOfEveryKindNotOnlyBureaus() {
        assertEquals("上海市普陀区长征镇", read("上海市普陀区长征镇", "2025年部门预算").entity());
        assertEquals("深圳市建筑工务署", read("深圳市建筑工务署2026年部门预算").entity());
        assertEquals("上海市普陀区石泉路街道", read("2025年部门预算", "部门名称：上海市普陀区石泉路街道").entity());
        assertEquals("苏州市气象台", read("2026年度苏州市气象台单位预算公开").entity());
        assertEquals("中国人民政治协商会议某某市委员会", read("中国人民政治协商会议某某市委员会2026年部门预算").entity());
    }

    @Test
    void aUnitBudgetIsTheUnitsEvenWhenItsDepartmentIsNamedFirst() {
        assertEquals(new Identity("上海市中医文献馆", "2026", DocumentKind.UnitBudget),
                read("上海市2026年市级单位预算", "预算主管部门：上海市卫生健康委员会", "预算单位：上海市中医文献馆"));
        assertEquals(new Identity("上海市卫生健康委员会", "2026", DocumentKind.DepartmentBudget),
                read("上海市2026年市级部门预算", "预算主管部门：上海市卫生健康委员会", "预算单位：上海市中医文献馆"));
    }

    @Test
    void aYearPrintedInNumerals() {
        assertEquals(new Identity("某某市某某局", "2026", DocumentKind.DepartmentBudget), read("某某市某某局", "二〇二六年度部门预算"));
        assertEquals(new Identity("某某县某某中心", "2024", DocumentKind.UnitFinalAccounts), read("二○二四年度某某县某某中心单位决算"));
    }

    @Test
    void finalAccounts() {
        assertEquals(DocumentKind.DepartmentFinalAccounts, read("上海市普陀区财政局", "2024年度部门决算").kind());
        assertEquals(DocumentKind.UnitFinalAccounts, read("某某中心", "2024年度单位决算").kind());
    }

    @Test
    void aTableOfContentsIsNotAnEntity() {
        assertEquals("西安市交通运输局", read("西安市交通运输局 2022 年部门综合预算", "目 录", "第一部分 部门概况").entity());
        assertNull(read("巡 察 通 告", "按照市委统一部署，市委第三巡察组于 2025 年 9 月 12 日对市卫生健康委员会开展巡察。"));
    }

    @Test
    void longAndShortFormsOfOneBodyShareAKey() {
        assertEquals(Names.key("中国共产党江苏省委员会办公厅"), Names.key("中共江苏省委办公厅"));
        assertEquals(Names.key("江苏省委办公厅"), Names.key("中共江苏省委办公厅"));
        assertEquals(Names.key("西安市财政局"), Names.key("西安市财政局（汇总）"));
        // the department's own unit is another body than the department that consolidates it
        org.junit.jupiter.api.Assertions.assertNotEquals(Names.key("福州市商务局(本级)"), Names.key("福州市商务局"));
        assertEquals("福州市商务局", Names.withoutSuffix("福州市商务局(本级)"));
    }
}

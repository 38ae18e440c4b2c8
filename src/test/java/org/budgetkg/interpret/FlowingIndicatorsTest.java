package org.budgetkg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowingIndicatorsTest {
    @Test
    void levelNamesAreRebuiltFromTheirPrintedPieces() {
        assertEquals(List.of("产出指标", "数量指标"), FlowingIndicators.levels("产出指标数量指标"));
        assertEquals(List.of("履职效能", "数量指标"), FlowingIndicators.levels("履职效能数量指标"));
        assertEquals(List.of("质量指标"), FlowingIndicators.levels("质量指标"));
        assertEquals(List.of("成本指标", "经济成本指标"), FlowingIndicators.levels("一级成本指标经济成本指标"));
    }
}

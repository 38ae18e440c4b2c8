package org.budgetkg.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.budgetkg.model.Fact;
import org.budgetkg.model.Issue;
import org.budgetkg.model.Project;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.TableKind;
import org.budgetkg.model.TargetTable;
import org.junit.jupiter.api.Test;

class ProjectMatcherTest {
    private static final SourceRef AT = SourceRef.line("t.txt", 1);

    private static Project table7(String unit, String name) {
        return new Project(name, unit, new LinkedHashSet<>(), null, List.of(), List.of(), null, Map.of(), AT);
    }

    private static Fact line(String unit, String name, String amount) {
        return Fact.of(TableKind.GENERAL_PUBLIC_PROJECT, new BigDecimal(amount), AT).unit(unit).project(name)
                .functionalCode("2080199").expenditureType("ProjectExpenditure").fundingSource(TableInterpreter.GPB).build();
    }

    private static TargetTable targets(String unit, String name, String total) {
        return new TargetTable(name, unit, null, new BigDecimal(total), null, null, null, AT);
    }

    @Test
    void aShorterNameWithTheSameMoneyIsTheSameProject() {
        List<Issue> issues = new ArrayList<>();
        List<Project> out = ProjectMatcher.link(new ArrayList<>(List.of(table7("考试中心", "自治区人事考试考务(成本性支出)"))),
                List.of(line("考试中心", "自治区人事考试考务(成本性支出)", "7500.00")), List.of(),
                List.of(targets("考试中心", "考试考务(成本性支出)", "7500.00")), issues);
        assertEquals(1, out.size());
        assertTrue(out.get(0).altNames().contains("考试考务(成本性支出)"));
        assertEquals(List.of(), issues);
    }

    @Test
    void similarNamesWithOtherMoneyStayTwoProjects() {
        List<Issue> issues = new ArrayList<>();
        List<Project> out = ProjectMatcher.link(new ArrayList<>(), List.of(), List.of(),
                List.of(targets("中心", "公共就业服务专项", "255.00"), targets("中心", "公共就业综合事务", "248.00")), issues);
        assertEquals(2, out.size());
        assertEquals(2, issues.stream().filter(i -> i.severity() == Issue.Severity.NOTE).count(), "each unmatched table is noted");
    }

    @Test
    void anotherUnitsProjectMatchesOnlyWithTheSameMoney() {
        List<Project> projects = new ArrayList<>(List.of(table7("本级", "自治区社保经办机构业务费补助")));
        List<Fact> facts = List.of(line("本级", "自治区社保经办机构业务费补助", "844.00"));
        List<Project> out = ProjectMatcher.link(projects, facts, List.of(), List.of(targets("社保中心", "自治区社保经办机构业务经费", "844.00")), new ArrayList<>());
        assertEquals(1, out.size());
        List<Project> other = ProjectMatcher.link(new ArrayList<>(List.of(table7("本级", "自治区社保经办机构业务费补助"))), facts, List.of(),
                List.of(targets("社保中心", "自治区社保经办机构业务经费", "800.00")), new ArrayList<>());
        assertEquals(2, other.size());
    }
}

package org.budgetkg.model;

import java.util.List;
import java.util.Map;

/** Everything interpreted from one disclosure, ready to be mapped to RDF. */
public record Disclosure(String file, Unit entity, String fiscalYear, DocumentKind kind, List<Unit> units,
                         List<Fact> facts, List<Project> projects, List<Indicator> indicators, List<TargetTable> targetTables,
                         List<StaffCount> staff, List<YearOnYearChange> changes, List<AssetHolding> assets,
                         List<EmptyTable> emptyTables,
                         Map<String, String> functionalCodes,
                         Map<String, String> economicCodes, List<Issue> issues, String part) {
    /** A disclosure read from one file: {@code part} is "" for a whole one, else which part of it the file holds. */
    public Disclosure {
        if (part == null) part = "";
    }
}

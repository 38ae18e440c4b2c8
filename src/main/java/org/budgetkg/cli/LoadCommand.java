package org.budgetkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Issue;
import org.budgetkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Convert and load into a TDB2 store: one named graph per document, replaced when loaded again.")
final class LoadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "IN") List<Path> inputs;
    @Option(names = "--strict", description = "refuse a document whose reading left findings (see validate)") boolean strict;
    @Option(names = "--db", required = true, paramLabel = "DIR") Path db;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        List<Disclosure> ds = sameIdentity(Inputs.convert(inputs, err, strict), err);
        if (ds.isEmpty()) return ExitCode.NOTHING_CONVERTED.code;
        try (Store store = Store.open(db)) {
            List<Boolean> replacedAll = BudgetKg.load(store, ds);
            for (int k = 0; k < ds.size(); k++) {
                Disclosure d = ds.get(k);
                boolean replaced = replacedAll.get(k);
                long findings = d.issues().stream().filter(i -> i.severity() == Issue.Severity.WARNING || i.severity() == Issue.Severity.ERROR).count();
                spec.commandLine().getOut().println("loaded " + d.file() + ": " + d.fiscalYear() + " " + d.entity().name()
                        + " (" + d.kind() + (d.part().isEmpty() ? "" : ", " + d.part() + " part") + "), " + d.facts().size() + " cells, "
                        + d.projects().size() + " projects, " + findings + " finding(s)" + (replaced ? "; replaced the version in the store" : ""));
            }
        }
        err.flush();
        return ExitCode.OK.code;
    }

    /**
     * Two files of a batch with one identity: the same disclosure twice (its PDF and its text: the same grand total)
     * loads the later; two different disclosures read as one identity load neither silently over the other: the
     * first is kept and the second reported.
     */
    static List<Disclosure> sameIdentity(List<Disclosure> ds, java.io.PrintWriter err) {
        java.util.Map<org.apache.jena.graph.Node, Disclosure> byGraph = new java.util.LinkedHashMap<>();
        for (Disclosure d : ds) {
            org.apache.jena.graph.Node g = BudgetKg.graphName(d);
            Disclosure seen = byGraph.get(g);
            if (seen == null) { byGraph.put(g, d); continue; }
            if (grandTotals(seen).equals(grandTotals(d))) {
                err.println("budgetkg: [" + d.file() + "] is the disclosure of [" + seen.file() + "] again; it replaces it");
                byGraph.put(g, d);
            } else {
                err.println("budgetkg: [" + d.file() + "] reads as the same document as [" + seen.file() + "] (" + d.fiscalYear() + " "
                        + d.entity().name() + ", " + d.kind() + ") but prints other totals; not loaded, the store keeps " + seen.file());
            }
        }
        return new java.util.ArrayList<>(byGraph.values());
    }

    private static java.util.Set<java.math.BigDecimal> grandTotals(Disclosure d) {
        java.util.Set<java.math.BigDecimal> out = new java.util.TreeSet<>();
        for (org.budgetkg.model.Fact f : d.facts()) {
            if (f.overEverything()) out.add(f.amount().stripTrailingZeros());
        }
        return out;
    }
}

package org.budgetkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
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
        List<Disclosure> ds = Inputs.convert(inputs, spec.commandLine().getErr(), strict);
        if (ds.isEmpty()) return ExitCode.NOTHING_CONVERTED.code;
        try (Store store = Store.open(db)) {
            BudgetKg.load(store, ds);
        }
        for (Disclosure d : ds) {
            spec.commandLine().getOut().println("loaded " + d.file() + ": " + d.fiscalYear() + " " + d.entity().name()
                    + " (" + d.kind() + "), " + d.facts().size() + " cells, " + d.projects().size() + " projects");
        }
        return ExitCode.OK.code;
    }
}

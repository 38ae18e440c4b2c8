package org.budgetkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.budgetkg.BudgetKg;
import org.budgetkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole store; OUT's extension picks the syntax "
        + "(.trig .nq .nt .ttl .jsonld), or .csv: one row per fact with a datapackage.json (Frictionless) beside it.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "the store (made by load)") Path db;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "file to write: .trig .nq .nt .ttl .jsonld, .csv (with datapackage.json beside it), or void.ttl "
                    + "(a VoID and DCAT description of the store)") Path output;

    @Override
    public Integer call() throws Exception {
        try (Store store = Store.openExisting(db)) {
            String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("void.ttl") || name.endsWith(".void.ttl")) {
                try (var out = java.nio.file.Files.newOutputStream(output)) {
                    org.apache.jena.riot.RDFDataMgr.write(out, org.budgetkg.store.DatasetDescription.of(store), org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
                }
                spec.commandLine().getErr().println("budgetkg: described the store (VoID, DCAT) in " + output);
                return ExitCode.OK.code;
            }
            if (name.endsWith(".csv")) {
                long rows = org.budgetkg.store.FactTable.write(store, output);
                spec.commandLine().getErr().println("budgetkg: exported " + rows + " facts to " + output + " (described in datapackage.json beside it)");
                return ExitCode.OK.code;
            }
            Exception[] failure = new Exception[1];
            // streamed from the store inside one read transaction: the store is never copied into memory
            Txn.executeRead(store.dataset(), () -> {
                try {
                    BudgetKg.export(store.datasetGraph(), output);
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) throw failure[0];
        }
        spec.commandLine().getErr().println("budgetkg: exported to " + output);
        return ExitCode.OK.code;
    }
}

package org.budgetkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.store.Endpoint;
import org.budgetkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a store over SPARQL at http://localhost:PORT/budget/sparql (read-only unless --update). "
                + "Without --db, the inputs are loaded into a temporary in-memory store first.")
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--db", paramLabel = "DIR") Path db;
    @Option(names = "--port", defaultValue = "3030") int port;
    @Option(names = "--update", description = "allow SPARQL Update") boolean update;
    @Parameters(arity = "0..*", paramLabel = "IN") List<Path> inputs;

    @Override
    public Integer call() throws InterruptedException {
        if (db == null && (inputs == null || inputs.isEmpty())) {
            spec.commandLine().getErr().println("budgetkg: serve needs --db DIR or input files");
            return ExitCode.USAGE.code;
        }
        Store store = db != null ? Store.open(db) : Store.inMemory();
        if (inputs != null && !inputs.isEmpty()) {
            List<Disclosure> ds = Inputs.convert(inputs, spec.commandLine().getErr());
            BudgetKg.load(store, ds);
        }
        Endpoint endpoint = Endpoint.start(store, port, update);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.close();
            store.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("serving http://localhost:" + endpoint.port() + "/budget/sparql"
                + (update ? " (updates allowed)" : " (read-only)"));
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCode.OK.code;
    }
}

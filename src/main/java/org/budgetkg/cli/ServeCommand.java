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
        description = "Serve a store over SPARQL at http://localhost:PORT/budget/sparql (read-only unless --update), with web pages at /. "
                + "Without --db, the inputs are loaded into a temporary in-memory store first.")
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--db", paramLabel = "DIR", description = "the store to serve; with IN, they are loaded into it first") Path db;
    @Option(names = "--port", defaultValue = "3030", description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)") int port;
    @Option(names = "--update", description = "allow SPARQL Update") boolean update;
    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "interface to listen on: 127.0.0.1 (default, this machine only) or 0.0.0.0 (every interface)") String host;
    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "stop a query after this many seconds, also when its client has gone (default 60)") int timeout;
    @Option(names = "--allow-service",
            description = "let queries use SERVICE to fetch from other endpoints (off: any client could make the server fetch any URL)")
    boolean allowService;
    @Parameters(arity = "0..*", paramLabel = "IN", description = "PDF or text files to load first (into memory without --db)") List<Path> inputs;

    @Override
    public Integer call() throws InterruptedException {
        if (db == null && (inputs == null || inputs.isEmpty())) {
            spec.commandLine().getErr().println("budgetkg: serve needs --db DIR or input files");
            return ExitCode.USAGE.code;
        }
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        if (!loopback && !host.equals("0.0.0.0")) {
            spec.commandLine().getErr().println("budgetkg: --host is 127.0.0.1 (this machine) or 0.0.0.0 (every interface), not " + host);
            return ExitCode.USAGE.code;
        }
        // a store to serve must exist; with input files it is the one they are loaded into
        Store store = db == null ? Store.inMemory() : inputs == null || inputs.isEmpty() ? Store.openExisting(db) : Store.open(db);
        if (inputs != null && !inputs.isEmpty()) {
            List<Disclosure> ds = Inputs.convert(inputs, spec.commandLine().getErr());
            BudgetKg.load(store, ds);
            BudgetKg.refreshDerived(store);
        }
        Endpoint endpoint = Endpoint.start(store, port, update, loopback, timeout, allowService);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.close();
            store.close();
            stopped.countDown();
        }));
        String base = "http://" + (loopback ? "localhost" : host) + ":" + endpoint.port();
        spec.commandLine().getOut().println("serving " + base + Endpoint.SPARQL_PATH + (update ? " (updates allowed)" : " (read-only)")
                + (loopback ? "" : " on every interface") + "; pages at " + base + "/");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCode.OK.code;
    }
}

package org.budgetkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.budgetkg.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query against a store, no server needed.")
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "the store (made by load)") Path db;
    @ArgGroup(exclusive = true, multiplicity = "1") Source source;
    @Option(names = "--format", defaultValue = "table", description = "table (default), csv, tsv or json") String format;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "a file holding the SPARQL query") Path file;
        @Option(names = "-e", paramLabel = "QUERY", description = "the SPARQL query itself") String text;
    }

    @Override
    public Integer call() throws Exception {
        if (!java.util.List.of("table", "csv", "tsv", "json").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "': one of table, csv, tsv, json");
        }
        String q = source.text != null ? source.text : Files.readString(source.file);
        Query query = QueryFactory.create(q);
        try (Store store = Store.openExisting(db)) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                    var out = System.out;
                    if (query.isSelectType()) {
                        ResultSet rs = qe.execSelect();
                        switch (format) {
                            case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                            case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                            case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                            default -> Table.write(out, rs, query.getPrefixMapping());
                        }
                    } else if (query.isAskType()) {
                        out.println(qe.execAsk());
                    } else {
                        RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), RDFFormat.TURTLE_BLOCKS);
                    }
                    out.flush();
                }
            });
        }
        return ExitCode.OK.code;
    }
}

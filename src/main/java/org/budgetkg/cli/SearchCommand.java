package org.budgetkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.store.Store;
import org.budgetkg.store.TextSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Full-text search over the names in a store: organisations, projects, policy documents, indicators, codes. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the names in a store (organisations, projects, 文号, indicators, classification codes); "
                + "Chinese is matched by character pairs, so 社会保险 finds 社会保险中心. The same index answers text:query in serve.")
final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "the store (made by load)") Path db;
    @Option(names = "--limit", defaultValue = "20", description = "at most this many matches (default 20)") int limit;
    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "what to look for (Lucene syntax: 社会 AND 保险, \"社会保险\")")
    List<String> words;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.openExisting(db)) {
            List<TextSearch.Hit> hits = store.names().search(String.join(" ", words), limit);
            for (TextSearch.Hit h : hits) {
                out.printf(java.util.Locale.ROOT, "%.2f\t%s\t%s\t%s%n", h.score(), h.kind(), h.name(), h.iri());
            }
            out.flush();
            spec.commandLine().getErr().println("budgetkg: " + hits.size() + " match(es)");
            return hits.isEmpty() ? ExitCode.FINDINGS.code : ExitCode.OK.code;
        }
    }
}

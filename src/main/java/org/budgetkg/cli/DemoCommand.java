package org.budgetkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.ClasspathFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The shipped samples, served from memory: something to look at before one has files of one's own. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Serve the samples shipped with budgetkg (one county department in three years, another as a PDF; "
                + "invented numbers) from memory: the web pages at http://localhost:PORT/, SPARQL at /budget/sparql. Ctrl+C stops it.")
final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--port", defaultValue = "3030", description = "port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one)") int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> samples = ClasspathFolder.files("samples");
        if (samples.isEmpty()) {
            spec.commandLine().getErr().println("budgetkg: this build has no samples in it (they are copied in from samples/ by the build)");
            return ExitCode.FAILED.code;
        }
        // the readers take files: the samples are copied out of the jar into a folder removed on exit
        Path dir = Files.createTempDirectory("budgetkg-demo-");
        dir.toFile().deleteOnExit();
        List<Path> files = new ArrayList<>();
        for (Path p : samples) {
            Path copy = Files.copy(p, dir.resolve(p.getFileName().toString()));
            copy.toFile().deleteOnExit();
            files.add(copy);
        }
        // serve as its own command line would: its defaults (loopback, timeout, read-only) are those of its options
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port)));
        files.forEach(f -> args.add(f.toString()));
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr()).parseArgs(args.toArray(String[]::new));
        return serve.call();
    }
}

package org.budgetkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.BudgetKg;
import org.budgetkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Conversion throughput (documents/s and MB/s, median of timed rounds once warm-up has made the rounds "
                + "steady); with --load, loading against tdb2.tdbloader; with --queries, the example queries over HTTP.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "0..*", paramLabel = "IN", description = "PDF or text files, or folders of them") List<Path> inputs;
    @Option(names = "--warmup", defaultValue = "5", description = "untimed rounds first, at least (default ${DEFAULT-VALUE}); "
            + "more follow until three in a row agree within 5 %%, up to 10 times as many") int warmup;
    @Option(names = "--rounds", defaultValue = "15", description = "timed rounds, of which the median is printed (default ${DEFAULT-VALUE})") int rounds;
    @Option(names = "--load", description = "instead: load the files into a new store as load does, and the same quads with Jena's "
            + "tdb2.tdbloader, each in a process of its own; print wall time, store size on disk and peak RSS of both and their ratios")
    boolean load;
    @Option(names = "--load-rounds", defaultValue = "3", paramLabel = "N", description = "for --load: runs of each, alternating, "
            + "of which the medians are compared (default ${DEFAULT-VALUE}): one run of either varies by a third on a busy machine")
    int loadRounds;
    @Option(names = "--queries", description = "instead: serve the store of --db on loopback and time the example queries "
            + "over HTTP, each alone (p50, p99) and then from several clients at once (--clients, --seconds)")
    boolean queries;
    @Option(names = "--db", paramLabel = "DIR", description = "the store for --queries") Path db;
    @Option(names = "--clients", defaultValue = "8", description = "clients at once for --queries (default ${DEFAULT-VALUE})") int clients;
    @Option(names = "--seconds", defaultValue = "60", description = "how long the clients run for --queries (default ${DEFAULT-VALUE})") int seconds;
    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "the server's query timeout for --queries (default ${DEFAULT-VALUE})") int timeout;

    @Override
    public Integer call() throws Exception {
        if (queries) {
            if (db == null) {
                spec.commandLine().getErr().println("budgetkg: bench --queries needs --db DIR (a store to serve)");
                return ExitCode.USAGE.code;
            }
            int failed = QueryLoad.run(db, rounds, clients, seconds, timeout, spec.commandLine().getOut());
            return failed == 0 ? ExitCode.OK.code : ExitCode.FAILED.code;
        }
        if (inputs == null || inputs.isEmpty()) {
            spec.commandLine().getErr().println("budgetkg: bench needs input files (or --queries --db DIR)");
            return ExitCode.USAGE.code;
        }
        List<Path> files = BudgetKg.expand(inputs, e -> spec.commandLine().getErr().println("budgetkg: " + e));
        if (load) return loadAgainstTdbloader(files);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        Rounds.Round convertAll = () -> {
            var ds = BudgetKg.convert(files, e -> { });
            for (var d : ds) BudgetKg.graph(d);
        };
        int warmed = warmUp(convertAll);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < rounds; i++) seconds.add(Rounds.seconds(convertAll));
        spec.commandLine().getErr().println("budgetkg: bench: " + warmed + " warm-up rounds");
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        spec.commandLine().getOut().printf("%d files, %.2f MB; median of %d rounds: %.1f ms/round, %.1f documents/s, %.2f MB/s%n",
                files.size(), bytes / 1e6, rounds, median * 1000, files.size() / median, bytes / 1e6 / median);
        List<Path> pdfs = files.stream().filter(f -> f.getFileName().toString().toLowerCase().endsWith(".pdf")).toList();
        if (!pdfs.isEmpty()) {
            // the PDF path against bare PDFTextStripper on the same files: pages per second and their ratio
            List<Double> ours = new ArrayList<>(), bare = new ArrayList<>();
            int pages = 0;
            warmUp(() -> {
                for (Path f : pdfs) BudgetKg.read(f);
                for (Path f : pdfs) org.budgetkg.ingest.pdf.PdfBaseline.stripText(f);
            });
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                for (Path f : pdfs) BudgetKg.read(f);
                long t1 = System.nanoTime();
                int p = 0;
                for (Path f : pdfs) p += org.budgetkg.ingest.pdf.PdfBaseline.stripText(f);
                long t2 = System.nanoTime();
                pages = p;
                ours.add((t1 - t0) / 1e9);
                bare.add((t2 - t1) / 1e9);
            }
            Collections.sort(ours);
            Collections.sort(bare);
            double o = ours.get(ours.size() / 2), b = bare.get(bare.size() / 2);
            spec.commandLine().getOut().printf("PDF: %d pages; median %.1f pages/s (budgetkg, to interpreted disclosures) vs %.1f pages/s "
                    + "(bare PDFTextStripper); ratio %.2f%n", pages, pages / o, pages / b, o / b);
        }
        return ExitCode.OK.code;
    }

    /**
     * Untimed rounds until the code is warm: at least {@code --warmup}, then more until three in a row agree within 5 %,
     * up to ten times {@code --warmup}.
     */
    private int warmUp(Rounds.Round round) throws Exception {
        return Rounds.warmUp(() -> Rounds.seconds(round), warmup, Math.max(warmup, 1) * 10, 3, 0.05);
    }

    /** What one process took: wall time, the high-water mark of its resident memory. */
    private record Run(double seconds, long peakBytes, int exit) {}

    /** Runs a command to its end, reading its peak RSS (VmHWM) from /proc while it runs; its output is discarded. */
    private static Run measured(List<String> command) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peak = 0;
        while (!p.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            } catch (java.io.IOException | NumberFormatException e) {
                // the process ended between the check and the read, or there is no /proc: no reading this time
            }
        }
        return new Run((System.nanoTime() - t0) / 1e9, peak, p.exitValue());
    }

    /**
     * The JVM options {@code ./budgetkg} runs {@code load} with (the launcher's choice, so the load is timed as a user
     * runs it): the throughput collector (31 s instead of 38 s for 1,000 documents; tdb2.tdbloader gains nothing from
     * it) and smaller inlining, which spares the JIT compiler most of the time it spent on the interpreter's large
     * methods (tdb2.tdbloader, timed as Jena ships it, would gain from that too: 18.7-19.7 s against 15.8-17.2 s for the
     * same 1,000 documents' quads).
     */
    static final List<String> LOAD_JVM = List.of("-XX:+UseParallelGC", "-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000");

    /** The class-sharing archive this JVM was started with by {@code ./budgetkg}, if any, for the load it times. */
    private static List<String> classSharing() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds")).toList();
    }

    private int loadAgainstTdbloader(List<Path> files) throws Exception {
        java.io.PrintWriter out = spec.commandLine().getOut();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        Path work = Files.createTempDirectory("budgetkg-bench-load-");
        try {
            Path ourStore = work.resolve("budgetkg"), theirStore = work.resolve("tdbloader"), quads = work.resolve("quads.nq");
            List<String> ours = new ArrayList<>(List.of(javaCommand));
            ours.addAll(LOAD_JVM);
            ours.addAll(classSharing());
            ours.addAll(List.of("-cp", classpath, Main.class.getName(), "load", "--db", ourStore.toString()));
            files.forEach(f -> ours.add(f.toString()));
            List<String> theirs = List.of(javaCommand, "-cp", classpath, "tdb2.tdbloader", "--loc", theirStore.toString(), quads.toString());
            List<Run> a = new ArrayList<>(), b = new ArrayList<>();
            long n = 0, sizeA = 0, sizeB = 0;
            // alternating, each into a new store, so that what the machine is doing meanwhile falls on both alike
            for (int round = 0; round < Math.max(1, loadRounds); round++) {
                delete(ourStore);
                delete(theirStore);
                Run ourRun = measured(ours);
                if (ourRun.exit() != 0) {
                    spec.commandLine().getErr().println("budgetkg: bench --load: the load failed (exit " + ourRun.exit() + ")");
                    return ExitCode.FAILED.code;
                }
                a.add(ourRun);
                sizeA = Store.sizeOnDisk(ourStore);
                if (round == 0) {
                    Run export = measured(List.of(javaCommand, "-cp", classpath, Main.class.getName(), "export", "--db", ourStore.toString(), "-o", quads.toString()));
                    if (export.exit() != 0) {
                        spec.commandLine().getErr().println("budgetkg: bench --load: export failed");
                        return ExitCode.FAILED.code;
                    }
                    try (var lines = Files.lines(quads)) {
                        n = lines.count();
                    }
                }
                Run theirRun = measured(theirs);
                if (theirRun.exit() != 0) {
                    spec.commandLine().getErr().println("budgetkg: bench --load: tdb2.tdbloader failed");
                    return ExitCode.FAILED.code;
                }
                b.add(theirRun);
                sizeB = Store.sizeOnDisk(theirStore);
            }
            double timeA = median(a), timeB = median(b);
            long peakA = a.stream().mapToLong(Run::peakBytes).max().orElse(0), peakB = b.stream().mapToLong(Run::peakBytes).max().orElse(0);
            out.printf(java.util.Locale.ROOT, "load of %d files (%,d quads), median of %d runs each: budgetkg load %.1f s (%s), %.0f MB on disk, "
                            + "peak RSS %.2f GB (conversion and search index included)%n", files.size(), n, a.size(), timeA, times(a), sizeA / 1e6, peakA / 1e9);
            out.printf(java.util.Locale.ROOT, "  tdb2.tdbloader on the same quads: %.1f s (%s), %.0f MB on disk, peak RSS %.2f GB%n",
                    timeB, times(b), sizeB / 1e6, peakB / 1e9);
            out.printf(java.util.Locale.ROOT, "  ratio budgetkg/tdbloader: time %.2f, size %.2f, peak RSS %.2f%n", timeA / timeB,
                    (double) sizeA / sizeB, (double) peakA / Math.max(1, peakB));
            return ExitCode.OK.code;
        } finally {
            delete(work);
        }
    }

    private static double median(List<Run> runs) {
        double[] t = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    }

    private static String times(List<Run> runs) {
        return String.join(" ", runs.stream().map(r -> String.format(java.util.Locale.ROOT, "%.1f", r.seconds())).toList());
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

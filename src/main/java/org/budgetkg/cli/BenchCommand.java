package org.budgetkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.BudgetKg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Conversion throughput (documents/s and MB/s, median of timed rounds after warm-up rounds).")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "IN", description = "PDF or text files, or folders of them") List<Path> inputs;
    @Option(names = "--warmup", defaultValue = "5", description = "untimed rounds first (default ${DEFAULT-VALUE})") int warmup;
    @Option(names = "--rounds", defaultValue = "15", description = "timed rounds, of which the median is printed (default ${DEFAULT-VALUE})") int rounds;

    @Override
    public Integer call() throws Exception {
        List<Path> files = BudgetKg.expand(inputs, e -> spec.commandLine().getErr().println("budgetkg: " + e));
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            long t0 = System.nanoTime();
            var ds = BudgetKg.convert(files, e -> { });
            for (var d : ds) BudgetKg.graph(d);
            double s = (System.nanoTime() - t0) / 1e9;
            if (i >= warmup) seconds.add(s);
        }
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        spec.commandLine().getOut().printf("%d files, %.2f MB; median of %d rounds: %.1f ms/round, %.1f documents/s, %.2f MB/s%n",
                files.size(), bytes / 1e6, rounds, median * 1000, files.size() / median, bytes / 1e6 / median);
        List<Path> pdfs = files.stream().filter(f -> f.getFileName().toString().toLowerCase().endsWith(".pdf")).toList();
        if (!pdfs.isEmpty()) {
            // the PDF path against bare PDFTextStripper on the same files: pages per second and their ratio
            List<Double> ours = new ArrayList<>(), bare = new ArrayList<>();
            int pages = 0;
            for (int i = 0; i < warmup + rounds; i++) {
                long t0 = System.nanoTime();
                for (Path f : pdfs) BudgetKg.read(f);
                long t1 = System.nanoTime();
                int p = 0;
                for (Path f : pdfs) p += org.budgetkg.ingest.pdf.PdfBaseline.stripText(f);
                long t2 = System.nanoTime();
                pages = p;
                if (i >= warmup) { ours.add((t1 - t0) / 1e9); bare.add((t2 - t1) / 1e9); }
            }
            Collections.sort(ours);
            Collections.sort(bare);
            double o = ours.get(ours.size() / 2), b = bare.get(bare.size() / 2);
            spec.commandLine().getOut().printf("PDF: %d pages; median %.1f pages/s (budgetkg, to interpreted disclosures) vs %.1f pages/s "
                    + "(bare PDFTextStripper); ratio %.2f%n", pages, pages / o, pages / b, o / b);
        }
        return ExitCode.OK.code;
    }
}

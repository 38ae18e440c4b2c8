package org.budgetkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert disclosures (PDF or text, or folders of them) to RDF; OUT's extension picks the syntax "
                + "(.ttl merged, .trig, .nq, .nt, .jsonld).")
final class ConvertCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "IN", description = "PDF or text files, or folders of them") List<Path> inputs;
    @Option(names = "--strict", description = "refuse a document whose reading left findings (see validate)") boolean strict;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "file to write; its extension picks the syntax: .ttl .trig .nq .nt .jsonld") Path output;

    @Override
    public Integer call() throws Exception {
        if (!BudgetKg.writable(output)) {
            // said before any file is read, and no empty file is left behind
            spec.commandLine().getErr().println("budgetkg: " + BudgetKg.unknownSyntax(output));
            return ExitCode.USAGE.code;
        }
        List<Disclosure> ds = Inputs.convert(inputs, spec.commandLine().getErr(), strict);
        if (ds.isEmpty()) return ExitCode.NOTHING_CONVERTED.code;
        BudgetKg.write(BudgetKg.dataset(ds), output);
        spec.commandLine().getErr().println("budgetkg: converted " + ds.size() + " document(s) to " + output);
        return ExitCode.OK.code;
    }
}

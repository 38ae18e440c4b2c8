package org.budgetkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code budgetkg} command: one sub-command per stage a user runs. */
@Command(name = "budgetkg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Chinese government budget disclosures (部门/单位预算公开) to an RDF knowledge graph.",
        subcommands = {ConvertCommand.class, LoadCommand.class, ServeCommand.class, DemoCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, BenchCommand.class, TextCommand.class, SearchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    @CommandLine.Option(names = "--verbose", description = "print stack traces of unexpected errors", scope = CommandLine.ScopeType.INHERIT)
    static boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("budgetkg: " + ex.getMessage());
            if (verbose) ex.printStackTrace(cmd.getErr());
            return ExitCode.FAILED.code;
        });
        return cl;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"budgetkg " + (v == null ? "(development)" : v)};
        }
    }
}

package org.budgetkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetkg.BudgetKg;
import org.budgetkg.ingest.Readers;
import org.budgetkg.ingest.UnreadableInputException;
import org.budgetkg.model.SourceText;
import org.budgetkg.model.TextLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Shows a file's text as the interpreter sees it: one line per row, cells of ruled tables separated by " | ". */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Print the text budgetkg reads from each file (PDF page or text line, then the line; "
                + "cells of ruled tables separated by ' | '), to see why a table was or was not read.")
final class TextCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "IN", description = "PDF or text files, or folders of them") List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int read = 0;
        for (Path file : BudgetKg.expand(inputs, m -> err.println("budgetkg: " + m))) {
            try {
                SourceText text = Readers.read(file);
                out.println("== " + file.getFileName() + " (" + text.layout() + ")");
                for (TextLine l : text.lines()) {
                    int place = l.ref().page() > 0 ? l.ref().page() : l.ref().line();
                    out.println(place + "\t" + l.text().replace("\t", " | "));
                }
                read++;
            } catch (UnreadableInputException e) {
                err.println("budgetkg: [" + file.getFileName() + "] " + e.getMessage());
            } catch (java.io.IOException e) {
                err.println("budgetkg: [" + file.getFileName() + "] cannot read: " + e.getMessage());
            }
        }
        out.flush();
        return read > 0 ? ExitCode.OK.code : ExitCode.NOTHING_CONVERTED.code;
    }
}

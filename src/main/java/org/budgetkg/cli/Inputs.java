package org.budgetkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;

/** Converts the inputs of a command, reporting each unreadable one on stderr in one line. */
final class Inputs {
    private Inputs() {}

    static List<Disclosure> convert(List<Path> inputs, PrintWriter err) {
        List<Disclosure> out = BudgetKg.convert(inputs, line -> err.println("budgetkg: " + line));
        err.flush();
        return out;
    }
}

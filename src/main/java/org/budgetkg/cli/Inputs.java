package org.budgetkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.budgetkg.model.Issue;

/** Converts the inputs of a command, reporting each unreadable one on stderr in one line. */
final class Inputs {
    private Inputs() {}

    static List<Disclosure> convert(List<Path> inputs, PrintWriter err) {
        return convert(inputs, err, false);
    }

    /**
     * With {@code strict}, a disclosure whose reading left findings (cells that did not add up, a unit that is not
     * listed …) is refused like an unreadable file, each finding on its own line; otherwise they wait for validate.
     */
    static List<Disclosure> convert(List<Path> inputs, PrintWriter err, boolean strict) {
        List<Disclosure> out = new java.util.ArrayList<>();
        for (Disclosure d : BudgetKg.convert(inputs, line -> err.println("budgetkg: " + line))) if (accepted(d, err, strict)) out.add(d);
        err.flush();
        return out;
    }

    /** Whether a disclosure goes on: with {@code strict}, not when its reading left findings (each reported). */
    static boolean accepted(Disclosure d, PrintWriter err, boolean strict) {
        List<Issue> findings = d.issues().stream()
                .filter(Issue::isFinding).toList();
        if (!strict || findings.isEmpty()) return true;
        findings.forEach(i -> err.println("budgetkg: " + i));
        err.println("budgetkg: [" + d.file() + "] refused (--strict): " + findings.size() + " finding(s)");
        return false;
    }
}

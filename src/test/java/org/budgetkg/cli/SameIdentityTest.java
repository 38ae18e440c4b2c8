package org.budgetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetkg.BudgetKg;
import org.budgetkg.model.Disclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two files of a batch that read as one document: the same disclosure replaces, a different one is refused aloud. */
class SameIdentityTest {
    @TempDir Path dir;

    private Disclosure read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return BudgetKg.read(f);
    }

    @Test
    void anotherDisclosureUnderTheSameIdentityIsNotLoadedOverTheFirst() throws Exception {
        String original = Files.readString(Path.of("src/test/resources/golden/three-pane-overview/input.txt"));
        Disclosure a = read("a.txt", original);
        Disclosure again = read("again.txt", original);
        Disclosure other = read("other.txt", original.replace("1,200.50", "1,300.50"));
        StringWriter err = new StringWriter();
        List<Disclosure> kept = LoadCommand.sameIdentity(List.of(a, other, again), new PrintWriter(err, true));
        assertEquals(1, kept.size());
        assertEquals("again.txt", kept.get(0).file(), "the same disclosure read again replaces the first");
        assertTrue(err.toString().contains("[other.txt] reads as the same document as [a.txt]"), err.toString());
        assertTrue(err.toString().contains("not loaded"), err.toString());
    }
}

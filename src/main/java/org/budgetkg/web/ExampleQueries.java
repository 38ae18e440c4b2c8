package org.budgetkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetkg.ClasspathFolder;

/** The example queries of {@code queries/examples/}, as the build puts them on the class path: name, description, text. */
record ExampleQueries(List<Example> examples) {
    record Example(String name, String description, String text) {}

    static ExampleQueries load() {
        List<Example> out = new ArrayList<>();
        for (Path p : ClasspathFolder.files("queries/examples")) {
            if (!p.getFileName().toString().endsWith(".rq")) continue;
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String description = text.lines().filter(l -> l.startsWith("#+ description:")).findFirst()
                    .map(l -> l.substring("#+ description:".length()).trim()).orElse("");
            out.add(new Example(p.getFileName().toString().replaceFirst("\\.rq$", ""), description, text));
        }
        return new ExampleQueries(List.copyOf(out));
    }
}

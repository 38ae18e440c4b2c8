package org.budgetkg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The example queries of {@code queries/examples/}, as the build puts them on the class path: name, description, text. */
record ExampleQueries(List<Example> examples) {
    record Example(String name, String description, String text) {}

    private static final String FOLDER = "queries/examples";

    static ExampleQueries load() {
        URL folder = ExampleQueries.class.getClassLoader().getResource(FOLDER);
        if (folder == null) return new ExampleQueries(List.of());
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/" + FOLDER));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExampleQueries read(Path dir) throws IOException {
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String description = text.lines().filter(l -> l.startsWith("#+ description:")).findFirst()
                        .map(l -> l.substring("#+ description:".length()).trim()).orElse("");
                out.add(new Example(p.getFileName().toString().replaceFirst("\\.rq$", ""), description, text));
            }
        }
        return new ExampleQueries(List.copyOf(out));
    }
}

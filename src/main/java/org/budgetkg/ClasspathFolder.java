package org.budgetkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files of a folder on the class path, whether the classes run from a directory (tests) or from the jar. */
public final class ClasspathFolder {
    private ClasspathFolder() {}

    /** The files directly in {@code folder} (e.g. {@code "samples"}), sorted by name; empty when there is no such folder. */
    public static List<Path> files(String folder) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            Path dir;
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                dir = fs.getPath("/" + folder);
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(Files::isRegularFile).sorted().toList();
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

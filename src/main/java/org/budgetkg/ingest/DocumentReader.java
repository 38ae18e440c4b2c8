package org.budgetkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.budgetkg.model.SourceText;

/** Reads one source file (text or PDF) into lines with their places; layout-specific work stays here. */
public interface DocumentReader {
    /** True when this reader takes files like this one. */
    boolean accepts(Path file);

    SourceText read(Path file) throws IOException, UnreadableInputException;
}

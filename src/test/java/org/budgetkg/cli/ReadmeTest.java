package org.budgetkg.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every {@code ./budgetkg …} command the README shows is one the command line accepts, and the test command is there. */
class ReadmeTest {
    private static final Pattern COMMAND = Pattern.compile("^(?:\\$ )?\\./budgetkg (.*?)(?:\\s+#.*)?$");

    @Test
    void readmeCommandsParse() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        assertTrue(lines.contains("mvn -B verify                                        # the tests"), "the README's test command");
        int checked = 0;
        for (String line : lines) {
            Matcher m = COMMAND.matcher(line.strip());
            if (!m.matches()) continue;
            String[] args = split(m.group(1));
            assertDoesNotThrow(() -> Main.commandLine().parseArgs(args), line);
            checked++;
        }
        assertTrue(checked >= 8, "README shows every sub-command: " + checked);
    }

    /** Splits like a shell: single quotes group, globs are kept as they are. */
    private static String[] split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '\'') { quoted = !quoted; continue; }
            if (c == ' ' && !quoted) { if (cur.length() > 0) { out.add(cur.toString()); cur.setLength(0); } continue; }
            cur.append(c);
        }
        if (cur.length() > 0) out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}

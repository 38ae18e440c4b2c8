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

/**
 * Every {@code ./budgetkg …} command the README shows is one the command line accepts, and the test command is there;
 * the examples run as pasted on the shipped samples and print what the README shows.
 */
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

    @org.junit.jupiter.api.io.TempDir Path dir;

    /** Lines of output that change from run to run: timings. */
    private static final Pattern TIMING = Pattern.compile("^budgetkg: \\[\\d+/\\d+\\] .*|.*ms/round.*|^PDF: .*pages/s.*");

    @Test
    void readmeExamplesRunAsShown() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int ran = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("$ ./budgetkg ") && !(line.startsWith("./budgetkg ") && ran == 0)) continue;
            StringBuilder command = new StringBuilder(line.replaceFirst("^\\$ ", "").substring("./budgetkg ".length()));
            // a quoted query may go on over the next lines
            while (command.chars().filter(c -> c == '\'').count() % 2 == 1) command.append('\n').append(lines.get(++i));
            List<String> shown = new ArrayList<>();
            // a set-up line shows no output: the next line is the next command
            for (int j = i + 1; line.startsWith("$ ") && j < lines.size(); j++) {
                String out = lines.get(j);
                if (out.startsWith("$ ") || out.startsWith("```") || out.isBlank()) break;
                if (!out.equals("…") && !TIMING.matcher(out).matches()) shown.add(out);
            }
            String[] args = localise(split(command.toString().replaceFirst("\\s+#[^']*$", "")));
            if (args[0].equals("serve") || args[0].equals("demo")) continue; // they serve until stopped; StoreAndEndpointTest and DemoTest serve
            String printed = run(args).replace(dir.toString() + java.io.File.separator, "");
            int from = 0;
            for (String want : shown) {
                int at = printed.indexOf(want, from);
                assertTrue(at >= 0, "README shows, after ./budgetkg " + command + ":\n" + want + "\nbut it printed:\n" + printed);
                from = at + want.length();
            }
            ran++;
        }
        assertTrue(ran >= 9, "README examples run: " + ran);
    }

    /** The README's store and output files go to a temporary folder; globs are expanded as a shell would. */
    private String[] localise(String[] args) throws Exception {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            if (k > 0 && (args[k - 1].equals("--db") || args[k - 1].equals("-o"))) out.add(dir.resolve(a).toString());
            else if (a.contains("*")) {
                Path parent = Path.of(a).getParent();
                var matcher = parent.getFileSystem().getPathMatcher("glob:" + a);
                try (var files = Files.list(parent)) {
                    files.filter(matcher::matches).sorted().forEach(f -> out.add(f.toString()));
                }
            } else out.add(a);
        }
        return out.toArray(new String[0]);
    }

    /** Runs a command in this JVM; what it printed on stdout and stderr. */
    private static String run(String[] args) {
        var bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream capture = new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream out = System.out, err = System.err;
        System.setOut(capture);
        System.setErr(capture);
        try {
            picocli.CommandLine cl = Main.commandLine();
            java.io.PrintWriter writer = new java.io.PrintWriter(capture, true);
            cl.setOut(writer);
            cl.setErr(writer);
            int code = cl.execute(args);
            writer.flush();
            org.junit.jupiter.api.Assertions.assertEquals(0, code, String.join(" ", args) + " printed:\n" + bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
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

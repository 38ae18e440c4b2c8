package org.budgetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code budgetkg demo} serves the samples it carries, as a user starts it: a process of its own, stopped by a signal. */
class DemoTest {
    @Test
    void theDemoServesTheShippedSamplesWithItsPages() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "demo", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = null;
            Matcher m = null;
            for (int i = 0; i < 50 && (line = out.readLine()) != null; i++) {
                m = Pattern.compile("pages at (http://localhost:\\d+/)").matcher(line);
                if (m.find()) break;
            }
            assertNotNull(line, "the demo printed where it serves");
            assertTrue(m != null && m.find(0), line);
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("4 份预算公开文件"), home.body());
            for (String file : new String[] {"sample-1.txt", "sample-2.txt", "sample-3.txt", "sample-4.pdf"}) {
                assertTrue(home.body().contains(file), file);
            }
        } finally {
            p.destroy();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the demo stops on a signal");
        }
    }
}

package org.budgetkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.budgetkg.ClasspathFolder;
import org.budgetkg.store.Endpoint;
import org.budgetkg.store.Store;

/**
 * The example queries against a store served over loopback HTTP, as users meet them: each alone (p50 and p99 of its
 * runs, after it has warmed up), then many clients at once for a fixed time (p50 and p99 per query, errors, queries
 * per second). A measurement, not a test: what it prints is for the README and the closing note.
 */
final class QueryLoad {
    private final Map<String, String> queries = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    private QueryLoad(int port) throws Exception {
        for (Path p : ClasspathFolder.files("queries/examples")) {
            if (p.getFileName().toString().endsWith(".rq")) {
                queries.put(p.getFileName().toString().replaceFirst("\\.rq$", ""), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        endpoint = URI.create("http://127.0.0.1:" + port + Endpoint.SPARQL_PATH);
    }

    /** Runs the measurement on a store; returns the number of failed queries. */
    static int run(Path db, int runs, int clients, int seconds, int timeoutSeconds, PrintWriter out) throws Exception {
        try (Store store = Store.openExisting(db);
             Endpoint server = Endpoint.start(store, 0, false, true, timeoutSeconds, false)) {
            QueryLoad load = new QueryLoad(server.port());
            return load.alone(runs, out) + load.together(clients, seconds, out);
        }
    }

    /** One query over HTTP, its answer read to the end; the seconds it took, or -1 when it failed. */
    private double time(String query) {
        long t0 = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) return -1;
        } catch (Exception e) {
            return -1;
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Each query on its own: warmed up until two runs in a row agree within 20 % (at most ten), then timed {@code runs}
     * times.
     */
    private int alone(int runs, PrintWriter out) throws Exception {
        int failed = 0;
        out.printf(Locale.ROOT, "each query alone, %d timed runs after warm-up (ms): p50, p99, max%n", runs);
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Rounds.warmUp(() -> time(q.getValue()), 2, 11, 2, 0.2);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                double t = time(q.getValue());
                if (t < 0) failed++;
                else times.add(t);
            }
            out.printf(Locale.ROOT, "  %-45s %8.0f %8.0f %8.0f%s%n", q.getKey(), percentile(times, 50) * 1000, percentile(times, 99) * 1000,
                    percentile(times, 100) * 1000, times.size() < runs ? "  (" + (runs - times.size()) + " failed)" : "");
        }
        return failed;
    }

    /** {@code clients} clients, each going round the queries from its own starting point, for {@code seconds}. */
    private int together(int clients, int seconds, PrintWriter out) throws InterruptedException {
        List<String> names = new ArrayList<>(queries.keySet());
        Map<String, List<Double>> times = new ConcurrentHashMap<>();
        for (String n : names) times.put(n, new CopyOnWriteArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int start = c * names.size() / clients;
            Thread t = new Thread(() -> {
                for (int i = start; System.nanoTime() < end; i++) {
                    String n = names.get(i % names.size());
                    double s = time(queries.get(n));
                    if (s < 0) errors.incrementAndGet();
                    else times.get(n).add(s);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        List<Double> all = new ArrayList<>();
        times.values().forEach(all::addAll);
        out.printf(Locale.ROOT, "%d clients for %d s: %d queries answered, %d errors, %.1f queries/s; p50 %.0f ms, p99 %.0f ms over all%n",
                clients, seconds, all.size(), errors.get(), all.size() / (double) seconds, percentile(all, 50) * 1000, percentile(all, 99) * 1000);
        out.printf(Locale.ROOT, "  per query (ms): answered, p50, p99%n");
        for (String n : names) {
            List<Double> t = times.get(n);
            out.printf(Locale.ROOT, "  %-45s %6d %8.0f %8.0f%n", n, t.size(), percentile(t, 50) * 1000, percentile(t, 99) * 1000);
        }
        return errors.get();
    }

    /** The nearest-rank percentile (100: the maximum); NaN of nothing. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}

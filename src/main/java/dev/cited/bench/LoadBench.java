package dev.cited.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients against a running server ({@code cited bench load}): {@code clients} clients
 * ask questions ({@code POST /api/v1/ask}) for {@code seconds}, each sending its next question as
 * soon as the previous answer arrives; prints requests, errors by status, throughput and latency
 * percentiles as a Markdown table row. Questions come from a question-set file (JSON lines with a
 * {@code question} field), cycled in order; with {@code unique} each is made unique, so query
 * embedding caches cannot help.
 */
public final class LoadBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What to run.
     *
     * @param url the server, e.g. {@code http://127.0.0.1:7070}
     * @param clients concurrent clients, at least 1
     * @param seconds how long, at least 1
     * @param questions the question-set file
     * @param model the model profile to ask for, or null for the server's default
     * @param unique whether to make every question unique
     */
    public record Plan(String url, int clients, int seconds, Path questions, String model, boolean unique) {

        /**
         * @throws IllegalArgumentException for fewer than one client or second
         */
        public Plan {
            if (clients < 1 || seconds < 1) {
                throw new IllegalArgumentException("--clients and --seconds must be at least 1");
            }
        }
    }

    private LoadBench() {}

    /** Runs the plan, prints the table to {@code out}; returns the number of failed requests. */
    public static int run(Plan plan, PrintWriter out) throws Exception {
        String url = plan.url();
        int clients = plan.clients();
        int seconds = plan.seconds();
        String model = plan.model();
        boolean unique = plan.unique();
        List<String> qs = readQuestions(plan.questions());
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> errors = Collections.synchronizedMap(new TreeMap<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(
                clients, Thread.ofPlatform().name("cited-bench-client-", 0).factory());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int n = next.getAndIncrement();
                    String q = qs.get(Math.floorMod(n, qs.size())) + (unique ? " (" + n + ")" : "");
                    String body = JSON.createObjectNode()
                            .put("question", q)
                            .put("model", model)
                            .toString();
                    long t0 = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<String> r = http.send(
                                HttpRequest.newBuilder(URI.create(url + "/api/v1/ask"))
                                        .timeout(Duration.ofSeconds(60))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        outcome = r.statusCode() == 200 ? null : "HTTP " + r.statusCode();
                    } catch (IOException e) {
                        outcome = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (outcome == null) {
                        latencies.add((System.nanoTime() - t0) / 1e6);
                    } else {
                        errors.computeIfAbsent(outcome, k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Latencies measured = new Latencies(sorted, wall);
        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        out.println("| clients | seconds | requests | errors | throughput (req/s) | p50 ms | p95 ms | p99 ms |");
        out.println("|---|---|---|---|---|---|---|---|");
        out.printf(
                Locale.ROOT,
                "| %d | %.1f | %d | %d%s | %.1f | %.1f | %.1f | %.1f |%n",
                clients,
                wall,
                sorted.size() + errorCount,
                errorCount,
                errors.isEmpty() ? "" : " " + errors,
                sorted.size() / wall,
                measured.percentile(50),
                measured.percentile(95),
                measured.percentile(99));
        return errorCount;
    }

    private static List<String> readQuestions(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode q = JSON.readTree(line).get("question");
                if (q != null && q.isTextual()) {
                    out.add(q.asText());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + " has no lines with a \"question\"");
        }
        return out;
    }
}

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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cited bench load}: {@code --clients} concurrent clients ask questions of a running
 * server ({@code POST /api/v1/ask}) for {@code --seconds}, each sending its next question as soon
 * as the previous answer arrives; prints requests, errors by status, throughput and latency
 * percentiles as a Markdown table row. Questions come from a question-set file (JSON lines with
 * a {@code question} field), cycled in order; with {@code --unique} each is made unique, so query
 * embedding caches cannot help.
 */
@Command(name = "load", description = "Concurrent clients asking a running server; throughput and latency.",
        mixinStandardHelpOptions = true)
public final class LoadBench implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:7070", description = "Server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "Duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--questions", paramLabel = "FILE", description = "Question set (default: the bundled questions).")
    Path questions;

    @Option(names = "--model", paramLabel = "NAME", description = "Model profile (default: the server's default).")
    String model;

    @Option(names = "--unique", description = "Make every question unique (a request number is appended), so no cache helps.")
    boolean unique;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("--clients and --seconds must be at least 1");
        }
        List<String> qs = readQuestions(questions != null ? questions
                : Path.of(System.getProperty("cited.home", "."), "src", "test", "resources", "eval", "bundled-questions.jsonl"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> errors = Collections.synchronizedMap(new TreeMap<>());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients, Thread.ofPlatform().name("cited-bench-client-", 0).factory());
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int n = next.getAndIncrement();
                    String q = qs.get(Math.floorMod(n, qs.size())) + (unique ? " (" + n + ")" : "");
                    String body = JSON.createObjectNode().put("question", q).put("model", model).toString();
                    long t0 = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/ask"))
                                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
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
                        errors.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
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
        PrintWriter out = spec.commandLine().getOut();
        out.println("| clients | seconds | requests | errors | throughput (req/s) | p50 ms | p95 ms | p99 ms |");
        out.println("|---|---|---|---|---|---|---|---|");
        out.printf(Locale.ROOT, "| %d | %.1f | %d | %d%s | %.1f | %.1f | %.1f | %.1f |%n", clients, wall, sorted.size() + errorCount,
                errorCount, errors.isEmpty() ? "" : " " + errors, sorted.size() / wall, measured.percentile(50),
                measured.percentile(95), measured.percentile(99));
        return errorCount == 0 ? 0 : 1;
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

package dev.cited.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.history.ConversationIds;
import dev.cited.history.History;
import dev.cited.retrieve.Retriever;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * In-process search and ask latency ({@code cited bench latency}): the application's retriever
 * and answer service (the configured model, extractive by default) at concurrency 1 and a second
 * level, over queries of a file (any JSON lines with a {@code text} or {@code question} field:
 * BEIR queries or a question set), after a warm-up pass. Every query is asked once per run, so
 * query embeddings are computed, not cached.
 */
public final class LatencyBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LatencyBench() {}

    /**
     * Measures search and ask over the queries of {@code file} and returns a Markdown table: p50,
     * p95, p99 and throughput per operation and concurrency.
     *
     * @param limit queries per run; the file must hold {@value Latencies#BLOCKS} times as many
     * @throws IllegalArgumentException when there are too few queries for unseen ones in every run
     */
    public static String measure(Cited cited, Path file, int limit, int concurrency) throws Exception {
        return measure(cited, file, limit, concurrency, null);
    }

    /**
     * As {@link #measure(Cited, Path, int, int)}; with {@code history} not null, every ask starts a
     * conversation whose turn is stored in it before the answer returns (as the server does), so
     * the difference to a run without is what persistence costs.
     */
    public static String measure(Cited cited, Path file, int limit, int concurrency, History history) throws Exception {
        List<String> queries = read(file);
        if (queries.size() < Latencies.BLOCKS * limit) {
            throw new IllegalArgumentException(file + " has " + queries.size() + " queries; need " + Latencies.BLOCKS
                    + " x --limit (" + Latencies.BLOCKS * limit
                    + ") so that no query repeats across the warm-up and the"
                    + " four runs");
        }
        Retriever retriever = cited.retriever();
        AnswerService answers =
                cited.answers(history == null ? ConversationStore.inMemory() : ConversationStore.in(history));
        return table(Latencies.searchAndAsk(
                queries,
                limit,
                concurrency,
                q -> retriever.search(q, 10),
                q -> answers.ask(
                        history == null
                                ? AskRequest.of(q)
                                : new AskRequest(q, AnswerService.DEFAULT_K, null, ConversationIds.next(), "bench"))));
    }

    private static String table(List<Latencies.Row> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| operation | concurrency | queries | p50 ms | p95 ms | p99 ms | throughput (q/s) |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Latencies.Row row : rows) {
            Latencies r = row.latencies();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    row.operation(),
                    row.concurrency(),
                    r.sortedMs().size(),
                    r.percentile(50),
                    r.percentile(95),
                    r.percentile(99),
                    r.throughput()));
        }
        return md.toString();
    }

    /** The {@code question} or {@code text} of every JSON line of {@code file}. */
    public static List<String> read(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                JsonNode t = n.has("question") ? n.get("question") : n.get("text");
                if (t != null && t.isTextual() && !t.asText().isBlank()) {
                    out.add(t.asText());
                }
            }
        }
        return out;
    }
}

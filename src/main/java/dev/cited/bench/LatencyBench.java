package dev.cited.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.cli.AnswerOptions;
import dev.cited.retrieve.Retriever;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cited bench latency}: in-process search and ask (the configured model, extractive by
 * default) latency at concurrency 1 and {@code --concurrency}, over the queries of a file (any
 * JSON lines with a {@code text} or {@code question} field: BEIR queries or a question set),
 * after a warm-up pass. Every query is asked once per run, so query embeddings are computed, not
 * cached. Prints a Markdown table: p50, p95, p99 and throughput.
 */
@Command(name = "latency", description = "Search and ask latency percentiles and throughput, in process.",
        mixinStandardHelpOptions = true)
public final class LatencyBench implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "JSON lines with 'text' or 'question'.")
    Path queries;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "150", description = "Queries per run (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8", description = "Second concurrency level (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Mixin
    AnswerOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> qs = read(queries);
        if (qs.size() < Latencies.BLOCKS * limit) {
            throw new IllegalArgumentException(queries + " has " + qs.size() + " queries; need " + Latencies.BLOCKS
                    + " x --limit (" + Latencies.BLOCKS * limit + ") so that no query repeats across the warm-up and the"
                    + " four runs");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Cited cited = Cited.open(options.settings(), spec.commandLine().getErr())) {
            Retriever retriever = cited.retriever();
            AnswerService answers = cited.answers(ConversationStore.inMemory());
            List<Latencies.Row> rows = Latencies.searchAndAsk(qs, limit, concurrency, q -> retriever.search(q, 10),
                    q -> answers.ask(AskRequest.of(q)));
            out.printf(Locale.ROOT, "%d papers, %s, queries from %s%n%n", cited.backend().paperCount(), retriever.name(), queries.getFileName());
            out.println("| operation | concurrency | queries | p50 ms | p95 ms | p99 ms | throughput (q/s) |");
            out.println("|---|---|---|---|---|---|---|");
            for (Latencies.Row row : rows) {
                Latencies r = row.latencies();
                out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", row.operation(), row.concurrency(),
                        r.sortedMs().size(), r.percentile(50), r.percentile(95), r.percentile(99), r.throughput());
            }
        }
        return 0;
    }

    /** The {@code question} or {@code text} of every JSON line of {@code file}. */
    static List<String> read(Path file) throws IOException {
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

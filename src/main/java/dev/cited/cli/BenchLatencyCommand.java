package dev.cited.cli;

import dev.cited.app.Cited;
import dev.cited.bench.LatencyBench;
import dev.cited.history.History;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cited bench latency}: in-process search and ask latency at concurrency 1 and {@code
 * --concurrency} over the queries of a file ({@link LatencyBench}); prints a Markdown table.
 */
@Command(
        name = "latency",
        description = "Search and ask latency percentiles and throughput, in process.",
        mixinStandardHelpOptions = true)
public final class BenchLatencyCommand implements Callable<Integer> {

    @Option(
            names = "--queries",
            required = true,
            paramLabel = "FILE",
            description = "JSON lines with 'text' or 'question'.")
    Path queries;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "150",
            description = "Queries per run (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Second concurrency level (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Mixin
    AnswerOptions options;

    @Option(
            names = "--database",
            paramLabel = "LOCATION",
            description = "Store every ask as a conversation turn in this history database (an SQLite file or"
                    + " postgresql://...), as the server does; default: store nothing.")
    String database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Cited cited = Cited.open(options.settings(), spec.commandLine().getErr());
                History history = database == null ? null : cited.history(database)) {
            String table = LatencyBench.measure(cited, queries, limit, concurrency, history);
            out.printf(
                    Locale.ROOT,
                    "%d papers, %s, queries from %s, history: %s%n%n",
                    cited.backend().paperCount(),
                    cited.retriever().name(),
                    queries.getFileName(),
                    history == null ? "none" : history.describe());
            out.print(table);
        }
        return 0;
    }
}

package dev.cited.cli;

import dev.cited.app.Cited;
import dev.cited.bench.LatencyBench;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Cited cited = Cited.open(options.settings(), spec.commandLine().getErr())) {
            String table = LatencyBench.measure(cited, queries, limit, concurrency);
            out.printf(
                    Locale.ROOT,
                    "%d papers, %s, queries from %s%n%n",
                    cited.backend().paperCount(),
                    cited.retriever().name(),
                    queries.getFileName());
            out.print(table);
        }
        return 0;
    }
}

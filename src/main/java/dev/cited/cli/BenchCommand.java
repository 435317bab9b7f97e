package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.bench.BenchReport;
import dev.cited.bench.BenchResult;
import dev.cited.bench.CollectionBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cited bench}: the whole benchmark of one collection in one run ({@link CollectionBench}),
 * written to {@code BENCHMARKS.md} with the command and the machine. The Markdown section goes to
 * standard out, or with {@code --json} to standard error while standard out holds only the
 * results as one JSON document.
 */
@Command(
        name = "bench",
        description = "Benchmark a collection end to end and record it in BENCHMARKS.md.",
        mixinStandardHelpOptions = true,
        subcommands = {BenchLoadCommand.class, BenchLatencyCommand.class})
public final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    AnswerOptions options;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "Section name in BENCHMARKS.md (default: from the corpus).")
    String name;

    @Option(
            names = "--queries",
            paramLabel = "FILE",
            description =
                    "Queries as JSON lines with 'text' or 'question' (default: paper titles sampled from the collection).")
    Path queries;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "200",
            description = "Queries per latency run (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Second concurrency level (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--raw-sample",
            paramLabel = "N",
            defaultValue = "2000",
            description = "Chunks the raw model embeds for its throughput (default: ${DEFAULT-VALUE}).")
    int rawSample;

    @Option(
            names = "--reuse-embeddings",
            description = "Start the build from the index's embedding cache instead of an empty one.")
    boolean reuseEmbeddings;

    @Option(
            names = "--json",
            description =
                    "Print the results as exactly one JSON document (the Markdown report goes to standard error).")
    boolean json;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Report file (default: BENCHMARKS.md in the Cited folder).")
    Path output;

    @Option(names = "--no-write", description = "Print the report; do not write it to the report file.")
    boolean noWrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CitedSettings settings = options.settings();
        CollectionSettings collection = settings.collection();
        String section = name != null ? name : sectionName(collection);
        Path home = CollectionOptions.home();
        CollectionBench.Plan plan = new CollectionBench.Plan(
                section,
                command(),
                collection.corpus(),
                collection.format(),
                collection.index(),
                home.resolve("index").resolve("build").resolve("bench-" + section),
                reuseEmbeddings ? collection.indexDir().resolve("embeddings") : null,
                queries,
                limit,
                concurrency,
                rawSample);
        BenchResult result = new CollectionBench(plan, settings, err).run();
        String report = BenchReport.markdown(result);
        if (json) {
            err.print(report);
            err.flush();
            out.println(JSON.writeValueAsString(result));
        } else {
            out.print(report);
        }
        if (!noWrite) {
            Path file = output != null ? output : home.resolve("BENCHMARKS.md");
            BenchReport.write(file, section, report);
            err.println("wrote section '" + section + "' of " + file);
        }
        return 0;
    }

    private static String sectionName(CollectionSettings collection) {
        if (collection.corpus().equals(List.of(CollectionOptions.home().resolve("index")))) {
            return "bundled";
        }
        String file = collection
                .corpus()
                .getFirst()
                .toAbsolutePath()
                .normalize()
                .getFileName()
                .toString();
        return file.replaceAll("\\.(jsonl|json|txt)(\\.gz)?$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private String command() {
        return "./cited " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}

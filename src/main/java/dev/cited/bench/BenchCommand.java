package dev.cited.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cited.answer.AnswerOptions;
import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.index.Embedder;
import dev.cited.index.IndexOptions;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.SearchBackend;
import java.io.IOException;
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
 * {@code cited bench}: the whole benchmark of one collection in one run, written to {@code
 * BENCHMARKS.md} with the command and the machine.
 *
 * <ol>
 *   <li>the raw embedding model's throughput on samples of the collection's own chunks and
 *       sentences (the two kinds of text a build embeds);
 *   <li>a fresh index build (empty embedding cache unless {@code --reuse-embeddings}) in {@code
 *       index/build/bench-<name>/base}: papers/s, chunks/s, overhead over the raw model, peak heap
 *       and RSS, size on disk;
 *   <li>a rebuild after rewording 1% of the abstracts ({@link CorpusEditor}), and the check that
 *       finds an unchanged collection current, in process and as a whole {@code cited index};
 *   <li>search and ask latency at concurrency 1 and {@code --concurrency} over unseen queries;
 *   <li>cold start: a new {@code cited ask} process, start to answer, with a 1 GiB heap.
 * </ol>
 *
 * <p>{@link CollectionBench} runs the steps and returns a {@link BenchResult}; this command turns
 * its options into a plan, renders the result ({@link BenchReport}) and prints it as JSON with
 * {@code --json}.
 */
@Command(name = "bench", description = "Benchmark a collection end to end and record it in BENCHMARKS.md.",
        mixinStandardHelpOptions = true, subcommands = {LoadBench.class, LatencyBench.class})
public final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    AnswerOptions options;

    @Option(names = "--name", paramLabel = "NAME", description = "Section name in BENCHMARKS.md (default: from the corpus).")
    String name;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Queries as JSON lines with 'text' or 'question' (default: paper titles sampled from the collection).")
    Path queries;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "Queries per latency run (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8", description = "Second concurrency level (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--raw-sample", paramLabel = "N", defaultValue = "2000",
            description = "Chunks the raw model embeds for its throughput (default: ${DEFAULT-VALUE}).")
    int rawSample;

    @Option(names = "--reuse-embeddings", description = "Start the build from the index's embedding cache instead of an empty one.")
    boolean reuseEmbeddings;

    @Option(names = "--json", description = "Also print the results as JSON.")
    boolean json;

    @Option(names = "--output", paramLabel = "FILE", description = "Report file (default: BENCHMARKS.md in the Cited folder).")
    Path output;

    @Option(names = "--no-write", description = "Print the report; do not write it to the report file.")
    boolean noWrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexOptions index = options.backend.index;
        String section = name != null ? name : sectionName(index);
        options.templates();
        CollectionBench.Plan plan = new CollectionBench.Plan(section, command(), index.corpusPaths(), index.corpusFormat(),
                index.settings(), IndexOptions.home().resolve("index").resolve("build").resolve("bench-" + section),
                reuseEmbeddings ? index.indexDir().resolve("embeddings") : null, queries, limit, concurrency, rawSample);
        CollectionBench.Answering answering = new CollectionBench.Answering() {
            @Override
            public Retriever retriever(SearchBackend backend) {
                return backend.retriever(options.retriever);
            }

            @Override
            public AnswerService service(SearchBackend backend, Embedder embedder) throws IOException {
                return options.service(backend, embedder, ConversationStore.inMemory());
            }
        };
        BenchResult result = new CollectionBench(plan, answering, err).run();
        String report = BenchReport.markdown(result);
        out.print(report);
        if (json) {
            out.println(JSON.writeValueAsString(result));
        }
        if (!noWrite) {
            Path file = output != null ? output : IndexOptions.home().resolve("BENCHMARKS.md");
            BenchReport.write(file, section, report);
            err.println("wrote section '" + section + "' of " + file);
        }
        return 0;
    }

    private static String sectionName(IndexOptions index) {
        if (index.corpusPaths().equals(List.of(IndexOptions.home().resolve("index")))) {
            return "bundled";
        }
        String file = index.corpusPaths().getFirst().toAbsolutePath().normalize().getFileName().toString();
        return file.replaceAll("\\.(jsonl|json|txt)(\\.gz)?$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private String command() {
        return "./cited " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }
}

package dev.cited.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.cli.AnswerOptions;
import dev.cited.cli.CollectionOptions;
import dev.cited.index.Chunk;
import dev.cited.index.Chunker;
import dev.cited.index.Embedder;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexSettings;
import dev.cited.index.IndexStore;
import dev.cited.index.PaperIndex;
import dev.cited.index.SentenceVectors;
import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusLoader;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.HnswRecall;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.SearchBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
 */
@Command(name = "bench", description = "Benchmark a collection end to end and record it in BENCHMARKS.md.",
        mixinStandardHelpOptions = true, subcommands = {LoadBench.class, LatencyBench.class})
public final class BenchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int EMBED_BATCH = 64;
    static final int REPEATS = 3;

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
        CitedSettings cited = options.settings();
        CollectionSettings index = cited.collection();
        IndexSettings settings = index.index();
        List<Path> corpus = index.corpus();
        String section = name != null ? name : sectionName(index);
        Path work = CollectionOptions.home().resolve("index").resolve("build").resolve("bench-" + section);
        ObjectNode r = JSON.createObjectNode();
        r.put("name", section).put("command", command()).put("machine", MachineFacts.current().line())
                .put("embedding_model", settings.model().id());

        Corpus loaded = new CorpusLoader(index.format()).load(corpus);
        try (Embedder embedder = new Embedder(settings.model())) {
            progress(err, "raw embedding throughput");
            r.put("raw_chunks_per_s", rawThroughput(embedder, chunkTexts(loaded, settings), r, "chunks"));
            r.put("raw_sentences_per_s", rawThroughput(embedder, sentenceTexts(loaded), r, "sentences"));
            progress(err, "fresh build");
            Path base = work.resolve("base");
            if (Files.exists(work)) {
                IndexStore.deleteTree(work);
            }
            if (reuseEmbeddings) {
                BenchFiles.copyFiles(index.indexDir().resolve("embeddings"), base.resolve("embeddings"));
            }
            IndexStore store = new IndexStore(base);
            build(store, corpus, settings, embedder, r, "build");
            progress(err, "rebuild after editing 1%");
            Path editedCorpus = work.resolve("edited-corpus");
            r.put("edited_records", CorpusEditor.copyWithEdits(corpus, editedCorpus));
            BenchFiles.copyFiles(base.resolve("embeddings"), work.resolve("edited").resolve("embeddings"));
            build(new IndexStore(work.resolve("edited")), List.of(editedCorpus), settings, embedder, r, "rebuild_1pct");
            progress(err, "no-change checks");
            List<Double> checks = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                long t0 = System.nanoTime();
                if (store.staleness(corpus, settings).isPresent()) {
                    throw new IllegalStateException("the index just built is reported stale");
                }
                checks.add((System.nanoTime() - t0) / 1e6);
            }
            r.put("no_change_check_ms", Latencies.median(checks));
            r.put("no_change_index_process_s",
                    ChildProcess.medianSeconds(List.of("index"), base, corpus, settings, "index is current"));
            progress(err, "search and ask latency");
            List<String> qs = queries != null ? LatencyBench.read(queries) : titles(loaded);
            latency(cited, store, embedder, qs, r);
            progress(err, "cold start");
            r.put("cold_start_s",
                    ChildProcess.medianSeconds(List.of("ask", qs.getFirst(), "--json"), base, corpus, settings, "\"answer\""));
        }
        String report = BenchReport.markdown(r);
        out.print(report);
        if (json) {
            out.println(JSON.writeValueAsString(r));
        }
        if (!noWrite) {
            Path file = output != null ? output : CollectionOptions.home().resolve("BENCHMARKS.md");
            BenchReport.write(file, section, report);
            err.println("wrote section '" + section + "' of " + file);
        }
        return 0;
    }

    private static void progress(PrintWriter err, String step) {
        err.println("bench: " + step);
        err.flush();
    }

    private static String sectionName(CollectionSettings index) {
        if (index.corpus().equals(List.of(CollectionOptions.home().resolve("index")))) {
            return "bundled";
        }
        String file = index.corpus().getFirst().toAbsolutePath().normalize().getFileName().toString();
        return file.replaceAll("\\.(jsonl|json|txt)(\\.gz)?$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private String command() {
        return "./cited " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    private static List<String> chunkTexts(Corpus corpus, IndexSettings settings) {
        Chunker chunker = new Chunker(settings.chunkWords());
        Set<String> texts = new LinkedHashSet<>();
        for (Paper p : corpus.papers()) {
            for (Chunk c : chunker.chunks(p)) {
                texts.add(c.indexedText());
            }
        }
        return List.copyOf(texts);
    }

    private static List<String> sentenceTexts(Corpus corpus) {
        Set<String> texts = new LinkedHashSet<>();
        for (Paper p : corpus.papers()) {
            texts.addAll(SentenceVectors.sentences(p));
        }
        return List.copyOf(texts);
    }

    /**
     * Embeds an evenly spread sample of {@code texts} exactly as a build does (batches of 64, all
     * cores) and returns texts per second.
     */
    private double rawThroughput(Embedder embedder, List<String> texts, ObjectNode r, String what) {
        int n = Math.min(rawSample, texts.size());
        List<String> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample.add(texts.get((int) ((long) i * texts.size() / n)));
        }
        embedder.embedPassages(sample.subList(0, Math.min(EMBED_BATCH, n)));
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i += EMBED_BATCH) {
            embedder.embedPassages(sample.subList(i, Math.min(n, i + EMBED_BATCH)));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        r.put("raw_sample_" + what, n).put("raw_seconds_" + what, seconds);
        return n / seconds;
    }

    private void build(IndexStore store, List<Path> corpus, IndexSettings settings, Embedder embedder, ObjectNode r,
            String key) throws IOException {
        IndexManifest m;
        long t0 = System.nanoTime();
        try (ResourceSampler sampler = new ResourceSampler()) {
            m = store.build(corpus, options.backend.collection.settings().format(), settings, embedder, new PrintWriter(new StringWriter()), false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            ObjectNode b = r.putObject(key);
            b.put("seconds", seconds).put("papers", m.papers()).put("chunks", m.chunks()).put("embedded", m.embedded())
                    .put("sentences", m.sentences()).put("embedded_sentences", m.embeddedSentences())
                    .put("papers_per_s", m.papers() / seconds).put("chunks_per_s", m.chunks() / seconds);
            sampler.stop();
            b.put("peak_heap_mib", sampler.peakHeapMib()).put("peak_rss_mib", sampler.peakRssMib());
            b.put("index_mib", BenchFiles.size(store.current().orElseThrow()) / (1024.0 * 1024.0));
            b.put("embedding_cache_mib", BenchFiles.size(store.root().resolve("embeddings")) / (1024.0 * 1024.0));
            if (m.embedded() + m.embeddedSentences() > 0 && r.has("raw_chunks_per_s")) {
                double modelSeconds = m.embedded() / r.get("raw_chunks_per_s").asDouble()
                        + m.embeddedSentences() / r.get("raw_sentences_per_s").asDouble();
                b.put("model_seconds", modelSeconds).put("overhead_pct", 100 * (seconds / modelSeconds - 1));
            }
        }
    }

    private void latency(CitedSettings settings, IndexStore store, Embedder embedder, List<String> qs, ObjectNode r) throws Exception {
        int n = Latencies.perRow(limit, qs.size());
        r.put("queries_per_run", n).put("query_source", queries != null ? queries.getFileName().toString() : "paper titles");
        PaperIndex paperIndex = PaperIndex.open(store.current().orElseThrow());
        try (SearchBackend backend = new EmbeddedBackend(paperIndex, embedder, store.root());
                Cited cited = Cited.over(settings, embedder, backend)) {
            Retriever retriever = cited.retriever();
            AnswerService answers = cited.answers(ConversationStore.inMemory());
            r.put("retriever", retriever.name());
            r.put("hnsw_recall_at_10_k10", HnswRecall.measure(paperIndex, embedder, qs.subList(0, n), 10, 10));
            r.put("hnsw_recall_at_10", HnswRecall.measure(paperIndex, embedder, qs.subList(0, n), 10,
                    HnswRecall.RETRIEVER_CANDIDATES));
            ArrayNode rows = r.putArray("latency");
            try (ResourceSampler sampler = new ResourceSampler()) {
                for (Latencies.Row row : Latencies.searchAndAsk(qs, n, concurrency, q -> retriever.search(q, 10),
                        q -> answers.ask(AskRequest.of(q)))) {
                    Latencies l = row.latencies();
                    rows.addObject().put("operation", row.operation()).put("concurrency", row.concurrency())
                            .put("queries", l.sortedMs().size()).put("p50_ms", l.percentile(50))
                            .put("p95_ms", l.percentile(95)).put("p99_ms", l.percentile(99)).put("throughput", l.throughput());
                }
                sampler.stop();
                r.put("serving_peak_heap_mib", sampler.peakHeapMib()).put("serving_peak_rss_mib", sampler.peakRssMib());
            }
        }
    }

    /** Paper titles (or opening words), shuffled with a fixed seed, each once. */
    private static List<String> titles(Corpus corpus) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(corpus.papers().stream().map(Paper::label).toList()));
        Collections.shuffle(out, new Random(42));
        return out;
    }
}

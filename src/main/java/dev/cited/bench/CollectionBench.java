package dev.cited.bench;

import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.index.Chunk;
import dev.cited.index.Chunker;
import dev.cited.index.Embedder;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexSettings;
import dev.cited.index.IndexStore;
import dev.cited.index.PaperIndex;
import dev.cited.index.SentenceVectors;
import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusFormat;
import dev.cited.ingest.CorpusLoader;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.HnswRecall;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.SearchBackend;
import dev.cited.retrieve.Statistics;
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

/**
 * The steps of {@code cited bench} on one collection ({@code cited bench}), returning a
 * {@link BenchResult}; progress goes to the log.
 */
public final class CollectionBench {

    /**
     * What to run.
     *
     * @param work folder for the builds and the edited corpus (deleted first)
     * @param reuseEmbeddings an embedding cache folder to start the fresh build from, or null
     * @param queries query file, or null for paper titles sampled from the collection
     */
    public record Plan(
            String section,
            String command,
            List<Path> corpus,
            CorpusFormat format,
            IndexSettings settings,
            Path work,
            Path reuseEmbeddings,
            Path queries,
            int limit,
            int concurrency,
            int rawSample) {}

    private static final int EMBED_BATCH = 64;
    static final int REPEATS = 3;
    private final Plan plan;
    private final CitedSettings app;
    private final PrintWriter log;

    /**
     * @param app the settings the serving steps answer with (retriever, models, prompts); the
     *     builds use the plan's collection
     * @param log where progress goes
     */
    public CollectionBench(Plan plan, CitedSettings app, PrintWriter log) {
        this.plan = plan;
        this.app = app;
        this.log = log;
    }

    /** Runs every step; the fresh build starts in a newly emptied {@code plan.work()}. */
    public BenchResult run() throws Exception {
        IndexSettings settings = plan.settings();
        List<Path> corpus = plan.corpus();
        Corpus loaded = new CorpusLoader(plan.format()).load(corpus);
        try (Embedder embedder = new Embedder(settings.model())) {
            progress("raw embedding throughput");
            double[] chunks = rawThroughput(embedder, chunkTexts(loaded, settings));
            double[] sentences = rawThroughput(embedder, sentenceTexts(loaded));
            BenchResult.RawThroughput raw = new BenchResult.RawThroughput(
                    chunks[0] / chunks[1],
                    sentences[0] / sentences[1],
                    (int) chunks[0],
                    chunks[1],
                    (int) sentences[0],
                    sentences[1]);
            progress("fresh build");
            Path work = plan.work();
            Path base = work.resolve("base");
            if (Files.exists(work)) {
                IndexStore.deleteTree(work);
            }
            if (plan.reuseEmbeddings() != null) {
                BenchFiles.copyFiles(plan.reuseEmbeddings(), base.resolve("embeddings"));
            }
            IndexStore store = new IndexStore(base);
            BenchResult.Build build = build(store, corpus, embedder, raw);
            progress("rebuild after editing 1%");
            Path editedCorpus = work.resolve("edited-corpus");
            int edited = CorpusEditor.copyWithEdits(corpus, editedCorpus);
            BenchFiles.copyFiles(
                    base.resolve("embeddings"), work.resolve("edited").resolve("embeddings"));
            BenchResult.Build rebuild =
                    build(new IndexStore(work.resolve("edited")), List.of(editedCorpus), embedder, raw);
            progress("no-change checks");
            List<Double> checks = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                long t0 = System.nanoTime();
                if (store.staleness(corpus, settings).isPresent()) {
                    throw new IllegalStateException("the index just built is reported stale");
                }
                checks.add((System.nanoTime() - t0) / 1e6);
            }
            double indexProcess =
                    ChildProcess.medianSeconds(List.of("index"), base, corpus, settings, "index is current");
            progress("search and ask latency");
            List<String> qs = plan.queries() != null ? LatencyBench.read(plan.queries()) : titles(loaded);
            BenchResult.Serving serving = serving(store, embedder, qs);
            progress("cold start");
            double coldStart = ChildProcess.medianSeconds(
                    List.of("ask", qs.getFirst(), "--json"), base, corpus, settings, "\"answer\"");
            return new BenchResult(
                    plan.section(),
                    plan.command(),
                    MachineFacts.current().line(),
                    settings.model().id(),
                    raw,
                    build,
                    rebuild,
                    edited,
                    Statistics.median(checks),
                    indexProcess,
                    serving,
                    coldStart);
        }
    }

    private void progress(String step) {
        log.println("bench: " + step);
        log.flush();
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
     * cores); returns the sample size and the seconds it took.
     */
    private double[] rawThroughput(Embedder embedder, List<String> texts) {
        int n = Math.min(plan.rawSample(), texts.size());
        List<String> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample.add(texts.get((int) ((long) i * texts.size() / n)));
        }
        embedder.embedPassages(sample.subList(0, Math.min(EMBED_BATCH, n)));
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i += EMBED_BATCH) {
            embedder.embedPassages(sample.subList(i, Math.min(n, i + EMBED_BATCH)));
        }
        return new double[] {n, (System.nanoTime() - t0) / 1e9};
    }

    private BenchResult.Build build(
            IndexStore store, List<Path> corpus, Embedder embedder, BenchResult.RawThroughput raw) throws IOException {
        long t0 = System.nanoTime();
        try (ResourceSampler sampler = new ResourceSampler()) {
            IndexManifest m = store.build(
                    corpus, plan.format(), plan.settings(), embedder, new PrintWriter(new StringWriter()), false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            sampler.stop();
            Double modelSeconds = null;
            Double overheadPct = null;
            if (m.embedded() + m.embeddedSentences() > 0) {
                modelSeconds = m.embedded() / raw.chunksPerS() + m.embeddedSentences() / raw.sentencesPerS();
                overheadPct = 100 * (seconds / modelSeconds - 1);
            }
            return new BenchResult.Build(
                    seconds,
                    m.papers(),
                    m.chunks(),
                    m.embedded(),
                    m.sentences(),
                    m.embeddedSentences(),
                    m.papers() / seconds,
                    m.chunks() / seconds,
                    sampler.peakHeapMib(),
                    sampler.peakRssMib(),
                    BenchFiles.size(store.current().orElseThrow()) / (1024.0 * 1024.0),
                    BenchFiles.size(store.root().resolve("embeddings")) / (1024.0 * 1024.0),
                    modelSeconds,
                    overheadPct);
        }
    }

    private BenchResult.Serving serving(IndexStore store, Embedder embedder, List<String> qs) throws Exception {
        int n = Latencies.perRow(plan.limit(), qs.size());
        String source = plan.queries() != null ? plan.queries().getFileName().toString() : "paper titles";
        PaperIndex paperIndex = PaperIndex.open(store.current().orElseThrow());
        try (SearchBackend backend = new EmbeddedBackend(paperIndex, embedder, store.root());
                Cited cited = Cited.over(app, embedder, backend)) {
            Retriever retriever = cited.retriever();
            AnswerService answers = cited.answers(ConversationStore.inMemory());
            double recallK10 = HnswRecall.measure(paperIndex, embedder, qs.subList(0, n), 10, 10);
            double recall =
                    HnswRecall.measure(paperIndex, embedder, qs.subList(0, n), 10, HnswRecall.RETRIEVER_CANDIDATES);
            List<BenchResult.LatencyRow> rows = new ArrayList<>();
            try (ResourceSampler sampler = new ResourceSampler()) {
                for (Latencies.Row row : Latencies.searchAndAsk(
                        qs, n, plan.concurrency(), q -> retriever.search(q, 10), q -> answers.ask(AskRequest.of(q)))) {
                    Latencies l = row.latencies();
                    rows.add(new BenchResult.LatencyRow(
                            row.operation(),
                            row.concurrency(),
                            l.sortedMs().size(),
                            l.percentile(50),
                            l.percentile(95),
                            l.percentile(99),
                            l.throughput()));
                }
                sampler.stop();
                return new BenchResult.Serving(
                        n,
                        source,
                        retriever.name(),
                        recallK10,
                        recall,
                        List.copyOf(rows),
                        sampler.peakHeapMib(),
                        sampler.peakRssMib());
            }
        }
    }

    /** Paper titles (or opening words), shuffled with a fixed seed, each once. */
    private static List<String> titles(Corpus corpus) {
        List<String> out = new ArrayList<>(
                new LinkedHashSet<>(corpus.papers().stream().map(Paper::label).toList()));
        Collections.shuffle(out, new Random(42));
        return out;
    }
}

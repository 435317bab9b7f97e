package dev.cited.index;

import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusFormat;
import dev.cited.ingest.CorpusLoader;
import dev.cited.ingest.Paper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A collection made ready for any index: ingested, chunked, and the vector of every chunk and of
 * every {@linkplain SentenceVectors sentence} in the {@link EmbeddingCache}. The embedded Lucene
 * build and remote backends both start from this, so they index the same chunks with the same
 * vectors.
 *
 * @param corpus the ingested papers and the ingest report
 * @param chunks every chunk, in paper order (a paper's chunks are consecutive)
 * @param versions abstract versions over all papers
 * @param embedded chunks embedded now (the rest were cached)
 * @param sentences distinct sentences over all papers (each paper's counted separately)
 * @param embeddedSentences sentences embedded now (the rest were cached)
 */
public record ChunkedCorpus(
        Corpus corpus, List<Chunk> chunks, int versions, int embedded, int sentences, int embeddedSentences) {

    private static final int EMBED_BATCH = 64;

    /**
     * Ingests {@code corpusPaths}, chunks every version, and embeds the chunks {@code cache} does
     * not hold yet, logging the ingest report and progress to {@code log}.
     */
    public static ChunkedCorpus prepare(
            List<Path> corpusPaths,
            CorpusFormat format,
            IndexSettings settings,
            Embedder embedder,
            EmbeddingCache cache,
            PrintWriter log,
            boolean progress)
            throws IOException {
        Corpus corpus = new CorpusLoader(format).load(corpusPaths);
        corpus.report().lines().forEach(log::println);
        log.flush();
        Chunker chunker = new Chunker(settings.chunkWords());
        List<Chunk> chunks = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        int versions = 0;
        for (Paper paper : corpus.papers()) {
            chunks.addAll(chunker.chunks(paper));
            sentences.addAll(SentenceVectors.sentences(paper));
            versions += paper.versions().size();
        }
        int embedded = embedMissing(
                chunks.stream().map(Chunk::indexedText).toList(), "chunks", settings, embedder, cache, log, progress);
        int embeddedSentences = embedMissing(sentences, "sentences", settings, embedder, cache, log, progress);
        return new ChunkedCorpus(corpus, List.copyOf(chunks), versions, embedded, sentences.size(), embeddedSentences);
    }

    private static int embedMissing(
            List<String> texts,
            String what,
            IndexSettings settings,
            Embedder embedder,
            EmbeddingCache cache,
            PrintWriter log,
            boolean progress)
            throws IOException {
        Set<String> missing = new LinkedHashSet<>();
        for (String text : texts) {
            if (cache.get(text) == null) {
                missing.add(text);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        log.printf(
                Locale.ROOT,
                "embedding %d of %d %s with %s (%d cached)%n",
                missing.size(),
                texts.size(),
                what,
                settings.model().id(),
                texts.size() - missing.size());
        log.flush();
        List<String> todo = new ArrayList<>(missing);
        try (ProgressBar bar = progress ? progressBar(todo.size(), what) : null) {
            for (int i = 0; i < todo.size(); i += EMBED_BATCH) {
                List<String> batch = todo.subList(i, Math.min(todo.size(), i + EMBED_BATCH));
                cache.putAll(batch, embedder.embedPassages(batch));
                if (bar != null) {
                    bar.stepBy(batch.size());
                }
            }
        }
        return todo.size();
    }

    private static ProgressBar progressBar(int total, String what) {
        return new ProgressBarBuilder()
                .setTaskName("Embedding " + what)
                .setInitialMax(total)
                .setUnit(" " + what, 1)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .setUpdateIntervalMillis(500)
                .setMaxRenderedLength(100)
                .build();
    }
}

package dev.cited.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.util.VectorUtil;

/**
 * Embeds passages and queries with one {@link EmbeddingModelSpec model}, one worker per core.
 *
 * <p>Queries get the model's instruction prefix; passages never do. Vectors are L2-normalised,
 * so dot product equals cosine. Recent query vectors are cached (at most {@value
 * #QUERY_CACHE_SIZE}), and so are the passage vectors asked for through {@link #passageVectors}
 * (at most {@value #PASSAGE_CACHE_SIZE}), which the index also {@link #remember primes} with the
 * sentence vectors it computed at build time; both caches are Caffeine's. Thread-safe.
 */
public final class Embedder implements AutoCloseable {

    /** Query vectors kept: a few thousand recent questions, about 3 MB with 384 dimensions. */
    static final int QUERY_CACHE_SIZE = 2048;
    /** Passage vectors kept: about 30 MB with 384 dimensions, a few hundred answers' sources. */
    static final int PASSAGE_CACHE_SIZE = 20_000;

    private final EmbeddingModelSpec spec;
    private final ExecutorService workers;
    private final EmbeddingModel model;
    private final Cache<String, float[]> queryCache =
            Caffeine.newBuilder().maximumSize(QUERY_CACHE_SIZE).build();
    private final Cache<String, float[]> passageCache =
            Caffeine.newBuilder().maximumSize(PASSAGE_CACHE_SIZE).build();
    private final AtomicLong passagesEmbedded = new AtomicLong();

    public Embedder(EmbeddingModelSpec spec) {
        this.spec = spec;
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "cited-embed");
            t.setDaemon(true);
            return t;
        });
        this.model = new OnnxEmbeddingModel(spec, workers);
    }

    public EmbeddingModelSpec spec() {
        return spec;
    }

    /** Embeds passages, in order, spreading the work over all cores; nothing is cached. */
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        passagesEmbedded.addAndGet(texts.size());
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(e.vector());
        }
        return out;
    }

    /**
     * The vectors of passages, in order: from the passage cache where known, the rest embedded
     * (over all cores) and cached.
     */
    public List<float[]> passageVectors(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Set<String> missing = new LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = passageCache.getIfPresent(texts.get(i));
            if (out[i] == null) {
                missing.add(texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            Map<String, float[]> embedded = new HashMap<>();
            List<String> todo = List.copyOf(missing);
            List<float[]> vectors = embedPassages(todo);
            for (int i = 0; i < todo.size(); i++) {
                embedded.put(todo.get(i), vectors.get(i));
            }
            remember(embedded);
            for (int i = 0; i < texts.size(); i++) {
                if (out[i] == null) {
                    out[i] = embedded.get(texts.get(i));
                }
            }
        }
        return List.of(out);
    }

    /** The vector of one passage, from the passage cache or embedded on the calling thread and cached. */
    public float[] passageVector(String text) {
        float[] cached = passageCache.getIfPresent(text);
        if (cached != null) {
            return cached;
        }
        passagesEmbedded.incrementAndGet();
        float[] vector = model.embed(text).content().vector();
        passageCache.put(text, vector);
        return vector;
    }

    /**
     * Adds passage vectors computed elsewhere (by this model, such as an index's sentence vectors)
     * to the passage cache.
     */
    public void remember(Map<String, float[]> vectors) {
        passageCache.putAll(vectors);
    }

    /** Passages this embedder has run through the model since it was made. */
    public long passagesEmbedded() {
        return passagesEmbedded.get();
    }

    /** Embeds a query, with the model's instruction prefix. */
    public float[] embedQuery(String query) {
        float[] cached = queryCache.getIfPresent(query);
        if (cached != null) {
            return cached;
        }
        float[] vector = model.embed(spec.queryPrefix() + query).content().vector();
        queryCache.put(query, vector);
        return vector;
    }

    /** Dot product of two normalised vectors: their cosine similarity. */
    public static float cosine(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }

    /**
     * The cosine similarity behind a vector search score: Lucene (and so OpenSearch's Lucene
     * engine) scores normalised vectors {@code (1 + cosine) / 2}, in [0, 1]; this undoes that.
     */
    public static float cosineOfVectorScore(float score) {
        return 2 * score - 1;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

package dev.cited.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.util.VectorUtil;

/**
 * Embeds passages and queries with one {@link EmbeddingModelSpec model}, one worker per core.
 *
 * <p>Queries get the model's instruction prefix; passages never do. Vectors are L2-normalised,
 * so dot product equals cosine. Recent query vectors are cached. Thread-safe.
 */
public final class Embedder implements AutoCloseable {

    private static final int QUERY_CACHE_SIZE = 2048;
    private final EmbeddingModelSpec spec;
    private final ExecutorService workers;
    private final EmbeddingModel model;
    private final Map<String, float[]> queryCache =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > QUERY_CACHE_SIZE;
                }
            });

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

    /** Embeds passages, in order, spreading the work over all cores. */
    public List<float[]> embedPassages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(e.vector());
        }
        return out;
    }

    /** Embeds one passage on the calling thread. */
    public float[] embedPassage(String text) {
        return model.embed(text).content().vector();
    }

    /** Embeds a query, with the model's instruction prefix. */
    public float[] embedQuery(String query) {
        float[] cached = queryCache.get(query);
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

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

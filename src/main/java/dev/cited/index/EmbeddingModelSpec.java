package dev.cited.index;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The in-process embedding models Cited can use: quantized ONNX models shipped as Maven
 * artifacts, so nothing is downloaded at run time.
 */
public enum EmbeddingModelSpec {
    /** BAAI bge-small-en-v1.5, int8. The default: clearly better on SciFact than MiniLM. */
    BGE_SMALL_EN_V15_Q(
            "bge-small-en-v1.5-q",
            "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json",
            PoolingMode.CLS,
            384,
            "Represent this sentence for searching relevant passages: "),
    /** sentence-transformers all-MiniLM-L6-v2, int8: about 6x faster to index, lower quality. */
    ALL_MINILM_L6_V2_Q(
            "all-minilm-l6-v2-q",
            "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json",
            PoolingMode.MEAN,
            384,
            "");

    private final String id;
    private final String onnxResource;
    private final String tokenizerResource;
    private final PoolingMode pooling;
    private final int dimensions;
    private final String queryPrefix;

    EmbeddingModelSpec(
            String id,
            String onnxResource,
            String tokenizerResource,
            PoolingMode pooling,
            int dimensions,
            String queryPrefix) {
        this.id = id;
        this.onnxResource = onnxResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
        this.dimensions = dimensions;
        this.queryPrefix = queryPrefix;
    }

    /** The name used on the command line and in the manifest, e.g. {@code bge-small-en-v1.5-q}. */
    public String id() {
        return id;
    }

    String onnxResource() {
        return onnxResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    PoolingMode pooling() {
        return pooling;
    }

    public int dimensions() {
        return dimensions;
    }

    /** The instruction prepended to queries (never to passages); empty for models without one. */
    public String queryPrefix() {
        return queryPrefix;
    }

    /** The model with the given {@link #id()}. */
    public static EmbeddingModelSpec fromId(String id) {
        for (EmbeddingModelSpec spec : values()) {
            if (spec.id.equals(id.toLowerCase(Locale.ROOT))) {
                return spec;
            }
        }
        throw new IllegalArgumentException("unknown embedding model '" + id + "', expected one of "
                + Arrays.stream(values()).map(EmbeddingModelSpec::id).collect(Collectors.joining(", ")));
    }
}

package dev.cited.index;

import java.util.Locale;

/**
 * Everything that shapes a built index. A change to any of these rebuilds the index. (BM25's
 * k1 and b are applied at search time and need no rebuild.)
 *
 * @param model the embedding model for chunk vectors
 * @param chunkWords the largest chunk, in words
 * @param vectors how vectors are stored for HNSW search
 */
public record IndexSettings(EmbeddingModelSpec model, int chunkWords, VectorEncoding vectors) {

    public static final int DEFAULT_CHUNK_WORDS = 300;

    public IndexSettings {
        if (chunkWords < 16) {
            throw new IllegalArgumentException("illegal chunk size: " + chunkWords + " words, must be at least 16");
        }
    }

    /** Settings with float vectors. */
    public IndexSettings(EmbeddingModelSpec model, int chunkWords) {
        this(model, chunkWords, VectorEncoding.FLOAT32);
    }

    public static IndexSettings defaults() {
        return new IndexSettings(EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, DEFAULT_CHUNK_WORDS);
    }

    /** Also the input of index fingerprints; the default encoding is left out so older indexes stay current. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "model=%s chunk_words=%d", model.id(), chunkWords)
                + (vectors == VectorEncoding.FLOAT32 ? "" : " vectors=" + vectors);
    }
}

package dev.cited.index;

import java.util.Locale;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues;

/**
 * How chunk vectors are stored for HNSW search. Both build the graph with Lucene's defaults (M
 * {@value #HNSW_M}, beam width {@value #HNSW_BEAM_WIDTH}); see BENCHMARKS.md for what each costs.
 */
public enum VectorEncoding {
    /** 32-bit floats, exact scores (default). */
    FLOAT32,
    /** 8-bit scalar quantization: about a quarter of the vector memory, approximate scores. */
    INT8;

    /** Neighbours per HNSW node (Lucene's default); OpenSearch's mapping uses it too. */
    public static final int HNSW_M = 16;
    /** Candidates kept while building the HNSW graph (Lucene's default; OpenSearch's {@code ef_construction}). */
    public static final int HNSW_BEAM_WIDTH = 100;

    /**
     * Parses {@code float32} or {@code int8}.
     *
     * @throws IllegalArgumentException naming the option and the accepted values
     */
    public static VectorEncoding parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "float32" -> FLOAT32;
            case "int8" -> INT8;
            default ->
                throw new IllegalArgumentException(
                        "--vector-encoding: unknown encoding '" + text + "', expected float32 or int8");
        };
    }

    /** The Lucene vectors format for this encoding. */
    KnnVectorsFormat format() {
        return this == FLOAT32
                ? new Lucene99HnswVectorsFormat(HNSW_M, HNSW_BEAM_WIDTH)
                : new Lucene104HnswScalarQuantizedVectorsFormat(
                        QuantizedByteVectorValues.ScalarEncoding.UNSIGNED_BYTE, HNSW_M, HNSW_BEAM_WIDTH);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

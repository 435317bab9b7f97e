package dev.cited.retrieve;

import java.util.Locale;
import java.util.Objects;

/**
 * Which retriever ranks papers and how it is tuned. Plain data: the command line, the server and
 * tests build one; every {@link SearchBackend} honours it or says which part it cannot.
 *
 * @param kind BM25, dense (vectors) or hybrid (both, fused)
 * @param fusion how a hybrid retriever combines its two rankings
 * @param k1 BM25 term-frequency saturation, a non-negative finite number
 * @param b BM25 length normalisation, in [0, 1]
 * @param rerank how a hybrid retriever's best papers are re-ranked; BM25 and dense alone are
 *     single signals and never re-ranked
 */
public record RetrieverSettings(Kind kind, Fusion fusion, float k1, float b, Rerank rerank) {

    /** Re-ranking of the hybrid retriever's best papers. */
    public enum Rerank {
        /** The fused order as it is, the default. */
        NONE,
        /**
         * By each paper's best-matching stored sentence ({@link SentenceReranker}). Not the default:
         * it lifts SciFact's nDCG@10 and the bundled questions' retrieval, but with it the extractive
         * answerer answers one more unanswerable bundled question (see README, "Retrieval quality").
         */
        SENTENCES;

        /**
         * Parses {@code none} or {@code sentences}, in any case.
         *
         * @throws IllegalArgumentException naming the bad value
         */
        public static Rerank parse(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "none" -> NONE;
                case "sentences" -> SENTENCES;
                default ->
                    throw new IllegalArgumentException("unknown re-ranking '" + name + "', expected none or sentences");
            };
        }

        /** The spelling {@link #parse} accepts. */
        public String spec() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The three retrievers. */
    public enum Kind {
        BM25,
        DENSE,
        HYBRID;

        /**
         * Parses {@code bm25}, {@code dense} or {@code hybrid}, in any case.
         *
         * @throws IllegalArgumentException naming the bad value
         */
        public static Kind parse(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "bm25" -> BM25;
                case "dense" -> DENSE;
                case "hybrid" -> HYBRID;
                default ->
                    throw new IllegalArgumentException(
                            "unknown retriever '" + name + "', expected bm25, dense or hybrid");
            };
        }
    }

    /**
     * @throws IllegalArgumentException for an illegal k1 or b
     */
    public RetrieverSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fusion, "fusion");
        Objects.requireNonNull(rerank, "rerank");
        if (!(k1 >= 0) || Float.isInfinite(k1)) {
            throw new IllegalArgumentException(
                    "illegal BM25 k1 value: " + k1 + ", must be a non-negative finite number");
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("illegal BM25 b value: " + b + ", must be between 0 and 1");
        }
    }

    /** These settings with the default re-ranking ({@link Rerank#NONE}). */
    public RetrieverSettings(Kind kind, Fusion fusion, float k1, float b) {
        this(kind, fusion, k1, b, Rerank.NONE);
    }

    /** The hybrid retriever with the tuned fusion and BM25 parameters, not re-ranked. */
    public static RetrieverSettings defaults() {
        return new RetrieverSettings(Kind.HYBRID, Fusion.defaults(), Bm25Retriever.DEFAULT_K1, Bm25Retriever.DEFAULT_B);
    }

    /** Whether BM25's k1 and b are the tuned defaults. */
    public boolean defaultBm25() {
        return k1 == Bm25Retriever.DEFAULT_K1 && b == Bm25Retriever.DEFAULT_B;
    }
}

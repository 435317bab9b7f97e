package dev.cited.retrieve;

/**
 * How common an analysed term ({@link dev.cited.index.TermAnalyzer}) is in a collection, for
 * IDF weights that follow the collection rather than the handful of papers at hand. The embedded
 * backend answers from its Lucene index (chunks of the contents field); a backend that cannot
 * answer cheaply has none ({@link SearchBackend#termStatistics}). Thread-safe.
 */
public interface TermStatistics {

    /** The number of documents (chunks) that contain {@code term}, between 0 and {@link #documents}. */
    long docFreq(String term);

    /** The number of documents (chunks) in the collection, at least 1. */
    long documents();

    /** Lucene's BM25 IDF of a term: {@code ln(1 + (N - df + 0.5) / (df + 0.5))}, always positive. */
    static double idf(long docFreq, long documents) {
        return Math.log(1 + (documents - docFreq + 0.5) / (docFreq + 0.5));
    }
}

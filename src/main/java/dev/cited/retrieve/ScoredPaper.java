package dev.cited.retrieve;

import java.util.Comparator;

/**
 * A paper's best chunk score from one retriever, before fusion.
 *
 * @param paperId the paper
 * @param version the version of the best chunk
 * @param score the retriever's raw score (BM25 score or cosine similarity)
 */
public record ScoredPaper(String paperId, int version, float score) {

    /** Best score first, then paper id. */
    static final Comparator<ScoredPaper> ORDER =
            Comparator.comparingDouble((ScoredPaper p) -> -p.score()).thenComparing(ScoredPaper::paperId);
}

package dev.cited.retrieve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a paper's score came about. A retriever that did not find the paper leaves its rank and
 * score null; the sentence fields are null unless the paper was re-ranked by sentence evidence
 * ({@link SentenceReranker}) and its index stores sentence vectors for it.
 *
 * @param bm25Rank 1-based rank among BM25 results, or null
 * @param bm25 the BM25 score of the paper's best chunk, or null
 * @param vectorRank 1-based rank among vector results, or null
 * @param vector the cosine similarity of the paper's best chunk, or null
 * @param sentence the cosine similarity of the paper's best-matching sentence, or null
 * @param bestSentence that sentence, or null
 * @param fused the final score that orders the results: the fusion's score, plus the sentence
 *     re-ranking's share when there was one
 */
public record ScoreBreakdown(
        @JsonProperty("bm25_rank") Integer bm25Rank,
        @JsonProperty("bm25") Float bm25,
        @JsonProperty("vector_rank") Integer vectorRank,
        @JsonProperty("vector") Float vector,

        @JsonProperty("sentence") @JsonInclude(JsonInclude.Include.NON_NULL)
        Float sentence,

        @JsonProperty("best_sentence") @JsonInclude(JsonInclude.Include.NON_NULL)
        String bestSentence,

        @JsonProperty("fused") double fused) {

    /** A breakdown without sentence evidence. */
    public ScoreBreakdown(Integer bm25Rank, Float bm25, Integer vectorRank, Float vector, double fused) {
        this(bm25Rank, bm25, vectorRank, vector, null, null, fused);
    }
}

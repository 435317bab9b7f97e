package dev.cited.retrieve;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a paper's score came about. A retriever that did not find the paper leaves its rank and
 * score null.
 *
 * @param bm25Rank 1-based rank among BM25 results, or null
 * @param bm25 the BM25 score of the paper's best chunk, or null
 * @param vectorRank 1-based rank among vector results, or null
 * @param vector the cosine similarity of the paper's best chunk, or null
 * @param fused the final score that orders the results
 */
public record ScoreBreakdown(
        @JsonProperty("bm25_rank") Integer bm25Rank,
        @JsonProperty("bm25") Float bm25,
        @JsonProperty("vector_rank") Integer vectorRank,
        @JsonProperty("vector") Float vector,
        @JsonProperty("fused") double fused) {}

package dev.cited.check;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A checked citation: source {@code n} supports an answer sentence with {@code quote}, an exact
 * sentence of the given version of that paper.
 */
public record Citation(
        @JsonProperty("n") int n,
        @JsonProperty("paper_id") String paperId,
        @JsonProperty("arxiv_id") String arxivId,
        @JsonProperty("title") String title,
        @JsonProperty("version") Integer version,
        @JsonProperty("quote") String quote) {}

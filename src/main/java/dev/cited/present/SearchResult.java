package dev.cited.present;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;

/**
 * One ranked paper as {@code cited search} and {@code GET /api/v1/search} show it.
 *
 * @param rank 1-based rank
 * @param paperId the paper's id
 * @param arxivId its arXiv id, or null
 * @param title its title
 * @param label its title as shown to people (with a short id when titles repeat)
 * @param version the version whose text matched best
 * @param text that version's abstract
 * @param score the fused score that orders the results
 * @param scores how the score came about
 */
public record SearchResult(
        @JsonProperty("rank") int rank,
        @JsonProperty("paper_id") String paperId,
        @JsonProperty("arxiv_id") String arxivId,
        @JsonProperty("title") String title,
        @JsonProperty("label") String label,
        @JsonProperty("version") int version,
        @JsonProperty("text") String text,
        @JsonProperty("score") double score,
        @JsonProperty("scores") ScoreBreakdown scores) {

    /** The result for {@code hit}, whose paper is {@code paper}. */
    public static SearchResult of(PaperHit hit, Paper paper) {
        if (!paper.id().equals(hit.paperId())) {
            throw new IllegalArgumentException("hit is for paper " + hit.paperId() + ", got paper " + paper.id());
        }
        return new SearchResult(
                hit.rank(),
                paper.id(),
                paper.arxivId(),
                paper.title(),
                paper.label(),
                hit.version(),
                paper.version(hit.version()).text(),
                hit.score(),
                hit.scores());
    }
}

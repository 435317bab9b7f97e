package dev.cited.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cited.retrieve.ScoreBreakdown;
import java.util.List;

/**
 * A numbered paper shown to the model. {@code text} is the full abstract of {@code version}: the
 * version cited first, else the version retrieval matched best. {@code citedVersions} holds the
 * text of every version a citation quotes, in version order (empty when none does), so that a
 * client can check every quote against the response alone, also when the citations of one paper
 * quote two of its versions.
 */
public record Source(
        @JsonProperty("n") int n,
        @JsonProperty("paper_id") String paperId,
        @JsonProperty("arxiv_id") String arxivId,
        @JsonProperty("title") String title,
        @JsonProperty("label") String label,
        @JsonProperty("url") String url,
        @JsonProperty("year") Integer year,
        @JsonProperty("version") int version,
        @JsonProperty("versions") int versions,
        @JsonProperty("text") String text,
        @JsonProperty("score") double score,
        @JsonProperty("scores") Scores scores,
        @JsonProperty("cited_versions") List<VersionText> citedVersions) {

    public Source {
        citedVersions = List.copyOf(citedVersions);
    }

    /** One version of the paper and its full text. */
    public record VersionText(
            @JsonProperty("version") int version,
            @JsonProperty("text") String text) {}

    /** The retrieval score breakdown in the answer's JSON shape. */
    public record Scores(
            @JsonProperty("bm25") Float bm25,
            @JsonProperty("vector") Float vector,
            @JsonProperty("fused") double fused) {

        static Scores of(ScoreBreakdown b) {
            return new Scores(b.bm25(), b.vector(), b.fused());
        }
    }
}

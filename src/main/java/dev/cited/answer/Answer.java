package dev.cited.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.cited.check.Citation;
import java.util.List;

/**
 * A validated answer, in the shape {@code cited ask --json} prints.
 *
 * @param question the question as asked
 * @param answer the answer text; every sentence carries {@code [n]} markers, unless abstained
 * @param outcome answered or abstained, by which model, and which model failed on the way: read
 *     this, never the wording of {@code answer} or {@code warnings}
 * @param citations every checked citation, in order of appearance
 * @param sources the numbered papers
 * @param warnings for humans: which model failed and what the checker removed or changed, and why
 * @param timings milliseconds spent retrieving, answering and in total
 * @param conversationId the conversation this answer belongs to; omitted from JSON when null
 */
@JsonPropertyOrder({
    "question",
    "answer",
    "abstained",
    "outcome",
    "citations",
    "sources",
    "warnings",
    "model",
    "timings_ms",
    "conversation_id"
})
public record Answer(
        @JsonProperty("question") String question,
        @JsonProperty("answer") String answer,
        @JsonProperty("outcome") Outcome outcome,
        @JsonProperty("citations") List<Citation> citations,
        @JsonProperty("sources") List<Source> sources,
        @JsonProperty("warnings") List<String> warnings,
        @JsonProperty("timings_ms") Timings timings,

        @JsonProperty("conversation_id") @JsonInclude(JsonInclude.Include.NON_NULL)
        String conversationId) {

    public Answer {
        citations = List.copyOf(citations);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
        if (abstainedFrom(outcome) && !citations.isEmpty()) {
            throw new IllegalArgumentException("an abstention cites nothing, got " + citations.size() + " citations");
        }
    }

    /**
     * True when the collection does not answer the question; then {@code citations} is empty and
     * {@code sources} lists the closest papers. The same as {@code outcome().status()} being
     * {@link Outcome.Status#ABSTAINED}.
     */
    @JsonProperty("abstained")
    public boolean abstained() {
        return abstainedFrom(outcome);
    }

    /** The chat model profile that answered; the same as {@code outcome().answeredBy()}. */
    @JsonProperty("model")
    public String model() {
        return outcome.answeredBy();
    }

    private static boolean abstainedFrom(Outcome outcome) {
        return outcome.status() == Outcome.Status.ABSTAINED;
    }

    /** Wall time per step, in milliseconds. */
    public record Timings(
            @JsonProperty("retrieve") double retrieve,
            @JsonProperty("answer") double answer,
            @JsonProperty("total") double total) {}
}

package dev.cited.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A validated answer, in the shape {@code cited ask --json} prints.
 *
 * @param question the question as asked
 * @param answer the answer text; every sentence carries {@code [n]} markers, unless abstained
 * @param abstained true when the collection does not answer the question; then {@code
 *     citations} is empty and {@code sources} lists the closest papers
 * @param citations every checked citation, in order of appearance
 * @param sources the numbered papers
 * @param warnings what the checker removed or changed, and why
 * @param model the chat model profile that answered
 * @param timings milliseconds spent retrieving, answering and in total
 * @param conversationId the conversation this answer belongs to; omitted from JSON when null
 */
public record Answer(
        @JsonProperty("question") String question,
        @JsonProperty("answer") String answer,
        @JsonProperty("abstained") boolean abstained,
        @JsonProperty("citations") List<Citation> citations,
        @JsonProperty("sources") List<Source> sources,
        @JsonProperty("warnings") List<String> warnings,
        @JsonProperty("model") String model,
        @JsonProperty("timings_ms") Timings timings,
        @JsonProperty("conversation_id") @JsonInclude(JsonInclude.Include.NON_NULL) String conversationId) {

    public Answer {
        citations = List.copyOf(citations);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** Wall time per step, in milliseconds. */
    public record Timings(
            @JsonProperty("retrieve") double retrieve,
            @JsonProperty("answer") double answer,
            @JsonProperty("total") double total) {}
}

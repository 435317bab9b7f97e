package dev.cited.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * What became of a question, as data: whether it was answered or abstained from, which model
 * answered, and every step at which a model failed and something else stood in. Metrics, the API,
 * the web page and the chat bots read this; {@link Answer#warnings()} only tells humans the same.
 *
 * @param status {@link Status#ANSWERED} or {@link Status#ABSTAINED}; a stand-in model may do either
 * @param answeredBy the model profile whose reply was checked: the one asked for, or the stand-in
 *     when the asked-for model failed
 * @param closest when abstained, the numbers of the closest papers in {@link Answer#sources()}, best
 *     first (none of them states an answer); empty when answered
 * @param fallbacks the failures that were stood in for, in the order they happened; empty when
 *     every model call succeeded
 */
public record Outcome(
        @JsonProperty("status") Status status,
        @JsonProperty("answered_by") String answeredBy,
        @JsonProperty("closest") List<Integer> closest,
        @JsonProperty("fallbacks") List<Fallback> fallbacks) {

    public Outcome {
        closest = List.copyOf(closest);
        fallbacks = List.copyOf(fallbacks);
        if (status == Status.ANSWERED && !closest.isEmpty()) {
            throw new IllegalArgumentException("an answered question has no closest papers, got " + closest);
        }
    }

    /** Answered by {@code model} with no failure on the way. */
    public static Outcome answered(String model) {
        return new Outcome(Status.ANSWERED, model, List.of(), List.of());
    }

    /** True when any model failed on the way (rewriting the follow-up or answering). */
    public boolean fellBack() {
        return !fallbacks.isEmpty();
    }

    /** The human-readable lines for the fallbacks, one per failure, in order. */
    public List<String> warnings() {
        return fallbacks.stream().map(Fallback::warning).toList();
    }

    /** Whether the question was answered. */
    public enum Status {
        /** At least one sentence is supported by a cited paper. */
        ANSWERED,
        /** The collection does not answer the question; the closest papers are listed, not cited. */
        ABSTAINED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The step of answering at which a model failed. */
    public enum Step {
        /** Rewriting a follow-up question as a standalone one; the deterministic rewrite stood in. */
        CONDENSE,
        /** Writing the answer; the fallback model (extractive) stood in. */
        ANSWER;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A model failed at {@code step} and {@code instead} did the work.
     *
     * @param step the step that failed
     * @param failedModel the model profile that failed
     * @param reason why, in one line (e.g. "cannot connect to http://127.0.0.1:9", "HTTP 429")
     * @param instead the model profile that stood in, or {@link #DETERMINISTIC_REWRITE} for a
     *     follow-up rewritten without a model
     */
    public record Fallback(
            @JsonProperty("step") Step step,
            @JsonProperty("failed_model") String failedModel,
            @JsonProperty("reason") String reason,
            @JsonProperty("instead") String instead) {

        /** {@link #instead()} when a follow-up was rewritten by {@code QuestionCondenser}'s rules. */
        public static final String DETERMINISTIC_REWRITE = "deterministic";

        /** E.g. "model 'local' failed (cannot connect to http://127.0.0.1:9); answered with the extractive model". */
        public String warning() {
            String head = "model '" + failedModel + "' failed (" + reason + "); ";
            return switch (step) {
                case ANSWER -> head + "answered with the " + instead + " model";
                case CONDENSE -> head + "rewrote the follow-up without a language model";
            };
        }
    }
}

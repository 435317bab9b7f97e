package dev.cited.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conversation: its turns, and the number each paper was given, so a paper keeps its citation
 * number from turn to turn.
 *
 * @param id the conversation id
 * @param turns earlier questions and answers, oldest first
 * @param numbers paper id to citation number
 */
public record Conversation(
        @JsonProperty("id") String id,
        @JsonProperty("turns") List<Turn> turns,
        @JsonProperty("numbers") Map<String, Integer> numbers) {

    /** One question and its answer. {@code standalone} is the question as retrieval saw it. */
    public record Turn(
            @JsonProperty("question") String question,
            @JsonProperty("standalone") String standalone,
            @JsonProperty("answer") String answer) {}

    public Conversation {
        turns = List.copyOf(turns);
        numbers = Map.copyOf(numbers);
    }

    /** A new, empty conversation. */
    public static Conversation start(String id) {
        return new Conversation(id, List.of(), Map.of());
    }

    /** This conversation with one more turn and the numbers its sources were given. */
    public Conversation with(Turn turn, Map<String, Integer> newNumbers) {
        List<Turn> t = new ArrayList<>(turns);
        t.add(turn);
        Map<String, Integer> n = new HashMap<>(numbers);
        newNumbers.forEach(n::putIfAbsent);
        return new Conversation(id, t, n);
    }

    /** This conversation with only its last {@code max} turns (and every number). */
    public Conversation last(int max) {
        return turns.size() <= max
                ? this
                : new Conversation(id, turns.subList(turns.size() - max, turns.size()), numbers);
    }

    /** Characters of a question kept in {@link #history}. */
    public static final int MAX_QUESTION_CHARS = 500;

    /** Characters of an answer kept in {@link #history}. */
    public static final int MAX_ANSWER_CHARS = 1_000;

    /**
     * The last {@code max} turns as "User: ... / Assistant: ..." lines, each question cut to
     * {@value #MAX_QUESTION_CHARS} and each answer to {@value #MAX_ANSWER_CHARS} characters, so
     * the context stays bounded however long the conversation and its answers.
     */
    public String history(int max) {
        StringBuilder sb = new StringBuilder();
        for (Turn t : turns.subList(Math.max(0, turns.size() - max), turns.size())) {
            sb.append("User: ")
                    .append(cut(t.question(), MAX_QUESTION_CHARS))
                    .append('\n')
                    .append("Assistant: ")
                    .append(cut(t.answer(), MAX_ANSWER_CHARS))
                    .append('\n');
        }
        return sb.toString().strip();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

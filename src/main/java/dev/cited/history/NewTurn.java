package dev.cited.history;

import java.util.List;
import java.util.Map;

/**
 * What a turn stores, as the answer stage hands it over.
 *
 * @param question the question as asked
 * @param standalone the question as retrieval saw it (a follow-up made standalone)
 * @param answer the answer text
 * @param model the model profile that answered
 * @param outcome {@code answered} or {@code abstained}
 * @param cited the ids of the papers the answer cited, in order of first citation
 * @param numbers paper id to the citation number it was given in this turn
 * @param answerJson the whole answer as the API returned it (citations, sources with scores,
 *     warnings, timings), a JSON object
 * @param totalMs the time it took to answer, in milliseconds
 */
public record NewTurn(
        String question,
        String standalone,
        String answer,
        String model,
        String outcome,
        List<String> cited,
        Map<String, Integer> numbers,
        String answerJson,
        double totalMs) {

    public NewTurn {
        cited = List.copyOf(cited);
        numbers = Map.copyOf(numbers);
    }
}

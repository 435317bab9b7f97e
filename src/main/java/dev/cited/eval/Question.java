package dev.cited.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One evaluation question (a line of a question-set JSONL file).
 *
 * @param id unique id
 * @param split {@code dev} (tune on it) or {@code heldout} (only check)
 * @param kind e.g. direct, paraphrase, multi, versions, unanswerable
 * @param question the question
 * @param answerable false when the collection does not answer it
 * @param relevant paper ids or arXiv ids that answer it
 * @param answerTerms terms a correct answer contains (case-insensitive); any one of them in the
 *     answer counts as the asked-for fact being there
 * @param type optional: what the question asks for (number, definition, yesno, comparison,
 *     method, how), for per-type reports; "" when not given
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Question(
        @JsonProperty("id") String id,
        @JsonProperty("split") String split,
        @JsonProperty("kind") String kind,
        @JsonProperty("question") String question,
        @JsonProperty("answerable") boolean answerable,
        @JsonProperty("relevant") List<String> relevant,
        @JsonProperty("answer_terms") List<String> answerTerms,
        @JsonProperty("type") String type) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Question {
        relevant = relevant == null ? List.of() : List.copyOf(relevant);
        answerTerms = answerTerms == null ? List.of() : List.copyOf(answerTerms);
        split = split == null ? "dev" : split;
        kind = kind == null ? "" : kind;
        type = type == null ? "" : type;
    }

    /**
     * Reads a question set.
     *
     * @throws IOException naming file and line of a malformed or duplicate question
     */
    public static List<Question> read(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonLines.read(file, (n, line, where) -> {
            Question q;
            try {
                q = JSON.readValue(line, Question.class);
            } catch (JsonProcessingException e) {
                throw new IOException(where + ": not a question: " + e.getOriginalMessage(), e);
            }
            if (q.id() == null || q.question() == null || q.question().isBlank()) {
                throw new IOException(where + ": a question needs 'id' and 'question'");
            }
            if (!ids.add(q.id())) {
                throw new IOException(where + ": duplicate question id '" + q.id() + "'");
            }
            out.add(q);
        });
        return out;
    }
}

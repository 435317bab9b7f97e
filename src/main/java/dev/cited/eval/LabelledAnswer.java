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
 * A model's reply with every statement labelled by hand (a line of a citation-labelling JSONL
 * file, such as {@code src/test/resources/citations/bundled.jsonl}).
 *
 * @param id unique id
 * @param corpus the collection the sources come from, e.g. {@code bundled} or {@code scifact}
 * @param style how the reply is written: {@code careful}, {@code formatted} or {@code sloppy}
 * @param split {@code tune} (the checker may be tuned on it) or {@code heldout} (only check)
 * @param question the question the reply answers
 * @param sources paper ids; source {@code [1]} is the first
 * @param answer the model's full reply
 * @param declined whether the reply correctly declines to answer
 * @param statements the labelled statements, each an exact substring of {@code answer}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledAnswer(
        @JsonProperty("id") String id,
        @JsonProperty("corpus") String corpus,
        @JsonProperty("style") String style,
        @JsonProperty("split") String split,
        @JsonProperty("question") String question,
        @JsonProperty("sources") List<String> sources,
        @JsonProperty("answer") String answer,
        @JsonProperty("declined") boolean declined,
        @JsonProperty("statements") List<Statement> statements) {

    /** The labels a statement can have. */
    public static final Set<String> LABELS = Set.of("faithful", "fault", "no_claim");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One labelled statement.
     *
     * @param text an exact substring of the answer
     * @param label {@code faithful}, {@code fault} or {@code no_claim}
     * @param fault the kind of fault (e.g. {@code changed_number}), only with label {@code fault}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(
            @JsonProperty("text") String text,
            @JsonProperty("label") String label,
            @JsonProperty("fault") String fault) {}

    public LabelledAnswer {
        sources = sources == null ? List.of() : List.copyOf(sources);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /** Where {@code s} starts in the answer (its first occurrence). */
    public int start(Statement s) {
        return answer.indexOf(s.text());
    }

    /**
     * Reads a labelled-answer file.
     *
     * @throws IOException naming file and line of a malformed or duplicate record, an unknown
     *     label, a fault without its kind, or a statement that is not part of the answer
     */
    public static List<LabelledAnswer> read(Path file) throws IOException {
        List<LabelledAnswer> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonLines.read(file, (n, line, where) -> {
            LabelledAnswer a;
            try {
                a = JSON.readValue(line, LabelledAnswer.class);
            } catch (JsonProcessingException e) {
                throw new IOException(where + ": not a labelled answer: " + e.getOriginalMessage(), e);
            }
            if (a.id() == null || a.answer() == null || a.corpus() == null || a.style() == null || a.split() == null) {
                throw new IOException(
                        where + ": a labelled answer needs 'id', 'corpus', 'style', 'split' and 'answer'");
            }
            if (!ids.add(a.id())) {
                throw new IOException(where + ": duplicate id '" + a.id() + "'");
            }
            for (Statement s : a.statements()) {
                if (s.text() == null || s.text().isEmpty() || a.start(s) < 0) {
                    throw new IOException(
                            where + " (" + a.id() + "): statement is not part of the answer: \"" + s.text() + "\"");
                }
                if (!LABELS.contains(s.label())) {
                    throw new IOException(where + " (" + a.id() + "): illegal label '" + s.label()
                            + "', must be one of faithful, fault, no_claim");
                }
                if (s.label().equals("fault") && (s.fault() == null || s.fault().isBlank())) {
                    throw new IOException(where + " (" + a.id() + "): a fault needs its kind in 'fault'");
                }
            }
            out.add(a);
        });
        return out;
    }
}

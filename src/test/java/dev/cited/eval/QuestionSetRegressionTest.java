package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled question set, per split, against the floors in {@code eval/bundled-regression.json}. */
class QuestionSetRegressionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "heldout"})
    void answers_on_the_bundled_corpus_hold_their_recorded_quality(String split) throws IOException {
        JsonNode expected = new ObjectMapper()
                .readTree(Files.readString(Path.of("src/test/resources/eval/bundled-regression.json")));
        double tolerance = expected.get("tolerance").asDouble();
        List<Question> questions = Question.read(Path.of("src/test/resources/eval/bundled-questions.jsonl")).stream()
                .filter(q -> q.split().equals(split))
                .toList();
        BundledIndex bundled = BundledIndex.get();

        QuestionSetEvaluation.Summary s =
                QuestionSetEvaluation.run(questions, bundled.retriever(), bundled.answers(), bundled.index, 5, null);

        Map<String, Double> measured = Map.of(
                "recall_at_k",
                s.recallAtK(),
                "mrr",
                s.mrr(),
                "answer_term_hit_rate",
                s.termHitRate(),
                "fact_present_rate",
                s.factPresentRate(),
                "relevant_cited_rate",
                s.relevantCitedRate(),
                "citation_validity",
                s.citationValidity(),
                "abstention_precision",
                s.abstentionPrecision(),
                "abstention_recall",
                s.abstentionRecall(),
                "versions_surfaced_rate",
                s.versionsSurfacedRate());
        expected.get(split)
                .properties()
                .forEach(e -> assertThat(measured.get(e.getKey()))
                        .as(split + " " + e.getKey())
                        .isGreaterThanOrEqualTo(e.getValue().asDouble() - tolerance));
        assertThat(s.citationValidity())
                .as("every citation resolves and quotes verbatim")
                .isEqualTo(1.0);
        assertThat(s.factPresentRate())
                .as("any one answer term counts, so the fact is present at least as often as the share of terms")
                .isGreaterThanOrEqualTo(s.termHitRate());
        assertThat(s.byKind().stream()
                        .mapToInt(QuestionSetEvaluation.Group::questions)
                        .sum())
                .as("every question is in exactly one kind")
                .isEqualTo(s.questions());
        assertThat(s.byKind().stream()
                        .mapToInt(QuestionSetEvaluation.Group::factPresent)
                        .sum())
                .isEqualTo((int) Math.round(s.factPresentRate() * s.answerable()));
    }
}

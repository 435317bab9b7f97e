package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cited.BundledIndex;
import dev.cited.check.NumberedSources;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled selector on a real abstract (arXiv 2604.21928, with the real embedding model and
 * statistics over the sources): each kind of question gets the sentence that answers it.
 */
class SentenceSelectorTest {

    private static final String DEFINING = "Automatic Speech Recognition (ASR) is traditionally evaluated using"
            + " Word Error Rate (WER), a metric that is insensitive to meaning.";
    private static final String NUMBERS = "On the HATS dataset, the best LLMs achieve 92-94% agreement with human"
            + " annotators for hypothesis selection, compared to 63% for WER, also outperforming semantic metrics.";
    private static final String ABSTRACT = DEFINING
            + " Embedding-based semantic metrics are better correlated with human perception, but decoder-based Large"
            + " Language Models (LLMs) remain underexplored for this task. This paper evaluates their relevance through"
            + " three approaches: (1) selecting the best hypothesis between two candidates, (2) computing semantic"
            + " distance using generative embeddings, and (3) qualitative classification of errors. " + NUMBERS
            + " Embeddings from decoder-based LLMs show performance comparable to encoder models. Finally, LLMs offer"
            + " a promising direction for interpretable and semantic ASR evaluation.";

    private final SentenceFeatures features = new SentenceFeatures(BundledIndex.get().embedder, Optional.empty());
    private final SentenceSelector selector = new SentenceSelector(features, SelectorModel.bundled());

    private static NumberedSources sources() {
        Paper paper = new Paper(
                "2604.21928",
                "2604.21928",
                "Evaluation of Automatic Speech Recognition Using Generative Large Language Models",
                2026,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new PaperVersion(1, ABSTRACT, List.of())));
        return new NumberedSources(
                List.of(paper), List.of(new PaperHit("2604.21928", 1, 1, new ScoreBreakdown(1, 10f, 1, 0.8f, 0.9))));
    }

    @Test
    void a_number_question_gets_the_sentence_with_the_number() {
        String question = "How much agreement with human annotators do the best LLMs reach in hypothesis selection?";

        List<SentenceCandidate> chosen = selector.choose(question, sources());

        assertThat(chosen).isNotEmpty();
        assertThat(chosen.getFirst().sentence()).isEqualTo(NUMBERS);
        assertThat(chosen.getFirst().feature("type_near")).isEqualTo(1.0);
    }

    @Test
    void a_definition_question_gets_the_defining_sentence() {
        List<SentenceCandidate> scored = selector.scored("What is Word Error Rate?", sources());

        assertThat(scored.getFirst().sentence()).isEqualTo(DEFINING);
        assertThat(scored.getFirst().feature("type_holds")).isEqualTo(1.0);
    }

    @Test
    void an_unrelated_question_is_refused() {
        assertThat(selector.choose("Which enzyme limits the rate of cholesterol synthesis in the liver?", sources()))
                .isEmpty();
    }

    @ParameterizedTest(name = "version 2 scored {0} above version 1")
    @CsvSource({"0.05", "-0.05"})
    void a_sentence_two_versions_word_almost_alike_is_quoted_from_the_earlier_version_however_close_scores_fall(
            double nudge) {
        String question = "How much agreement with human annotators do the best LLMs reach in hypothesis selection?";
        SentenceCandidate first = selector.scored(question, sources()).stream()
                .filter(c -> c.sentence().equals(NUMBERS))
                .findFirst()
                .orElseThrow();
        double[] nudged = first.features().clone();
        nudged[SentenceFeatures.NAMES.indexOf("dense")] += nudge;
        SentenceCandidate reworded = new SentenceCandidate(
                first.n(), first.paperId(), 2, NUMBERS.replace("compared to", "compared with"), nudged, Double.NaN);
        SentenceCandidate unscored =
                new SentenceCandidate(first.n(), first.paperId(), 1, NUMBERS, first.features(), Double.NaN);

        List<SentenceCandidate> scored = SentenceSelector.score(SelectorModel.bundled(), List.of(reworded, unscored));
        List<SentenceCandidate> chosen = SentenceSelector.choose(SelectorModel.bundled(), scored);

        assertThat(chosen).extracting(SentenceCandidate::version).containsExactly(1);
        assertThat(chosen.getFirst().sentence()).isEqualTo(NUMBERS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "How many appendix samples were positive for abnormal prion protein?|NUMBER",
                "What share of serious cases received no treatment?|NUMBER",
                "What is the accuracy of the model on ImageNet?|NUMBER",
                "In what year was the first survey carried out?|DATE",
                "Does adversarial training remove backdoors?|FINDING",
                "Is the new method better than fine-tuning?|COMPARISON",
                "Which approximation is used to scale influence functions to LLMs?|METHOD",
                "What does the sycophancy benchmark measure?|DEFINITION",
                "0-dimensional biomaterials lack inductive properties.|NONE"
            })
    void the_answer_type_is_read_from_the_wording(String question, AnswerType type) {
        assertThat(AnswerType.of(question)).isEqualTo(type);
    }

    @Test
    void a_selector_trained_for_other_features_is_refused_by_name() {
        String json = new String(SelectorModel.bundled().json(), StandardCharsets.UTF_8)
                .replaceFirst("\"dense\"", "\"cosine\"");

        assertThatThrownBy(() -> SelectorModel.read(json.getBytes(StandardCharsets.UTF_8), "old.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("old.json")
                .hasMessageContaining("trained for features [cosine,")
                .hasMessageContaining("retrain it with ./cited train answerer");
    }

    @Test
    void a_selector_whose_answerability_was_trained_for_other_features_is_refused_by_name() {
        String json = new String(SelectorModel.bundled().json(), StandardCharsets.UTF_8)
                .replaceFirst("\"best_dense\"", "\"best_cosine\"");

        assertThatThrownBy(() -> SelectorModel.read(json.getBytes(StandardCharsets.UTF_8), "old.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("old.json")
                .hasMessageContaining("answerability model was trained for features [best_cosine,")
                .hasMessageContaining("retrain it with ./cited train answerer");
    }

    @Test
    void a_version_1_selector_is_refused_by_name() {
        String json = new String(SelectorModel.bundled().json(), StandardCharsets.UTF_8)
                .replaceFirst("\"version\" : 2", "\"version\" : 1");

        assertThatThrownBy(() -> SelectorModel.read(json.getBytes(StandardCharsets.UTF_8), "v1.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v1.json")
                .hasMessageContaining("found format cited-sentence-selector version 1");
    }
}

package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cited.BundledIndex;
import dev.cited.check.NumberedSources;
import dev.cited.index.Embedder;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled selector on a real abstract (arXiv 2604.21928, with the real embedding model and
 * the bundled collection's term statistics, as the embedded backend gives them): each kind of
 * question gets the sentence that answers it.
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

    private final SentenceFeatures features = new SentenceFeatures(
            BundledIndex.get().embedder, BundledIndex.get().backend.termStatistics());
    private final SentenceSelector selector = new SentenceSelector(features, SelectorModel.bundled());

    private static NumberedSources sources() {
        return sources(1, 10f, 0.8f);
    }

    /** The abstract as retrieval found it: its BM25 rank and score (null: BM25 did not find it) and chunk cosine. */
    private static NumberedSources sources(Integer bm25Rank, Float bm25, float vector) {
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
                List.of(paper),
                List.of(new PaperHit("2604.21928", 1, 1, new ScoreBreakdown(bm25Rank, bm25, 1, vector, 0.9))));
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
        String question = "Which enzyme limits the rate of cholesterol synthesis in the liver?";
        Embedder embedder = BundledIndex.get().embedder;
        float cosine = Embedder.cosine(
                embedder.embedQuery(question),
                embedder.passageVectors(List.of(ABSTRACT)).getFirst());

        // retrieval as it would find this abstract: no shared term for BM25, the real chunk cosine
        assertThat(selector.choose(question, sources(null, null, cosine))).isEmpty();
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
                "why isn't a plain random tensor network a good enough toy model?|REASON",
                "What surprising blind spot did the influence-function study turn up?|REASON",
                "0-dimensional biomaterials lack inductive properties.|NONE",
                "Limitations of sleep deprivation studies are well known.|NONE"
            })
    void the_answer_type_is_read_from_the_wording(String question, AnswerType type) {
        assertThat(AnswerType.of(question)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "how many parameters does BLOOM have|true",
                "Who is the AI Index report written for?|true",
                "grrm ranking accuracy vs baselines|true",
                "explain the sleeper agents result|true",
                "Adversarial training hides backdoors rather than removing them.|false",
                "0-dimensional biomaterials lack inductive properties.|false"
            })
    void a_question_is_told_from_a_claim_by_its_wording(String text, boolean question) {
        assertThat(AnswerType.isQuestion(text)).isEqualTo(question);
    }

    @ParameterizedTest(name = "question {0} quotes {1}")
    @CsvSource({"true, 3", "false, 1"})
    void a_question_is_quoted_by_the_question_thresholds_and_a_claim_by_the_claim_thresholds(
            boolean question, int quoted) {
        SelectorModel model = SelectorModel.bundled().withChoice(0, 0.5, 0.5, 3).withQuestionChoice(0.05, 0.1);
        double[] features = new double[SentenceFeatures.NAMES.size()];
        features[SentenceFeatures.NAMES.indexOf("question")] = question ? 1 : 0;
        List<SentenceCandidate> scored = List.of(
                new SentenceCandidate(1, "a", 1, "Induction heads are attention heads.", features, 0.6),
                new SentenceCandidate(1, "a", 1, "They form at a phase change in training.", features, 0.2),
                new SentenceCandidate(2, "b", 1, "Loss drops by a bump at that point.", features, 0.1));

        assertThat(SentenceSelector.choose(model, scored)).hasSize(quoted);
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

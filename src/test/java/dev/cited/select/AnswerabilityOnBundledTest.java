package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import dev.cited.eval.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled answerability decision on the real bundled index (real retrieval, the real
 * embedding model, the collection's term statistics). The held-out off-collection questions
 * (titles of arXiv papers from fields the corpus lacks, never trained on) score below every
 * answerable bundled question that uses the abstracts' own words (direct, multi-paper and
 * versions questions), and the threshold lies between them. Paraphrases that share no content
 * word with their abstract are not separable from off-collection questions by these features and
 * are not asserted on (README, "Answerability").
 */
class AnswerabilityOnBundledTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static SelectorTrainer trainer;
    private static SelectorModel model;

    @BeforeAll
    static void open() {
        BundledIndex bundled = BundledIndex.get();
        trainer = new SelectorTrainer(
                bundled.retriever(),
                bundled.backend,
                new SentenceFeatures(bundled.embedder, bundled.backend.termStatistics()));
        model = SelectorModel.bundled();
    }

    private static List<Double> probabilities(Path file, List<String> kinds) throws IOException {
        List<Double> out = new ArrayList<>();
        for (Question q : Question.read(file)) {
            if (kinds.contains(q.kind())) {
                LabelledQuestion labelled = new LabelledQuestion(q.id(), q.question(), false, Map.of());
                SelectorTrainer.Prepared p = trainer.prepare(labelled, "test", 5, 0);
                out.add(model.answerability()
                        .probability(AnswerabilityFeatures.vector(
                                p.evidence(), SentenceSelector.score(model, p.candidates()))));
            }
        }
        return out;
    }

    @Test
    void off_collection_questions_score_below_answerable_questions_in_the_abstracts_words_with_the_threshold_between()
            throws IOException {
        List<Double> off = probabilities(EVAL.resolve("off-collection-questions.jsonl"), List.of("off-collection"));
        List<Double> answerable =
                probabilities(EVAL.resolve("bundled-questions.jsonl"), List.of("direct", "multi", "versions"));

        double threshold = model.answerability().answerAbove();
        assertThat(off).hasSize(16);
        assertThat(answerable).hasSize(25);
        assertThat(Collections.max(off)).isLessThan(Collections.min(answerable));
        assertThat(answerable).allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(threshold));
        assertThat(off.stream().filter(p -> p < threshold).count()).isGreaterThanOrEqualTo(15);
    }
}

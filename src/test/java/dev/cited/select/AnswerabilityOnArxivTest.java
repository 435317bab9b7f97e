package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import dev.cited.eval.ArxivSampleIndex;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.RetrieverSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundled answerability decision over the arXiv sample index ({@link ArxivSampleIndex}): the
 * held-out answerable arXiv questions of {@code answer-questions.jsonl} and {@code
 * arxiv-answer-questions.jsonl} (never trained on) are answered, and the sentence chosen first
 * holds a gold answer sentence for most of them.
 */
@Tag("slow")
class AnswerabilityOnArxivTest {

    private static PaperIndex index;
    private static SelectorTrainer trainer;

    @BeforeAll
    static void open() throws IOException {
        index = ArxivSampleIndex.open();
        EmbeddedBackend backend = new EmbeddedBackend(index, BundledIndex.get().embedder, Path.of("arxiv"));
        trainer = new SelectorTrainer(
                backend.retriever(RetrieverSettings.defaults()),
                backend,
                new SentenceFeatures(BundledIndex.get().embedder, backend.termStatistics()));
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void held_out_answerable_arxiv_questions_are_answered_with_a_gold_sentence_first_for_most() throws IOException {
        SelectorModel model = SelectorModel.bundled();
        List<LabelledQuestion> heldout = ArxivSampleIndex.questions().stream()
                .filter(q -> q.heldout() && q.answerable())
                .toList();
        int answered = 0;
        int goldFirst = 0;
        for (LabelledQuestion q : heldout) {
            SelectorTrainer.Prepared p = trainer.prepare(q, "arxiv-questions", 5, 0);
            List<SentenceCandidate> scored = SentenceSelector.score(model, p.candidates());
            if (SentenceSelector.answers(model, p.evidence(), scored)) {
                answered++;
                goldFirst += q.positive(
                                scored.getFirst().paperId(), scored.getFirst().sentence())
                        ? 1
                        : 0;
            }
        }

        assertThat(heldout).hasSize(101);
        assertThat(answered).isEqualTo(101);
        // 68 when recorded (question features, session 7); 12 of the first set's 19 before
        assertThat(goldFirst).isGreaterThanOrEqualTo(64);
    }
}

package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cited.BundledIndex;
import dev.cited.TestData;
import dev.cited.eval.SciFactIndex;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.RetrieverSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundled selector on SciFact's held-out training claims (id divisible by 5, never trained
 * on), retrieved over the real SciFact index, against the scorer it replaced; and retraining
 * from the same claims and seed gives the same file, answerability decision included.
 */
@Tag("slow")
class SelectorOnSciFactTest {

    private static PaperIndex index;
    private static SelectorTrainer trainer;
    private static List<LabelledQuestion> claims;

    @BeforeAll
    static void open() throws IOException {
        index = SciFactIndex.open();
        EmbeddedBackend backend = new EmbeddedBackend(index, BundledIndex.get().embedder, Path.of("scifact"));
        trainer = new SelectorTrainer(
                backend.retriever(RetrieverSettings.defaults()),
                backend,
                new SentenceFeatures(BundledIndex.get().embedder, backend.termStatistics()));
        Path dir = TestData.sharedData().resolve("scifact-original");
        claims = LabelledQuestion.of(SciFactClaims.read(
                TestData.require(dir.resolve("claims_train.jsonl"), "SciFact claims"), dir.resolve("corpus.jsonl")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void the_trained_selector_ranks_gold_sentences_better_than_the_old_scorer_on_held_out_claims() throws IOException {
        List<SelectorTrainer.Prepared> heldout = new ArrayList<>();
        for (LabelledQuestion q : claims) {
            if (q.heldout()) {
                heldout.add(trainer.prepare(q, "scifact-claims", 5, 1));
            }
        }

        SentenceMetrics learned = SentenceMetrics.of(SelectorModel.bundled(), heldout);
        SentenceMetrics old = SentenceMetrics.ofOldScorer(heldout);

        assertThat(heldout).hasSize(171);
        assertThat(learned.auc()).isGreaterThan(old.auc() + 0.05);
        assertThat(learned.top1()).isGreaterThan(old.top1() + 0.1);
    }

    @Test
    void retraining_with_the_same_seed_gives_the_same_selector() throws IOException {
        List<LabelledQuestion> some = claims.subList(0, 150);
        SelectorTrainer.Settings seven = new SelectorTrainer.Settings(5, 7, 1.0, "test");
        PrintWriter quiet = new PrintWriter(new StringWriter());

        SelectorModel first = trainer.train(some, seven, quiet);
        SelectorModel again = trainer.train(some, seven, quiet);
        SelectorModel eight = trainer.train(some, new SelectorTrainer.Settings(5, 8, 1.0, "test"), quiet);

        // the same up to float rounding in the embedding model (a sentence may be embedded in another batch)
        assertThat(again.weights()).containsExactly(first.weights(), within(1e-6));
        assertThat(again.bias()).isCloseTo(first.bias(), within(1e-6));
        assertThat(List.of(
                        again.abstainBelow(),
                        again.keepAbove(),
                        again.relative(),
                        again.questionKeepAbove(),
                        again.questionRelative()))
                .isEqualTo(List.of(
                        first.abstainBelow(),
                        first.keepAbove(),
                        first.relative(),
                        first.questionKeepAbove(),
                        first.questionRelative()));
        assertThat(again.answerability().weights())
                .containsExactly(first.answerability().weights(), within(1e-6));
        assertThat(again.answerability().answerAbove())
                .isEqualTo(first.answerability().answerAbove());
        assertThat(Math.abs(eight.weights()[0] - first.weights()[0])).isGreaterThan(1e-4);
        assertThat(Math.abs(eight.answerability().bias() - first.answerability().bias()))
                .isGreaterThan(1e-6);
    }
}

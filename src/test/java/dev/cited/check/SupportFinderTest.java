package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What supports a claim in one paper, on sentences of a bundled abstract and a SciFact abstract. */
class SupportFinderTest {

    private static final String PRETRAINING = "Pretraining is a common technique in deep learning for increasing"
            + " performance and reducing training time, with promising experimental results in deep reinforcement"
            + " learning (RL). However, pretraining requires a relevant dataset for training. Results suggest filters"
            + " learned during training on less relevant datasets render pretraining ineffective, while filters"
            + " learned during training on the in-distribution datasets reliably reduce RL training time and improve"
            + " performance after 80k RL training steps.";
    private static final String OREXIN = "Panic disorder is a severe anxiety disorder. Moreover, we show that human"
            + " subjects with panic anxiety have elevated levels of ORX in the cerebrospinal fluid compared to"
            + " subjects without panic anxiety.";

    private final SupportFinder finder = new SupportFinder(null);

    private static NumberedSources.Entry source(String text) {
        Paper p = new Paper(
                "p",
                "p",
                "A paper",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new PaperVersion(1, text, List.of())));
        return new NumberedSources(
                        List.of(p), List.of(new PaperHit("p", 1, 1, new ScoreBreakdown(1, 1f, 1, 0.5f, 1.0))))
                .get(1)
                .orElseThrow();
    }

    @Test
    void a_claim_is_reversed_when_the_sentence_closest_to_it_says_the_opposite_whatever_looser_match_agrees() {
        SupportFinder.Support s = finder.find(
                "Filters learned during training on less relevant datasets render pretraining effective, while"
                        + " filters from in-distribution datasets reliably reduce RL training time.",
                List.of(),
                source(PRETRAINING));

        assertThat(s.found()).isFalse();
        assertThat(s.reason()).contains("ineffective");
    }

    @Test
    void a_negation_that_describes_the_comparison_group_does_not_reverse_the_finding() {
        SupportFinder.Support s = finder.find(
                "Human subjects with panic anxiety have elevated levels of ORX in the cerebrospinal fluid.",
                List.of(),
                source(OREXIN));

        assertThat(s.found()).isTrue();
        assertThat(s.citations().getFirst().quote()).contains("compared to subjects without panic anxiety");
    }
}

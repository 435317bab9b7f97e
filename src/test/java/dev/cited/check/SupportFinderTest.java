package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

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
        return new NumberedSources(List.of(TestSources.paper("p", "A paper", text)), List.of(TestSources.hit("p", 1)))
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

    @Test
    void a_comparison_group_named_by_the_same_negated_word_on_both_sides_is_no_negation() {
        String macaques = "The risk of infection in macaques treated in groups 1 and 2 was 3.8- and 7.8-fold lower"
                + " than in untreated macaques (p = 0.02 and p = 0.008, respectively).";

        assertThat(finder.find(
                                "Groups 1 and 2 had a 3.8- and 7.8-fold lower risk of infection than untreated macaques.",
                                List.of(),
                                source(macaques))
                        .found())
                .isTrue();
        assertThat(finder.find(
                                "Groups 1 and 2 had a 3.8- and 7.8-fold higher risk of infection than untreated macaques.",
                                List.of(),
                                source(macaques))
                        .found())
                .isFalse();
    }

    @Test
    void a_quoted_title_of_the_cited_paper_names_it_and_needs_no_support_of_its_own() {
        NumberedSources.Entry entry = new NumberedSources(
                        List.of(TestSources.paper(
                                "p",
                                "Language Models (Mostly) Know What They Know",
                                "We study whether language models can evaluate the validity of their own claims. We"
                                        + " train models to predict P(IK), the probability that I know the answer.")),
                        List.of(TestSources.hit("p", 1)))
                .get(1)
                .orElseThrow();
        String claim = "In \"Language Models (Mostly) Know What They Know\", models are trained to predict P(IK), the"
                + " probability that I know the answer [1].";

        assertThat(finder.find(
                                claim,
                                List.of(new Reply.Quote("Language Models (Mostly) Know What They Know", List.of())),
                                entry)
                        .found())
                .isTrue();
        assertThat(finder.find(
                                claim.replace("Mostly", "Always"),
                                List.of(new Reply.Quote("Language Models (Always) Know What They Know", List.of())),
                                entry)
                        .found())
                .isFalse();
    }

    @Test
    void a_word_in_british_spelling_is_held_by_its_american_form() {
        assertThat(ClaimTerms.holds(java.util.Set.of("ischem", "tumor", "random"), "ischaem"))
                .isTrue();
        assertThat(ClaimTerms.holds(java.util.Set.of("tumor"), "tumour")).isTrue();
        assertThat(ClaimTerms.spelling("randomis")).isEqualTo(ClaimTerms.spelling("randomiz"));
    }

    @Test
    void an_irregular_plural_is_held_by_its_singular() {
        assertThat(ClaimTerms.holds(java.util.Set.of("mous", "bone"), "mice")).isTrue();
        assertThat(ClaimTerms.holds(java.util.Set.of("woman"), "women")).isTrue();
        assertThat(ClaimTerms.holds(java.util.Set.of("mous"), "men")).isFalse();
    }

    @Test
    void what_a_paper_set_out_to_examine_supports_only_a_claim_about_the_inquiry() {
        String adhd = "OBJECTIVE To examine whether current use of ADHD medications is associated with increased"
                + " risk of serious cardiovascular events in young and middle-aged adults. Each medication user was"
                + " matched to 2 nonusers.";

        assertThat(finder.find(
                                "ADHD medications are associated with increased risk of serious cardiovascular events.",
                                List.of(),
                                source(adhd))
                        .found())
                .isFalse();
        assertThat(finder.find(
                                "The study examined whether ADHD medications are associated with increased risk of"
                                        + " serious cardiovascular events.",
                                List.of(),
                                source(adhd))
                        .found())
                .isTrue();
    }

    @Test
    void a_definition_in_a_sentence_that_asks_whether_still_supports_the_definition() {
        String pik = "Next, we investigate whether models can be trained to predict P(IK), the probability that I"
                + " know the answer to a question, without reference to any particular proposed answer.";

        assertThat(finder.find(
                                "P(IK) is the probability that I know the answer, without reference to any proposed answer.",
                                List.of(),
                                source(pik))
                        .found())
                .isTrue();
    }

    private static final String TRICYCLICS = "RESULTS 37 studies met the inclusion criteria. Tricyclics significantly"
            + " reduced the number of headache attacks from migraine than placebo but not compared with selective"
            + " serotonin reuptake inhibitors. Tricyclics were more likely to cause adverse effects than placebo,"
            + " including dry mouth and weight gain, but did not increase dropout rates (placebo: 1.22).";
    private static final String DESMOND = "SETTING 207 general practices in the United Kingdom. INTERVENTION A"
            + " structured group education programme for six hours. RESULTS Health beliefs seen at 12 months were"
            + " sustained at three years.";

    @Test
    void a_claim_worded_with_other_forms_of_the_papers_words_is_supported() {
        SupportFinder.Support s = finder.find(
                "Against selective serotonin reuptake inhibitors, however, the reduction in attacks was not significant.",
                List.of(),
                source(TRICYCLICS));

        assertThat(s.found()).isTrue();
    }

    @Test
    void a_list_of_examples_ends_where_a_contrast_begins() {
        SupportFinder.Support s = finder.find(
                "Tricyclics caused more adverse effects than placebo, including dry mouth and weight gain.",
                List.of(),
                source(TRICYCLICS));

        assertThat(s.found()).isTrue();
    }

    @Test
    void a_claim_may_join_two_sentences_that_are_not_next_to_each_other() {
        SupportFinder.Support s = finder.find(
                "The programme ran in 207 general practices, and health beliefs were sustained at three years.",
                List.of(),
                source(DESMOND));

        assertThat(s.found()).isTrue();
        assertThat(s.citations()).hasSize(2);
    }

    @Test
    void two_sentences_do_not_make_a_number_that_neither_states_with_its_unit() {
        SupportFinder.Support s = finder.find(
                "The structured group education programme lasted 12 hours and was sustained at three years.",
                List.of(),
                source(DESMOND));

        assertThat(s.found()).isFalse();
        assertThat(s.reason()).contains("12");
    }

    @Test
    void two_numbers_given_to_each_others_content_are_a_reversed_finding() {
        String backdoor = "For example, we train models that write secure code when the prompt states that the year is"
                + " 2023, but insert exploitable code when the stated year is 2024.";

        SupportFinder.Support swapped = finder.find(
                "The backdoor writes secure code when the year is 2024 but inserts exploitable code when the year is 2023.",
                List.of(),
                source(backdoor));
        SupportFinder.Support straight = finder.find(
                "The models write secure code when the year is 2023 but insert exploitable code when the year is 2024.",
                List.of(),
                source(backdoor));

        assertThat(swapped.found()).isFalse();
        assertThat(swapped.reason()).contains("other way round");
        assertThat(straight.found()).isTrue();
    }
}

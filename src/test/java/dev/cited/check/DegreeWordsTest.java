package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Degree and absolute words a claim adds to its source, on sentences of the bundled abstracts. */
class DegreeWordsTest {

    @Test
    void an_absolute_the_source_does_not_state_is_not_supported() {
        assertThat(DegreeWords.unsupported(
                        "Optimizing against preference models always improves truthfulness.",
                        "Optimizing model outputs against PMs also sometimes sacrifices truthfulness in favor of"
                                + " sycophancy."))
                .hasValue("the source does not say 'always'");
    }

    @Test
    void at_least_bounds_a_number_and_is_no_direction_the_source_must_carry() {
        assertThat(DegreeWords.unsupported(
                        "The study followed 69 patients for at least 12 months [1].",
                        "Patients were followed for a minimum of 12 months."))
                .isEmpty();
    }

    @Test
    void a_conclusion_is_no_conclusive_claim() {
        assertThat(DegreeWords.unsupported(
                        "Their conclusion is that standard techniques could fail to remove the deception.",
                        "Our results suggest that standard techniques could fail to remove such deception."))
                .isEmpty();
        assertThat(DegreeWords.unsupported(
                        "The results conclusively show that standard techniques fail.",
                        "Our results suggest that standard techniques could fail."))
                .isPresent();
    }

    @Test
    void reliably_is_an_absolute_that_a_hedged_source_does_not_carry() {
        assertThat(DegreeWords.unsupported(
                        "Human feedback on its own reliably stops subtle problems like a stated desire for power.",
                        "Human feedback can prevent overtly harmful utterances in conversational models, but may not"
                                + " automatically mitigate subtle problematic behaviors such as a stated desire for"
                                + " self-preservation or power."))
                .hasValue("the source does not say 'reliably'");
    }

    @Test
    void most_of_the_time_is_a_majority_a_fraction_of_the_time_does_not_carry() {
        String source = "Moreover, both humans and preference models (PMs) prefer convincingly-written sycophantic"
                + " responses over correct ones a non-negligible fraction of the time.";

        assertThat(DegreeWords.unsupported(
                        "Humans and preference models prefer sycophantic responses most of the time.", source))
                .hasValue("the source does not say 'majority'");
        assertThat(DegreeWords.unsupported(
                        "Most of the raters preferred sycophantic responses.", "Raters mostly preferred them."))
                .isEmpty();
        assertThat(DegreeWords.unsupported(
                        "The study looked at 1325 mostly postmenopausal women.", "1325 postmenopausal women"))
                .isEmpty();
    }

    @Test
    void an_absolute_of_the_same_group_in_the_source_supports_it() {
        assertThat(DegreeWords.unsupported(
                        "Five AI assistants consistently exhibit sycophantic behavior.",
                        "We first demonstrate that five state-of-the-art AI assistants consistently exhibit"
                                + " sycophantic behavior across four varied free-form text-generation tasks."))
                .isEmpty();
    }

    @Test
    void a_superlative_the_source_does_not_carry_is_not_supported() {
        assertThat(DegreeWords.unsupported(
                        "The backdoor behavior is persistent in the smallest models.",
                        "We find that such backdoor behavior can be made persistent, so that it is not removed by"
                                + " standard safety training techniques."))
                .hasValue("the source does not say 'smallest'");
    }

    @Test
    void a_change_word_is_matched_by_one_of_the_same_sign_on_another_comparative_scale() {
        assertThat(DegreeWords.unsupported(
                        "Pretraining on in-distribution data improves RL performance.",
                        "Filters learned on the in-distribution datasets reliably reduce RL training time and"
                                + " yield higher performance."))
                .isEmpty();
    }

    @Test
    void a_worse_result_is_not_supported_by_a_sentence_that_only_says_it_improves() {
        assertThat(DegreeWords.unsupported(
                        "Performance at self-evaluation gets worse when models consider many of their own samples.",
                        "Performance at self-evaluation further improves when we allow models to consider many of"
                                + " their own samples before predicting the validity of one specific possibility."))
                .hasValue("the source does not say 'worse'");
    }

    @Test
    void a_plural_change_word_in_the_source_matches_the_claims_singular() {
        assertThat(DegreeWords.unsupported(
                        "A meta-analysis found a significant reduction in the relative risk of non-vertebral fracture"
                                + " with risedronate.",
                        "A meta-analysis showed significant reductions in the relative risk of non-vertebral fracture"
                                + " for both alendronate and risedronate."))
                .isEmpty();
    }

    @Test
    void a_clear_effect_is_not_supported_by_a_possible_association() {
        assertThat(DegreeWords.unsupported(
                        "Macrolide use during late pregnancy was clearly associated with IHPS.",
                        "A possible association was also found with use during late pregnancy."))
                .hasValue("the source does not say 'clearly'");
    }

    @Test
    void a_plain_statement_with_no_degree_word_is_never_rejected_here() {
        assertThat(DegreeWords.unsupported(
                        "In total, 139,195 self-harm incidents were recorded in 26,510 prisoners.",
                        "139,195 self-harm incidents were recorded in 26,510 individual prisoners between 2004 and"
                                + " 2009."))
                .isEmpty();
    }
}

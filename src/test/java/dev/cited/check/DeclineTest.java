package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeclineTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The sources do not answer this question.",
                "The provided sources do not address whether Chlamydia trachomatis is most prevalent among people in their 50s.",
                "None of the provided sources address this claim.",
                "None of the sources answer the question about drowning in the UK.",
                "I cannot determine this from the sources.",
                "There is no evidence in the provided abstracts on this.",
                "The abstracts provide no information on this question.",
                "**The sources do not address this claim.**",
                "**Short answer:** the abstract doesn’t say.",
                "The sources don't answer this: neither reports the share of responders whose melanoma progresses.",
                "Based on the provided sources, this isn't addressed.",
                "**Not directly answered.**",
                "The provided abstracts don't include any investment figures, so I can't answer this from these sources.",
                "**Short answer:** the abstracts don't give that number.",
                "Neither abstract reports bleeding outcomes, so these sources cannot confirm or refute that claim.",
                "The abstracts do not name the factors used, so this particular combination cannot be confirmed from them.",
                "The abstract does not enumerate the six lines of evidence, so they cannot be listed from the sources.",
                "Based on the provided source: the abstract does not discuss the Page curve, so it doesn't answer this question.",
                "The sources don't directly compare risk between carriers and noncarriers, so they can't confirm this.",
                "The sources don't answer this for people who have Alzheimer's disease.",
                "The sources don't mention CHOP, so they can't say whether it is a general ER stress marker.",
                "Not directly: the abstract doesn't compare the two models' scores.",
                "**Not directly** — neither source [1] nor source [2] reports that share.",
                "So I can't confirm the claim about oncolytic virus peptide antigens from the provided sources.",
            })
    void a_refusal_to_answer_the_whole_question_is_a_decline(String statement) {
        assertThat(Decline.declines(statement)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The sources do not give the learning rate used to train BLOOM.",
                "Source [3] does not study chenodeoxycholic acid [3].",
                "The sources do not answer this directly, but source [1] reports a prevalence of 493 per million [1].",
                "No, source [1] contradicts this claim [1].",
                "Source [2] tested urine for Chlamydia trachomatis only in participants aged 16-44 years [2].",
                "Source [2] studied mice, so it cannot confirm this for humans [2].",
            })
    void a_statement_of_what_one_source_lacks_or_a_partial_answer_is_not_a_decline(String statement) {
        assertThat(Decline.declines(statement)).isFalse();
    }

    @Test
    void an_opening_silence_on_what_the_question_asks_declines_it() {
        assertThat(Decline.opensWithSilenceOn(
                        "The sources do not give GPT-Neo's results on competition-level problems.",
                        "What fraction of competition-level APPS problems can GPT-Neo solve?"))
                .isTrue();
    }

    @Test
    void an_opening_that_neither_source_reports_what_the_question_asks_declines_it() {
        assertThat(Decline.opensWithSilenceOn(
                        "Neither source reports a Codex result on competition-level APPS problems.",
                        "What pass rate did Codex reach on the competition-level APPS problems?"))
                .isTrue();
        assertThat(Decline.opensWithSilenceOn(
                        "The provided abstracts don't report GPT-Neo's performance on competition-level problems, so I"
                                + " can't give that figure.",
                        "What pass rate does GPT-Neo reach on the competition-level problems in APPS?"))
                .isTrue();
        assertThat(Decline.opensWithSilenceOn(
                        "Neither source reports the learning rate.",
                        "What pass rate did Codex reach on the competition-level APPS problems?"))
                .isFalse();
    }

    @Test
    void an_opening_silence_on_a_side_detail_does_not_decline_the_question() {
        assertThat(Decline.opensWithSilenceOn(
                        "The sources do not give the learning rate.",
                        "What fraction of competition-level APPS problems can GPT-Neo solve?"))
                .isFalse();
    }

    @Test
    void an_opening_silence_worded_in_other_terms_than_the_question_declines_it() {
        assertThat(Decline.opensWithSilenceOn(
                        "The abstracts don't say which GPUs were used.",
                        "What GPUs were the induction-head models trained on?"))
                .isTrue();
        assertThat(Decline.opensWithSilenceOn(
                        "The sources do not address wheezing or asthma at 3 and 6 years.",
                        "Is it true that fatty acid supplementation has no significant effects on wheezing or asthma at 3"
                                + " and 6 years?"))
                .isTrue();
    }
}

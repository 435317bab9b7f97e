package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InquiryTest {

    @Test
    void an_aim_heading_or_a_question_asserts_nothing() {
        assertThat(Inquiry.asserted("OBJECTIVE To examine whether X is associated with Y."))
                .isBlank();
        assertThat(Inquiry.asserted("Could we detect it and remove it using current techniques?"))
                .isBlank();
    }

    @Test
    void the_asked_part_is_cut_out_and_the_rest_of_the_sentence_kept() {
        assertThat(Inquiry.asserted(
                        "LLMs perform better with chain-of-thought, but it is unclear if the stated reasoning is"
                                + " faithful; we test it on eight tasks."))
                .contains("LLMs perform better with chain-of-thought")
                .doesNotContain("faithful")
                .contains("we test it on eight tasks");
        assertThat(Inquiry.asserted("The role of orexin in panic remains unknown; we measured it in 30 patients."))
                .doesNotContain("orexin")
                .contains("we measured it in 30 patients");
    }

    @Test
    void a_finding_that_mentions_a_hypothesis_is_a_finding() {
        String finding =
                "Our results suggest the largest effect among young rural men, refuting our a priori hypothesis.";

        assertThat(Inquiry.asserted(finding)).isEqualTo(finding);
    }

    @Test
    void a_claim_about_what_was_examined_is_about_the_inquiry() {
        assertThat(Inquiry.aboutInquiry("The trial examined whether the drug lowers risk."))
                .isTrue();
        assertThat(Inquiry.aboutInquiry("The drug lowers risk.")).isFalse();
    }
}

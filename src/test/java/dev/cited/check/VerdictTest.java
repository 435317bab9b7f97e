package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.check.Verdict.Stance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Yes, source [1] supports this claim [1].                       | SUPPORTS      | Yes
            No, source [1] contradicts this claim [1].                     | CONTRADICTS   | No
            No: the authors find that backdoor behavior persists [1].      | CONTRADICTS   | No
            Partly: source [2] found that the combination helped [2].     | PARTLY        | Partly
            Partially. The trial was small [1].                            | PARTLY        | Partially
            Yes, in part: when a response matches a view, it is preferred. | PARTLY        | Yes, in part
            It is true that the trial was small.                           | SUPPORTS      | It is true that
            It is false that the trial was small.                          | CONTRADICTS   | It is false that
            The sources support this claim [1].                            | SUPPORTS      | The sources support this claim
            The sources contradict this claim [2].                         | CONTRADICTS   | The sources contradict this claim
            The sources do not address this claim.                         | NOT_ADDRESSED | The sources do not address this claim
            Source [1] does not support this claim [1].                    | CONTRADICTS   | Source [1] does not support this claim
            **Short answer:** yes, both kinds of principle have value [1]. | SUPPORTS      | yes
            True — the crossover study in source [1] supports this [1].    | SUPPORTS      | True
            Not quite: the trial was small [1].                            | CONTRADICTS   | Not quite
            Largely yes: source [1] names Tmem27 in beta cells [1].        | PARTLY        | Largely yes
            """)
    void reads_the_verdict_a_statement_starts_with(String statement, Stance stance, String text) {
        assertThat(Verdict.detect(statement)).hasValueSatisfying(v -> {
            assertThat(v.stance()).isEqualTo(stance);
            assertThat(v.text()).isEqualTo(text);
        });
    }

    @Test
    void a_statement_without_a_verdict_has_none() {
        assertThat(Verdict.detect("Nothing suggests that the trial was small [1]."))
                .isEmpty();
        assertThat(Verdict.detect("Notably, the trial was small [1].")).isEmpty();
        assertThat(Verdict.detect("Yesterday the trial ended.")).isEmpty();
    }

    @Test
    void keeps_the_rest_of_the_statement_after_the_verdict() {
        assertThat(Verdict.detect("Yes, adversarial training removes the backdoor behavior [1]."))
                .hasValueSatisfying(
                        v -> assertThat(v.rest()).isEqualTo("adversarial training removes the backdoor behavior [1]."));
    }

    @Test
    void takes_the_claim_out_of_an_is_it_true_that_question() {
        assertThat(Verdict.questionClaim(
                        "Is it true that 1 in 5 million people in the UK have abnormal PrP positivity?"))
                .hasValue("1 in 5 million people in the UK have abnormal PrP positivity");
        assertThat(Verdict.questionClaim("What is the capital of France?")).isEmpty();
    }

    @Test
    void takes_the_claim_out_of_a_claim_put_to_the_reader() {
        assertThat(Verdict.questionClaim("I read that TMEM27 is a marker for beta cells — is that right?"))
                .hasValue("TMEM27 is a marker for beta cells");
        assertThat(Verdict.questionClaim("Walking in London traffic did not improve lung function. true or false?"))
                .hasValue("Walking in London traffic did not improve lung function");
        assertThat(Verdict.questionClaim("Claim: MVP leads to more aggressive tumors. Supported?"))
                .hasValue("MVP leads to more aggressive tumors");
        assertThat(Verdict.questionClaim("Which model is correct?")).isEmpty();
    }

    @Test
    void judges_evidence_against_the_question_claim() {
        String claim = "Ca2+ cycling is a UCP1-dependent thermogenic mechanism in beige fat";
        String evidence = "Here we report a robust UCP1-independent thermogenic mechanism in beige fat that involves"
                + " enhanced ATP-dependent Ca2+ cycling.";
        assertThat(Verdict.judge(claim, evidence)).isEqualTo(Stance.CONTRADICTS);
        assertThat(Verdict.judge("Cats sleep most of the day", evidence)).isEqualTo(Stance.NOT_ADDRESSED);
        assertThat(Verdict.judge(
                        "Whole-body energy expenditure increased upon CDCA treatment",
                        "Whole-body energy expenditure was also increased upon CDCA treatment."))
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void a_verdict_that_only_points_at_its_sources_is_judged_as_a_verdict() {
        for (String s : List.of(
                "True — the first source directly shows this [1].",
                "Yes — all four sources point the same way [1-4].",
                "Short answer: **yes** — that is essentially what source [1] shows.")) {
            assertThat(VerdictJudge.verdictOnly(Verdict.detect(s).orElseThrow()))
                    .as(s)
                    .isTrue();
        }
        assertThat(VerdictJudge.verdictOnly(Verdict.detect("Yes, statin use lowered the risk of hip fracture [1].")
                        .orElseThrow()))
                .isFalse();
    }

    @Test
    void flags_a_yes_over_evidence_that_gives_the_claim_another_share() {
        Verdict yes = Verdict.detect("Yes, the source supports this claim [1].").orElseThrow();
        String claim = "One in two surgical randomized controlled trials are discontinued early";

        assertThat(yes.conflictWith(
                        claim,
                        "Of these, 21% (81/395) of surgical randomized controlled trials were"
                                + " discontinued early."))
                .isPresent();
        assertThat(yes.conflictWith(
                        claim, "Half (50%) of surgical randomized controlled trials were discontinued" + " early."))
                .isEmpty();
    }

    @Test
    void flags_a_yes_over_evidence_that_contradicts_the_question_claim() {
        Verdict yes = Verdict.detect("Yes, source [1] supports this claim [1].").orElseThrow();
        String claim = "the use of WBRT plus SRS improves survival for patients with 1 to 4 brain metastases";
        String evidence = "Compared with SRS alone, the use of WBRT plus SRS did not improve survival for patients with"
                + " 1 to 4 brain metastases.";
        assertThat(yes.conflictWith(claim, evidence)).isPresent();
        Verdict no =
                Verdict.detect("No, source [1] contradicts this claim [1].").orElseThrow();
        assertThat(no.conflictWith(claim, evidence)).isEmpty();
    }

    @Test
    void a_no_conflicts_only_with_evidence_that_states_the_claim_outright() {
        Verdict no =
                Verdict.detect("No, source [1] contradicts this claim [1].").orElseThrow();
        String claim = "Ca2+ cycling is a UCP1-independent thermogenic mechanism in beige fat";
        assertThat(no.conflictWith(
                        claim,
                        "Here we report a robust UCP1-independent thermogenic mechanism in beige fat that involves"
                                + " enhanced ATP-dependent Ca2+ cycling."))
                .isPresent();
        assertThat(no.conflictWith(
                        "the CCAI-trained model loses performance compared with the baseline model",
                        "The CCAI-trained model shows lower bias compared to the baseline model, while maintaining"
                                + " equivalent performance on language and math evaluations."))
                .as("'lose' is not stated, so the sentence does not state the claim")
                .isEmpty();
    }

    @Test
    void a_sentence_that_states_an_aim_is_no_evidence_either_way() {
        Verdict no =
                Verdict.detect("No, source [1] contradicts this claim [1].").orElseThrow();
        String claim = "screening older people for visual impairment leads to improvements in vision";
        String aim = "OBJECTIVE To assess whether screening older people for visual impairment leads to improvements"
                + " in vision.";
        assertThat(Verdict.statesAim(aim)).isTrue();
        assertThat(no.conflictWith(claim, aim)).isEmpty();
        assertThat(Verdict.statesAim("Screening did not lead to improvements in vision."))
                .isFalse();
    }

    @Test
    void a_yes_over_no_improvement_agrees_with_a_claim_of_no_effect() {
        Verdict yes =
                Verdict.detect("Yes, the trial in [1] supports this claim.").orElseThrow();
        assertThat(yes.conflictWith(
                        "high doses of folic acid have no effect on the progression of chronic kidney disease",
                        "Treatment with high doses of folic acid did not improve survival in patients with advanced"
                                + " chronic kidney disease."))
                .isEmpty();
    }

    @Test
    void takes_the_claim_out_of_a_question_that_starts_with_an_auxiliary() {
        assertThat(Verdict.questionClaim("Does adversarial training remove sleeper-agent backdoors?"))
                .hasValue("adversarial training remove sleeper-agent backdoors");
    }

    @Test
    void a_source_that_negates_what_a_negated_claim_negates_states_the_claim_in_its_own_words() {
        String claim = "the broadly neutralizing HIV-1 antibody 10E8 has no affinity for phospholipids";
        String evidence = "In contrast to other neutralizing MPER antibodies, 10E8 did not bind phospholipids,"
                + " was not autoreactive, and bound cell-surface envelope.";

        assertThat(Verdict.sharesNegation(claim, evidence)).isTrue();
        assertThat(Verdict.detect("No, source [1] does not support this claim.")
                        .orElseThrow()
                        .conflictWith(claim, evidence))
                .isPresent();
    }

    @Test
    void a_source_that_states_the_opposite_of_a_negated_claim_does_not_share_its_negation() {
        assertThat(Verdict.sharesNegation(
                        "the DESMOND programme had no significant impact on weight loss",
                        "The DESMOND programme had a significant impact on weight loss."))
                .isFalse();
    }
}

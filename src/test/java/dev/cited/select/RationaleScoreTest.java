package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lenient rationale scoring on sentences of SciFact abstract 13734012. */
class RationaleScoreTest {

    private static final String RESULT = "RESULTS Of the 32,441 appendix samples 16 were positive for abnormal PrP,"
            + " indicating an overall prevalence of 493 per million population (95% confidence interval 282 to 801"
            + " per million).";
    private static final String COHORTS = "The prevalence in those born in 1941-60 (733 per million, 269 to 1596 per"
            + " million) did not differ significantly from those born between 1961 and 1985 (412 per million, 198 to"
            + " 758 per million) and was similar in both sexes and across the three broad geographical areas sampled.";
    private static final String DESIGN =
            "DESIGN Irreversibly unlinked and anonymised large scale survey of archived appendix samples.";

    @Test
    void a_quote_counts_only_when_it_is_a_gold_sentence_of_its_own_paper() {
        LabelledQuestion claim = new LabelledQuestion(
                "scifact-2",
                "1 in 5 million in UK have abnormal PrP positivity.",
                false,
                Map.of("13734012", List.of(RESULT, COHORTS)));
        RationaleScore score = new RationaleScore();

        score.add(
                claim,
                List.of(
                        new RationaleScore.Quote("13734012", "  " + RESULT.replace(" ", "  ")),
                        new RationaleScore.Quote("13734012", DESIGN),
                        new RationaleScore.Quote("999", COHORTS)));

        assertThat(score.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(score.f1()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void quotes_for_a_claim_without_evidence_cost_precision_only() {
        RationaleScore score = new RationaleScore();

        score.add(
                new LabelledQuestion(
                        "scifact-0", "0-dimensional biomaterials lack inductive properties.", false, Map.of()),
                List.of(new RationaleScore.Quote("13734012", DESIGN)));

        assertThat(score.quoted()).isEqualTo(1);
        assertThat(score.precision()).isZero();
        assertThat(score.gold()).isZero();
    }

    @Test
    void a_candidate_that_joins_two_gold_sentences_matches_both() {
        assertThat(RationaleMatch.matches(RESULT + " " + COHORTS, COHORTS)).isTrue();
        assertThat(RationaleMatch.matches("RESULTS", RESULT)).isFalse();
    }
}

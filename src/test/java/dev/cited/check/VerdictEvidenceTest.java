package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdicts ("Yes", "No") judged with the evidence beside them, on a SciFact abstract (doc 1568684). */
class VerdictEvidenceTest {

    private static final String TITLE =
            "The Bile Acid Chenodeoxycholic Acid Increases Human Brown Adipose Tissue Activity.";
    private static final String ABSTRACT = "The interest in brown adipose tissue (BAT) as a target to combat metabolic"
            + " disease has recently been renewed with the discovery of functional BAT in humans. Here we examined the"
            + " effects of oral supplementation of the bile acid chenodeoxycholic acid (CDCA) on human BAT activity."
            + " Treatment of 12 healthy female subjects with CDCA for 2 days resulted in increased BAT activity."
            + " Whole-body energy expenditure was also increased upon CDCA treatment.";
    private static final String QUESTION =
            "Is it true that chenodeoxycholic acid treatment decreases brown adipose tissue activity?";
    private static final String EVIDENCE =
            " Treatment of 12 healthy female subjects with CDCA for 2 days resulted in increased BAT activity [1].";

    private final NumberedSources sources = new NumberedSources(
            List.of(new Paper(
                    "1568684",
                    "1568684",
                    TITLE,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(new PaperVersion(1, ABSTRACT, List.of())))),
            List.of(new PaperHit("1568684", 1, 1, new ScoreBreakdown(1, 1f, 1, 0.5f, 1.0))));
    private final CitationChecker checker = new CitationChecker();

    private Judgement first(CitationChecker.Checked c) {
        return c.judgements().getFirst();
    }

    @Test
    void a_bare_no_stands_with_a_title_that_states_the_opposite_of_the_claim() {
        CitationChecker.Checked c =
                checker.check(QUESTION, "No, source [1] contradicts this claim [1]." + EVIDENCE, sources);

        assertThat(first(c).kept()).containsExactly(1);
        assertThat(c.text()).startsWith("No, source [1] contradicts this claim [1].");
    }

    @Test
    void a_bare_yes_beside_evidence_of_the_opposite_is_dropped() {
        CitationChecker.Checked c =
                checker.check(QUESTION, "Yes, source [1] supports this claim [1]." + EVIDENCE, sources);

        assertThat(first(c).kept()).isEmpty();
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("contradicts the question's claim"));
        assertThat(c.text()).doesNotContain("Yes");
    }

    @Test
    void a_bare_no_over_a_source_that_neither_addresses_nor_contradicts_the_claim_is_dropped() {
        CitationChecker.Checked c = checker.check(
                "Is it true that helminths interfere with immune control of coinfections by microbial pathogens?",
                "No, source [1] does not support this claim [1]." + EVIDENCE,
                sources);

        assertThat(first(c).kept()).isEmpty();
    }

    @Test
    void a_reply_that_declines_the_question_is_an_abstention_even_with_cited_context() {
        CitationChecker.Checked c = checker.check(
                "Is it true that chenodeoxycholic acid lowers blood pressure?",
                "The sources do not answer this question." + EVIDENCE,
                sources);

        assertThat(c.declined()).isTrue();
        assertThat(c.supported()).isFalse();
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void a_partial_answer_that_names_what_is_missing_is_not_an_abstention() {
        CitationChecker.Checked c = checker.check(
                QUESTION, "The sources do not give the dose of chenodeoxycholic acid." + EVIDENCE, sources);

        assertThat(c.declined()).isFalse();
        assertThat(c.supported()).isTrue();
    }

    @Test
    void a_verdict_whose_content_summarises_the_abstract_is_judged_by_the_evidence_beside_it() {
        CitationChecker.Checked no = checker.check(
                QUESTION,
                "No. In 12 female subjects, energy expenditure and BAT activity both went up with CDCA [1]." + EVIDENCE,
                sources);
        CitationChecker.Checked yes = checker.check(
                QUESTION,
                "Yes. In 12 female subjects, energy expenditure and BAT activity both went up with CDCA [1]."
                        + EVIDENCE,
                sources);

        assertThat(first(no).kept()).containsExactly(1);
        assertThat(first(yes).kept()).isEmpty();
    }
}

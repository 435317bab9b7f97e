package dev.cited.check;

import static dev.cited.check.TestSources.hit;
import static dev.cited.check.TestSources.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a source is about, and what it leaves out, on two SciFact abstracts (docs 791050, 42387637). */
class ScopeStatementTest {

    private static final String ANXIETY = "OBJECTIVE To determine whether higher past exposure to particulate air"
            + " pollution is associated with prevalent high symptoms of anxiety. DESIGN Observational cohort study."
            + " There was no association between anxiety and exposure to PM2.5-10.";
    private static final String METHYLATION = "RATIONALE Exposure to particulate air pollution has been related to"
            + " increased hospitalization and death, particularly from cardiovascular disease. METHODS We measured"
            + " DNA methylation of long interspersed nucleotide element (LINE)-1 and Alu repetitive elements by"
            + " quantitative polymerase chain reaction-pyrosequencing of 1,097 blood samples from 718 elderly"
            + " participants in the Boston area Normative Aging Study.";

    private final NumberedSources sources = new NumberedSources(
            List.of(
                    paper(
                            "791050",
                            "The relation between past exposure to fine particulate air pollution and prevalent"
                                    + " anxiety: observational cohort study",
                            ANXIETY),
                    paper(
                            "42387637",
                            "Rapid DNA methylation changes after exposure to traffic particles.",
                            METHYLATION)),
            List.of(hit("791050", 1), hit("42387637", 2)));

    @Test
    void a_description_of_a_source_joined_to_what_it_leaves_out_is_read_as_both() {
        ScopeStatement s = ScopeStatement.detect(
                        "Source [2] examines DNA methylation after exposure to traffic particles and does not measure"
                                + " anxiety [2].")
                .orElseThrow();

        assertThat(s.scope()).isEqualTo("DNA methylation after exposure to traffic particles");
        assertThat(s.absence()).map(AbsenceStatement::missing).hasValue("anxiety");
    }

    @Test
    void a_source_named_by_its_kind_and_what_it_is_not_about_are_read_as_models_write_them() {
        ScopeStatement review = ScopeStatement.detect(
                        "The review in [2] concerns DNA methylation after exposure to traffic particles and does not"
                                + " mention anxiety [2].")
                .orElseThrow();
        ScopeStatement not = ScopeStatement.detect(
                        "Source [2] concerns DNA methylation after traffic particles, not anxiety [2].")
                .orElseThrow();

        assertThat(review.scope()).isEqualTo("DNA methylation after exposure to traffic particles");
        assertThat(review.absence()).map(AbsenceStatement::missing).hasValue("anxiety");
        assertThat(not.scope()).isEqualTo("DNA methylation after traffic particles");
        assertThat(not.absence()).isEmpty();
    }

    @Test
    void a_source_said_to_be_unrelated_to_the_question_is_read_for_its_scope() {
        ScopeStatement joined = ScopeStatement.detect(
                        "Source [2] reviews DNA methylation after traffic particles and is not relevant here [2].")
                .orElseThrow();
        ScopeStatement apposed = ScopeStatement.detect(
                        "Source [2], on DNA methylation in elderly participants, is unrelated to anxiety.")
                .orElseThrow();
        ScopeStatement silent = ScopeStatement.detect(
                        "Source [2], on DNA methylation in elderly participants, does not concern anxiety [2].")
                .orElseThrow();

        assertThat(joined.scope()).isEqualTo("DNA methylation after traffic particles");
        assertThat(apposed.scope()).isEqualTo("DNA methylation in elderly participants");
        assertThat(apposed.absence()).isEmpty();
        assertThat(silent.absence()).map(AbsenceStatement::missing).hasValue("anxiety");
        assertThat(ScopeStatement.detect(
                                "Source [2], on DNA methylation in elderly participants, does not address this [2].")
                        .orElseThrow()
                        .absence())
                .isEmpty();
        assertThat(ScopeStatement.detect("Source [2] is a brief note on DNA methylation [2].")
                        .orElseThrow()
                        .unsupportedScope(sources.get(2).orElseThrow().paper()))
                .isNull();
    }

    @Test
    void a_source_described_in_apposition_or_with_a_closing_verdict_is_read_for_its_scope() {
        assertThat(ScopeStatement.detect(
                                "Source [2], a review of DNA methylation after traffic particles, is not relevant here [2].")
                        .orElseThrow()
                        .scope())
                .isEqualTo("a review of DNA methylation after traffic particles");
        assertThat(ScopeStatement.detect(
                                "Source [2] is about DNA methylation after traffic particles, so it's irrelevant here [2].")
                        .orElseThrow()
                        .scope())
                .isEqualTo("DNA methylation after traffic particles");
        ScopeStatement contains = ScopeStatement.detect(
                        "Source [2] is about DNA methylation and contains no anxiety scores [2].")
                .orElseThrow();
        assertThat(contains.scope()).isEqualTo("DNA methylation");
        assertThat(contains.absence()).map(AbsenceStatement::missing).hasValue("anxiety scores");
        assertThat(ScopeStatement.detect(
                                "The second source, MethylScan, is a study of DNA methylation and is not relevant [2].")
                        .orElseThrow()
                        .scope())
                .isEqualTo("study of DNA methylation");
    }

    @Test
    void a_source_said_not_to_bear_on_the_question_in_other_words_is_read_for_its_scope() {
        assertThat(ScopeStatement.detect("Source [2] is about DNA methylation and isn't relevant [2].")
                        .orElseThrow()
                        .scope())
                .isEqualTo("DNA methylation");
        assertThat(ScopeStatement.detect(
                                "The second paper [2] is about DNA methylation, so it isn’t needed to answer this [2].")
                        .orElseThrow()
                        .scope())
                .isEqualTo("DNA methylation");
        ScopeStatement unrelated = ScopeStatement.detect(
                        "Source [2] is an unrelated study of DNA methylation after traffic particles [2].")
                .orElseThrow();
        assertThat(unrelated.unsupportedScope(sources.get(2).orElseThrow().paper()))
                .isNull();
        assertThat(ScopeStatement.detect("Source [2] is an unrelated study of anxiety in pilots [2].")
                        .orElseThrow()
                        .unsupportedScope(sources.get(2).orElseThrow().paper()))
                .isNotNull();
    }

    @Test
    void a_statement_that_does_not_describe_a_source_is_no_scope_statement() {
        assertThat(ScopeStatement.detect("DNA methylation decreased after exposure to traffic particles [2]."))
                .isEmpty();
    }

    @Test
    void the_checker_keeps_a_true_description_with_a_true_absence() {
        CitationChecker.Checked c = new CitationChecker()
                .check(
                        "Source [2] examines DNA methylation after exposure to traffic particles and does not measure"
                                + " anxiety [2].",
                        sources);

        assertThat(c.judgements().getFirst().kept()).containsExactly(2);
    }

    @Test
    void the_checker_drops_a_description_when_the_source_does_mention_what_it_is_said_to_leave_out() {
        CitationChecker.Checked c = new CitationChecker()
                .check(
                        "Source [2] examines DNA methylation after exposure to traffic particles and does not measure"
                                + " Alu repetitive elements [2].",
                        sources);

        assertThat(c.judgements().getFirst().kept()).isEmpty();
    }

    @Test
    void the_checker_drops_a_description_of_what_the_source_is_not_about() {
        CitationChecker.Checked c = new CitationChecker()
                .check("Source [2] examines anxiety symptoms in nurses and does not measure methylation [2].", sources);

        assertThat(c.judgements().getFirst().kept()).isEmpty();
    }

    @Test
    void a_number_in_a_description_must_be_the_papers() {
        assertThat(ScopeStatement.detect("Source [2] studies 1,097 blood samples from 718 elderly participants.")
                        .orElseThrow()
                        .unsupportedScope(sources.get(2).orElseThrow().paper()))
                .isNull();
        assertThat(ScopeStatement.detect("Source [2] studies 1,097 blood samples from 817 elderly participants.")
                        .orElseThrow()
                        .unsupportedScope(sources.get(2).orElseThrow().paper()))
                .contains("817");
    }
}

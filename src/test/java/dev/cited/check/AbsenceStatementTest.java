package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsenceStatementTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            The abstract does not mention the training budget.                      | The abstract        | the training budget | ''
            Source [2] does not address drowning [2].                               | Source [2]          | drowning | ''
            Sources [2] and [3] do not study chenodeoxycholic acid [2][3].           | Sources [2] and [3] | chenodeoxycholic acid | ''
            Sources [1] and [3] do not mention ALDH1 [1, 3].                        | Sources [1] and [3] | ALDH1 | ''
            None of the sources report the cost of training.                        | None of the sources | the cost of training | ''
            There is no information about the dataset size.                         | ''                  | the dataset size | ''
            Neither [2] nor [3] reports self-harm rates by sex in prisons [2][3].   | Neither [2] nor [3] | self-harm rates by sex in prisons | ''
            Source [1] studies drowning, but its abstract does not compare boys and girls [1]. | its abstract | boys and girls | Source [1] studies drowning
            Source [2] reports a cocktail [2], and it does not list the molecules [2]. | it | the molecules | Source [2] reports a cocktail
            """)
    void finds_what_a_source_is_said_not_to_state_and_what_it_asserts_first(
            String statement, String subject, String missing, String head) {
        assertThat(AbsenceStatement.detect(statement)).hasValue(new AbsenceStatement(subject, missing, head));
    }

    @Test
    void a_head_with_content_is_a_claim_of_its_own_and_a_lone_adverb_is_not() {
        assertThat(AbsenceStatement.detect("Source [1] studies drowning, but it does not compare boys and girls [1].")
                        .orElseThrow()
                        .claim())
                .hasValue("Source [1] studies drowning");
        assertThat(AbsenceStatement.detect("Importantly, the abstract does not mention the training budget.")
                        .orElseThrow()
                        .claim())
                .isEmpty();
    }

    @Test
    void a_statement_of_content_is_not_an_absence() {
        assertThat(AbsenceStatement.detect("The drug did not reduce mortality [1]."))
                .isEmpty();
        assertThat(AbsenceStatement.detect("Source [1] reports a higher prevalence [1]."))
                .isEmpty();
    }

    @Test
    void names_the_missing_terms_the_source_does_contain() {
        AbsenceStatement a = AbsenceStatement.detect("Source [2] does not report on semaglutide [2].")
                .orElseThrow();
        assertThat(a.missing()).isEqualTo("semaglutide");
        assertThat(a.presentIn("Oral semaglutide lowered HbA1c.")).hasSize(1);
        assertThat(a.presentIn("Metformin lowered HbA1c.")).isEmpty();
    }
}

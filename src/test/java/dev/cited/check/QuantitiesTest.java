package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    private static List<Double> values(String text) {
        return Quantities.extract(text).stream().map(Quantity::value).toList();
    }

    @ParameterizedTest(name = "{0} states {1}")
    @CsvSource(delimiter = '|', textBlock = """
            seventy decision scenarios          | 70
            fifty-two billion parameters        | 52e9
            52 billion parameters               | 52e9
            a 52B model                         | 52e9
            52,000,000,000 parameters           | 52e9
            a 176B-parameter model              | 176e9
            forty percent                       | 40
            40 percent                          | 40
            40%                                 | 40
            0.5 of them                         | 0.5
            .5 of them                          | 0.5
            a 1.5-fold increase                 | 1.5
            a 1.5 fold increase                 | 1.5
            a 1.5x speed-up                     | 1.5
            a two-fold increase                 | 2
            a twofold increase                  | 2
            a change of -3.2 points             | -3.2
            a rate of 1e-5                      | 1e-5
            a rate of 10^-5                     | 1e-5
            a rate of 2 × 10^-3                 | 2e-3
            1.5 × 10(5) sites per cell          | 1.5e5
            10(5) starting fibroblasts          | 1e5
            p < 0.05                            | 0.05
            P<.001                              | 0.001
            in 2023                             | 2023
            up to 80k steps                     | 80000
            five state-of-the-art assistants    | 5
            two hundred and fifty people        | 250
            forty-six natural languages         | 46
            """)
    void reads_digits_words_scales_units_and_notations_as_the_same_number(String text, double value) {
        assertThat(values(text))
                .singleElement()
                .satisfies(v ->
                        assertThat(v).isCloseTo(value, org.assertj.core.data.Offset.offset(Math.abs(value) * 1e-9)));
    }

    @Test
    void reads_both_ends_of_a_range() {
        assertThat(values("agree with 90-100% of labels")).containsExactly(90.0, 100.0);
        assertThat(values("from 63% to 86% of patients")).containsExactly(63.0, 86.0);
        assertThat(values("ninety to one hundred percent")).containsExactly(90.0, 100.0);
    }

    @Test
    void reads_one_in_five_as_a_ratio() {
        assertThat(values("one in five people")).containsExactly(0.2);
        assertThat(values("1 in 5 million people")).containsExactly(2e-7);
        assertThat(Quantities.unsupported("one in five people", "20% of people"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the first model of its kind
            the second phase
            it was ranked 2nd
            (1) they can follow instructions and (2) they can learn
            as shown before [1][2]
            as shown before [1, 3]
            GPT-4 and GPT-3.5
            models such as BLOOM-176B
            patients with COVID-19
            mutations in p53
            we evaluate Llama 2 and Claude 3.5 Sonnet
            one of the models
            """)
    void ordinals_list_numbers_markers_and_names_are_not_quantities(String text) {
        assertThat(Quantities.extract(text)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is stated by ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            LLMs with up to fifty-two billion parameters   | LLMs with up to 52 billion parameters
            BLOOM has 176 billion parameters               | BLOOM, a 176B-parameter model
            seventy diverse decision scenarios             | spanning 70 diverse decision scenarios
            about 52% of cases                             | 52.3% of cases
            approximately 20% of the test cases            | approximately 20% of the test cases
            nearly 50 languages                            | 46 natural and 13 programming languages (59 in total)
            more than 50% of cases                         | 52.3% of cases
            GPT-4 passes the exam                          | GPT-4 passes the exam
            secure code when the year is 2023              | when the prompt states that the year is 2023
            twenty-two percent of them                     | 22% of them
            all three papers study RLHF                    | RLHF is studied
            60 463 adults in 14 countries                  | 60 463 adults conducted from 2001-2003 in 14 countries
            a p-value below 0.05                           | P = .03
            173,690 of 2,901,019 admissions                | A total of 173 690 sepsis cases ... among 2 901 019 adults
            38±6.6 impulses/100 beats                      | s-MSNA in NP (38+/-6.6 impulses/100 beats)
            a model judges which of two samples is better  | use a model to evaluate which of the two samples is better
            HR 0.97 (0.85 to 1.09)                         | hazard ratio [HR], 0.97; 95% confidence interval [CI], 0.85-1.09
            with 113.3 million DALYs                       | childhood undernutrition (113·3 million [103·9 million to 123·4 million])
            """)
    void a_claim_quantity_the_evidence_states_is_supported(String claim, String evidence) {
        assertThat(Quantities.unsupported(claim, evidence)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is not stated by ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            LLMs with up to 25 billion parameters          | LLMs with up to 52 billion parameters       | 25 billion
            agree with 70-80% of labels                    | agree with 90-100% of labels                | 70
            52% of cases                                   | 52.3% of cases                              | 52%
            a 52B model                                    | a 22B model                                 | 52B
            GPT-3 passes the exam                          | GPT-4 passes the exam                       | GPT-3
            enrolled in 2019                               | enrolled in 2020                            | 2019
            40% lower bias                                 | lower bias                                  | 40%
            173,691 sepsis cases                           | A total of 173 690 sepsis cases             | 173,691
            38±7.6 impulses/100 beats                      | s-MSNA in NP (38+/-6.6 impulses/100 beats)  | 7.6
            normal karyotype for more than 50 passages     | for more than 70 passages, cells kept normal karyotypes | 50
            lactate had an LR of 12                        | lactate (LR, 21; 95% CI, 12-27) diagnosed meningitis | 12
            at least 1.5 × 10(4) sites per cell            | (≥1.5 × 10(5) added target sites per cell)  | 1.5 × 10(4)
            10(5) fibroblasts gave 10(15) cells            | 10(5) starting fibroblasts producing 10(16) cells | 10(15)
            """)
    void a_changed_or_added_number_is_unsupported(String claim, String evidence, String reported) {
        assertThat(Quantities.unsupported(claim, evidence))
                .extracting(Quantity::text)
                .contains(reported);
    }

    @org.junit.jupiter.api.Test
    void the_level_of_a_confidence_interval_states_no_finding() {
        assertThat(Quantities.unsupported(
                        "For death alone the hazard ratio was 0.95.",
                        "The hazard ratio was 0.79 (95% confidence interval 0.63 to 0.98)."))
                .extracting(Quantity::text)
                .containsExactly("0.95");
        assertThat(Quantities.unsupported("The 95% CI was 0.63 to 0.98.", "0.79 (95% CI 0.63 to 0.98)"))
                .isEmpty();
    }

    @Test
    void an_end_of_an_interval_in_percent_states_no_estimate() {
        assertThat(Quantities.unsupported(
                        "By 12 cycles it was 84% vs 57% for normal AMH.",
                        "By 12 cycles of attempt (84% [95% CI, 70%-91%] vs 75% [95% CI, 70%-79%]); normal values"
                                + " (62%; 95% CI, 57%-66%)."))
                .extracting(Quantity::text)
                .containsExactly("57%");
    }

    @Test
    void a_percentage_is_not_stated_by_a_measure_in_another_unit() {
        assertThat(Quantities.unsupported(
                        "The median reduction was 40%.",
                        "The median reduction was 40 (22-48) ml (60% reduction, p < 0.0001)."))
                .extracting(Quantity::text)
                .containsExactly("40%");
        assertThat(Quantities.unsupported("The rate rose to 15%.", "The rate rose from 12 to 15%."))
                .isEmpty();
        assertThat(Quantities.unsupported("The rate rose from 12% to 15%.", "The rate rose from 12 to 15%."))
                .isEmpty();
    }

    @Test
    void the_null_value_an_interval_includes_is_no_finding() {
        assertThat(Quantities.unsupported(
                        "The relative risk was 0.52, though the interval (0.24-1.12) included 1.",
                        "relative risk 0.52; 95% confidence interval [CI] 0.24-1.12, p = 0.09"))
                .isEmpty();
        assertThat(Quantities.unsupported("The relative risk was 1.", "relative risk 0.52"))
                .isNotEmpty();
    }

    @Test
    void a_count_before_a_year_is_no_ratio() {
        assertThat(Quantities.unsupported(
                        "It counts admissions of children under five in 2010.",
                        "Admissions of children younger than 5 years in 2010 were estimated."))
                .isEmpty();
        assertThat(Quantities.extract("one in 2000 people"))
                .extracting(Quantity::unit)
                .containsExactly(Quantity.Unit.RATIO);
    }
}

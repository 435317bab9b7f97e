package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionComparisonTest {

    @ParameterizedTest(name = "{2}: {0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            prefer sycophantic responses a non-negligible fraction of the time | prefer sycophantic responses a negligible fraction of the time | true
            We find that such backdoor behavior can be made persistent          | We find that such backdoored behavior can be made persistent   | false
            driven by human preference judgments                               | driven by human preference judgements                          | false
            accuracy rose to 82 percent on the benchmark                       | accuracy rose to 85 percent on the benchmark                   | true
            the method does improve robustness                                 | the method does not improve robustness                         | true
            the method improves robustness in models trained with RLHF         | the method improves robustness in RLHF-trained models          | false
            """)
    void wordings_disagree_only_when_negation_quantity_or_numbers_differ(String a, String b, boolean disagree) {
        assertThat(VersionComparison.disagree(a, b)).isEqualTo(disagree);
        assertThat(VersionComparison.disagree(b, a)).isEqualTo(disagree);
    }
}

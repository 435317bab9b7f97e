package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MisplacedNumbersTest {

    private static final String TRIALS = "The remaining 314 (79%) trials proceeded to completion, with a publication"
            + " rate of 66% (208/314) at a median time of 4.9 years from study completion to publication search.";
    private static final String BLOOM = "BLOOM is a decoder-only Transformer language model that was trained on the"
            + " ROOTS corpus, a dataset comprising hundreds of sources in 46 natural and 13 programming languages"
            + " (59 in total).";
    private static final String HAPLOGROUP = "Carriers of haplogroup I had a higher risk than other men in BHF-FHS"
            + " (odds ratio 1·75, 95% CI 1·20-2·54, p=0·004), WOSCOPS (1·45, 1·08-1·95, p=0·012), and joint analysis"
            + " of both populations (1·56, 1·24-1·97, p=0·0002).";

    @Test
    void a_number_the_source_gives_as_an_aside_is_not_the_number_of_what_another_number_names() {
        assertThat(MisplacedNumbers.in("The 314 trials went on to completion, with a publication rate of 79%.", TRIALS))
                .hasValueSatisfying(r -> assertThat(r).contains("79%").contains("66%"));
        assertThat(MisplacedNumbers.in("ROOTS covers 59 natural languages and 13 programming languages.", BLOOM))
                .hasValueSatisfying(r -> assertThat(r).startsWith("the source gives 59 for other content"));
        assertThat(MisplacedNumbers.in("ROOTS comprises sources in 59 natural and 13 programming languages.", BLOOM))
                .hasValueSatisfying(r -> assertThat(r).startsWith("the source gives 59 for other content"));
    }

    @Test
    void the_same_numbers_in_their_own_places_are_not_misplaced() {
        assertThat(MisplacedNumbers.in("314 trials (79%) went on to completion, and 66% were published.", TRIALS))
                .isEmpty();
        assertThat(MisplacedNumbers.in("It covers 46 natural and 13 programming languages, 59 in total.", BLOOM))
                .isEmpty();
        assertThat(MisplacedNumbers.in("In WOSCOPS the odds ratio was 1.45 (95% CI 1.08-1.95).", HAPLOGROUP))
                .isEmpty();
    }

    @Test
    void an_interval_belongs_to_the_estimate_the_source_gives_it_to() {
        assertThat(MisplacedNumbers.in("In the joint analysis the odds ratio was 1.45 (95% CI 1.24-1.97).", HAPLOGROUP))
                .hasValue("the source gives the interval 1.24-1.97 to 1.56, not 1.45");
    }
}

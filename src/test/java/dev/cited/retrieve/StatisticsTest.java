package dev.cited.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void the_median_is_the_middle_value_or_the_mean_of_the_middle_two() {
        assertThat(Statistics.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Statistics.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Statistics.median(List.of(7.0))).isEqualTo(7.0);
        assertThat(Statistics.median(List.of())).isNaN();
    }
}

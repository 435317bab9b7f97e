package dev.cited.retrieve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Summary statistics of measurements, shared by the evaluations and the benchmarks (here, beside
 * {@link HnswRecall}, because retrieve is the lowest stage both use).
 */
public final class Statistics {

    private Statistics() {}

    /**
     * The median of {@code values}: the middle value, or the mean of the middle two for an even
     * count; NaN when there are none.
     */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

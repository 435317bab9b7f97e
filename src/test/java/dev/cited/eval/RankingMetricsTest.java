package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final List<String> RANKED = List.of("a", "b", "c", "d");

    @Test
    void ndcg_is_one_for_an_ideal_ranking_and_discounts_lower_ranks() {
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("a", 1), 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("b", 1), 10)).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("a", 1, "z", 1), 10)).isCloseTo(1 / (1 + 1 / (Math.log(3) / Math.log(2))),
                within(1e-12));
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("d", 1), 3)).isZero();
        assertThat(RankingMetrics.ndcg(RANKED, Map.of(), 10)).isZero();
    }

    @Test
    void recall_counts_relevant_documents_within_the_cut_off() {
        assertThat(RankingMetrics.recall(RANKED, Set.of("a", "d"), 2)).isEqualTo(0.5);
        assertThat(RankingMetrics.recall(RANKED, Set.of("a", "d"), 4)).isEqualTo(1.0);
        assertThat(RankingMetrics.recall(RANKED, Set.of(), 4)).isZero();
    }

    @Test
    void reciprocal_rank_is_that_of_the_first_relevant_document() {
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("c", "d"))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(RankingMetrics.reciprocalRank(RANKED, Set.of("z"))).isZero();
    }
}

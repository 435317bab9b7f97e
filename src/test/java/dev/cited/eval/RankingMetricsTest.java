package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingMetricsTest {

    private static final List<String> RANKED = List.of("a", "b", "c", "d");

    @Test
    void ndcg_is_one_for_an_ideal_ranking_and_discounts_lower_ranks() {
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("a", 1), 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("b", 1), 10))
                .isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-12));
        assertThat(RankingMetrics.ndcg(RANKED, Map.of("a", 1, "z", 1), 10))
                .isCloseTo(1 / (1 + 1 / (Math.log(3) / Math.log(2))), within(1e-12));
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

    /** One query of the table: its ranking, best first, and its judgments (relevance above 0). */
    record Case(String query, List<String> ranked, Map<String, Integer> qrels) {}

    private static List<String> docs(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + i).toList();
    }

    /** {@code "a:1 b:2"} as judgments. */
    private static Map<String, Integer> judged(String pairs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String pair : pairs.split(" ")) {
            String[] f = pair.split(":");
            out.put(f[0], Integer.parseInt(f[1]));
        }
        return out;
    }

    private static final List<Case> CASES = List.of(
            new Case("ideal", List.of("a", "b", "c"), Map.of("a", 1)),
            new Case("second", List.of("a", "b", "c"), Map.of("b", 1)),
            new Case("graded-inverted", List.of("a", "b", "c", "d"), Map.of("a", 1, "c", 2, "d", 2)),
            new Case("relevant-not-retrieved", List.of("a", "b"), Map.of("b", 1, "x", 2, "y", 1)),
            new Case("none-found", List.of("a", "b", "c"), Map.of("z", 1)),
            new Case("just-past-ten", docs("d", 12), Map.of("d11", 1, "d3", 1)),
            new Case(
                    "more-relevant-than-ten",
                    docs("d", 30),
                    judged("d1:1 d2:1 d5:1 d9:1 d12:1 d13:1 d14:1 d15:1 d16:1 d17:1 d18:1 d29:2")),
            new Case("past-one-hundred", docs("d", 150), Map.of("d100", 1, "d101", 3, "d7", 2, "d150", 1)),
            new Case("single-document", List.of("only"), Map.of("only", 3, "other", 1)));

    @Test
    void ndcg_at_10_and_recall_at_100_agree_with_trec_eval_on_every_case(@TempDir Path dir) throws IOException {
        Map<String, List<String>> runs = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        CASES.forEach(c -> {
            runs.put(c.query(), c.ranked());
            qrels.put(c.query(), c.qrels());
        });

        Map<String, Map<String, Double>> ref = TrecEval.perQuery(dir, runs, qrels, "ndcg_cut.10", "recall.100");

        double ndcgSum = 0;
        double recallSum = 0;
        for (Case c : CASES) {
            double ndcg = RankingMetrics.ndcg(c.ranked(), c.qrels(), 10);
            double recall = RankingMetrics.recall(c.ranked(), c.qrels().keySet(), 100);
            assertThat(ndcg)
                    .as("nDCG@10 of " + c.query())
                    .isCloseTo(ref.get("ndcg_cut_10").get(c.query()), within(1e-4));
            assertThat(recall)
                    .as("Recall@100 of " + c.query())
                    .isCloseTo(ref.get("recall_100").get(c.query()), within(1e-4));
            ndcgSum += ndcg;
            recallSum += recall;
        }
        assertThat(ndcgSum / CASES.size()).isCloseTo(ref.get("ndcg_cut_10").get("all"), within(1e-4));
        assertThat(recallSum / CASES.size()).isCloseTo(ref.get("recall_100").get("all"), within(1e-4));
    }
}

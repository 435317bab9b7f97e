package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cited.TestData;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.Bm25Retriever;
import dev.cited.retrieve.PaperHit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RankingMetrics} against trec_eval on a real run: BM25 over SciFact's corpus, top 100 for
 * every judged training query, nDCG@10 and Recall@100 per query and averaged. Slow: shares the
 * SciFact index with {@link SciFactRegressionTest}.
 */
@Tag("slow")
class TrecEvalSciFactTest {

    @Test
    void ranking_metrics_match_trec_eval_per_query_and_on_average_for_bm25_on_scifact(@TempDir Path dir)
            throws IOException {
        Path scifact = TestData.scifact();
        Map<String, String> queries = BeirData.queries(scifact.resolve("queries-train.jsonl"));
        Map<String, Map<String, Integer>> qrels = BeirData.qrels(scifact.resolve("qrels/train.tsv"));
        Map<String, List<String>> runs = new LinkedHashMap<>();
        try (PaperIndex index = SciFactIndex.open()) {
            Bm25Retriever bm25 = new Bm25Retriever(index);
            for (String id : qrels.keySet()) {
                runs.put(
                        id,
                        bm25.search(queries.get(id), 100).stream()
                                .map(PaperHit::paperId)
                                .toList());
            }
        }

        Map<String, Map<String, Double>> ref = TrecEval.perQuery(dir, runs, qrels, "ndcg_cut.10", "recall.100");

        assertThat(ref.get("ndcg_cut_10")).containsKeys(runs.keySet().toArray(String[]::new));
        SoftAssertions soft = new SoftAssertions();
        double ndcgSum = 0;
        double recallSum = 0;
        for (Map.Entry<String, List<String>> run : runs.entrySet()) {
            Map<String, Integer> judged = qrels.get(run.getKey());
            double ndcg = RankingMetrics.ndcg(run.getValue(), judged, 10);
            double recall = RankingMetrics.recall(run.getValue(), judged.keySet(), 100);
            soft.assertThat(ndcg)
                    .as("nDCG@10 of query " + run.getKey())
                    .isCloseTo(ref.get("ndcg_cut_10").get(run.getKey()), within(1e-4));
            soft.assertThat(recall)
                    .as("Recall@100 of query " + run.getKey())
                    .isCloseTo(ref.get("recall_100").get(run.getKey()), within(1e-4));
            ndcgSum += ndcg;
            recallSum += recall;
        }
        soft.assertThat(ndcgSum / runs.size())
                .as("mean nDCG@10")
                .isCloseTo(ref.get("ndcg_cut_10").get("all"), within(1e-4));
        soft.assertThat(recallSum / runs.size())
                .as("mean Recall@100")
                .isCloseTo(ref.get("recall_100").get("all"), within(1e-4));
        soft.assertAll();
        assertThat(runs).hasSize(809);
    }
}

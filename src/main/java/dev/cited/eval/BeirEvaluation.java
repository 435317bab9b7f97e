package dev.cited.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * nDCG@10, Recall@10 and Recall@100 of a retriever over BEIR queries, averaged over the judged
 * queries that have text (as BEIR and Anserini report them).
 */
public final class BeirEvaluation {

    /** The averaged metrics, in the JSON shape {@code cited eval beir --json} prints. */
    public record Result(
            @JsonProperty("ndcg@10") double ndcg10,
            @JsonProperty("recall@10") double recall10,
            @JsonProperty("recall@100") double recall100,
            @JsonProperty("queries") int queries) {}

    private BeirEvaluation() {}

    public static Result run(Retriever retriever, Map<String, String> queries, Map<String, Map<String, Integer>> qrels)
            throws IOException {
        double ndcg = 0;
        double recall10 = 0;
        double recall = 0;
        int n = 0;
        for (Map.Entry<String, Map<String, Integer>> judged : qrels.entrySet()) {
            String text = queries.get(judged.getKey());
            if (text == null || text.isBlank()) {
                continue;
            }
            List<String> ranked =
                    retriever.search(text, 100).stream().map(PaperHit::paperId).toList();
            ndcg += RankingMetrics.ndcg(ranked, judged.getValue(), 10);
            recall10 += RankingMetrics.recall(ranked, judged.getValue().keySet(), 10);
            recall += RankingMetrics.recall(ranked, judged.getValue().keySet(), 100);
            n++;
        }
        return n == 0 ? new Result(0, 0, 0, 0) : new Result(ndcg / n, recall10 / n, recall / n, n);
    }
}

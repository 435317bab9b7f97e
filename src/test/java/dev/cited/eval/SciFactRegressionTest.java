package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.TestData;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.Bm25Retriever;
import dev.cited.retrieve.Fusion;
import dev.cited.retrieve.HybridRetriever;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.SentenceReranker;
import dev.cited.retrieve.VectorRetriever;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Retrieval quality on the SciFact training split, against the numbers recorded in {@code
 * eval/scifact-regression.json}. Slow: the first run embeds the 5,183 abstracts (about 4 minutes
 * on 2 cores; later runs reuse {@code target/test-indexes/scifact}).
 */
@Tag("slow")
class SciFactRegressionTest {

    @Test
    void hybrid_beats_each_retriever_alone_and_every_retriever_holds_its_recorded_score() throws IOException {
        Path scifact = TestData.scifact();
        JsonNode expected = new ObjectMapper()
                .readTree(Files.readString(Path.of("src/test/resources/eval/scifact-regression.json")));
        double tolerance = expected.get("tolerance").asDouble();
        Map<String, String> queries = BeirData.queries(scifact.resolve("queries-train.jsonl"));
        Map<String, Map<String, Integer>> qrels = BeirData.qrels(scifact.resolve("qrels/train.tsv"));
        try (PaperIndex index = SciFactIndex.open()) {
            Bm25Retriever bm25 = new Bm25Retriever(index);
            VectorRetriever dense = new VectorRetriever(index, BundledIndex.get().embedder);
            HybridRetriever hybrid = new HybridRetriever(bm25, dense, Fusion.defaults());
            Map<String, Retriever> retrievers =
                    Map.of("bm25", bm25, "dense", dense, "hybrid", hybrid, "hybrid+sentences", reranked(hybrid, index));
            Map<String, Double> ndcg = new java.util.HashMap<>();
            for (Map.Entry<String, Retriever> r : retrievers.entrySet()) {
                BeirEvaluation.Result result = BeirEvaluation.run(r.getValue(), queries, qrels);
                JsonNode want = expected.get(r.getKey());
                assertThat(result.queries()).isEqualTo(809);
                assertThat(result.ndcg10())
                        .as(r.getKey() + " nDCG@10")
                        .isCloseTo(want.get("ndcg@10").asDouble(), within(tolerance));
                assertThat(result.recall100())
                        .as(r.getKey() + " Recall@100")
                        .isCloseTo(want.get("recall@100").asDouble(), within(tolerance));
                ndcg.put(r.getKey(), result.ndcg10());
            }
            assertThat(ndcg.get("hybrid")).isGreaterThan(ndcg.get("bm25")).isGreaterThan(ndcg.get("dense"));
            assertThat(ndcg.get("hybrid+sentences")).isGreaterThan(ndcg.get("hybrid"));
        }
    }

    @Test
    void sentence_re_ranking_holds_its_recorded_score_on_the_tuning_and_held_out_claims() throws IOException {
        Path scifact = TestData.scifact();
        JsonNode expected = new ObjectMapper()
                .readTree(Files.readString(Path.of("src/test/resources/eval/scifact-regression.json")));
        double tolerance = expected.get("tolerance").asDouble();
        Map<String, String> queries = BeirData.queries(scifact.resolve("queries-train.jsonl"));
        Map<String, Map<String, Integer>> qrels = BeirData.qrels(scifact.resolve("qrels/train.tsv"));
        try (PaperIndex index = SciFactIndex.open()) {
            HybridRetriever hybrid = new HybridRetriever(
                    new Bm25Retriever(index),
                    new VectorRetriever(index, BundledIndex.get().embedder),
                    Fusion.defaults());
            for (QuerySplit split : List.of(QuerySplit.TUNING, QuerySplit.HELDOUT)) {
                String part = split.name().toLowerCase(Locale.ROOT);
                Map<String, String> selected = split.select(queries);
                double plain = BeirEvaluation.run(hybrid, selected, qrels).ndcg10();
                double reranked = BeirEvaluation.run(reranked(hybrid, index), selected, qrels)
                        .ndcg10();
                assertThat(plain)
                        .as(part + " hybrid nDCG@10")
                        .isCloseTo(expected.get(part).get("hybrid").asDouble(), within(tolerance));
                assertThat(reranked)
                        .as(part + " hybrid+sentences nDCG@10")
                        .isCloseTo(expected.get(part).get("hybrid+sentences").asDouble(), within(tolerance));
                if (split == QuerySplit.TUNING) {
                    assertThat(reranked).as(part + ": re-ranking helps").isGreaterThan(plain);
                } else {
                    // on the held-out claims the recorded gain is smaller than the float noise between
                    // machines' embedding kernels (0.7963 against 0.7976 seen on one): it may not hurt beyond it
                    assertThat(reranked)
                            .as(part + ": re-ranking does not hurt beyond the tolerance")
                            .isGreaterThan(plain - tolerance);
                }
            }
        }
    }

    private static Retriever reranked(Retriever hybrid, PaperIndex index) {
        return new SentenceReranker(hybrid, BundledIndex.get().embedder, index::stored);
    }
}

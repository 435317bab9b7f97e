package dev.cited.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 and vector search fused: both rank at least {@value #MIN_DEPTH} papers, a {@link Fusion}
 * combines them by paper id, and the best {@code k} are returned with both retrievers' ranks and
 * scores in the breakdown. Where the two rankings come from is a {@link Source}: the embedded
 * Lucene retrievers, or one round trip to a remote engine that returns both.
 */
public final class HybridRetriever implements Retriever {

    /** Both signals' rankings of one query. */
    public record Rankings(List<ScoredPaper> lexical, List<ScoredPaper> dense) {}

    /** Ranks a query by both signals, each as {@link PaperRanker#rank} would. */
    @FunctionalInterface
    public interface Source {
        Rankings rank(String query, int depth) throws IOException;
    }

    public static final int MIN_DEPTH = 100;
    private final Source source;
    private final Fusion fusion;

    public HybridRetriever(Bm25Retriever bm25, VectorRetriever vector, Fusion fusion) {
        this((query, depth) -> new Rankings(bm25.rank(query, depth), vector.rank(query, depth)), fusion);
    }

    public HybridRetriever(Source source, Fusion fusion) {
        this.source = source;
        this.fusion = fusion;
    }

    @Override
    public List<PaperHit> search(String query, int k) throws IOException {
        Queries.check(query, k);
        int depth = Math.max(k, MIN_DEPTH);
        Rankings rankings = source.rank(query, depth);
        List<ScoredPaper> lexical = rankings.lexical();
        List<ScoredPaper> dense = rankings.dense();
        Map<String, Double> fused = fusion.fuse(lexical, dense);
        Map<String, Integer> lexicalRank = ranks(lexical);
        Map<String, Integer> denseRank = ranks(dense);
        List<String> ids = new ArrayList<>(fused.keySet());
        ids.sort(Comparator.comparingDouble((String id) -> -fused.get(id)).thenComparing(id -> id));
        List<PaperHit> out = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(k, ids.size()))) {
            Integer lr = lexicalRank.get(id);
            Integer dr = denseRank.get(id);
            ScoredPaper l = lr == null ? null : lexical.get(lr - 1);
            ScoredPaper d = dr == null ? null : dense.get(dr - 1);
            int version = d != null ? d.version() : l.version();
            out.add(new PaperHit(
                    id,
                    out.size() + 1,
                    version,
                    new ScoreBreakdown(
                            lr, l == null ? null : l.score(), dr, d == null ? null : d.score(), fused.get(id))));
        }
        return out;
    }

    private static Map<String, Integer> ranks(List<ScoredPaper> list) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            out.put(list.get(i).paperId(), i + 1);
        }
        return out;
    }

    @Override
    public String name() {
        return "hybrid(" + fusion.spec() + ")";
    }
}

package dev.cited.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Standard ranking metrics, as trec_eval computes them (binary or graded relevance). */
public final class RankingMetrics {

    private RankingMetrics() {}

    /**
     * nDCG at {@code k} with gains {@code rel} (trec_eval's linear gain, log2 discount).
     *
     * @param ranked document ids, best first
     * @param relevance graded relevance of the relevant documents (others are 0)
     */
    public static double ndcg(List<String> ranked, Map<String, Integer> relevance, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            int rel = relevance.getOrDefault(ranked.get(i), 0);
            dcg += rel / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(relevance.values());
        ideal.sort(Collections.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Share of the relevant documents found in the first {@code k}; 0 when none are relevant. */
    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return found / (double) relevant.size();
    }

    /** 1 / rank of the first relevant document, or 0 when none is ranked. */
    public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

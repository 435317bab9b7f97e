package dev.cited.eval;

import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.ScoreBreakdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A retriever that hands out given papers for given queries (the gold abstracts of an oracle
 * evaluation), in the order given, all with fused score 1 and no BM25 or vector part; nothing for
 * an unknown query.
 */
final class GivenPapersRetriever implements Retriever {

    private final Map<String, List<String>> papers;

    /** @param papers paper ids by query text */
    GivenPapersRetriever(Map<String, List<String>> papers) {
        this.papers = Map.copyOf(papers);
    }

    @Override
    public List<PaperHit> search(String query, int k) {
        if (k < 1 || query.isBlank()) {
            throw new IllegalArgumentException("illegal k " + k + " or blank query");
        }
        List<PaperHit> out = new ArrayList<>();
        for (String id : papers.getOrDefault(query, List.of())) {
            if (out.size() < k) {
                out.add(new PaperHit(id, out.size() + 1, 1, new ScoreBreakdown(null, null, null, null, 1.0)));
            }
        }
        return out;
    }

    @Override
    public String name() {
        return "gold";
    }
}

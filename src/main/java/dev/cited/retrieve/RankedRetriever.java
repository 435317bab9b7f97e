package dev.cited.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A single-signal retriever (BM25 or vectors) that ranks papers by their best chunk. */
abstract class RankedRetriever implements Retriever {

    /** Papers by best chunk score, at most {@code depth}. */
    abstract List<ScoredPaper> rank(String query, int depth) throws IOException;

    /** Builds the breakdown for a paper at a 1-based rank with this retriever's raw score. */
    abstract ScoreBreakdown breakdown(int rank, float score);

    @Override
    public final List<PaperHit> search(String query, int k) throws IOException {
        Queries.check(query, k);
        List<ScoredPaper> ranked = rank(query, k);
        List<PaperHit> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            ScoredPaper p = ranked.get(i);
            out.add(new PaperHit(p.paperId(), i + 1, p.version(), breakdown(i + 1, p.score())));
        }
        return out;
    }
}

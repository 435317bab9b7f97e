package dev.cited.retrieve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A single-signal retriever (BM25 or vectors) that ranks papers by their best chunk. */
public abstract class RankedRetriever implements Retriever, PaperRanker {

    /** Which score a retriever's raw score is, for the breakdown. */
    public enum Signal {
        LEXICAL("bm25"),
        DENSE("dense");

        private final String retrieverName;

        Signal(String retrieverName) {
            this.retrieverName = retrieverName;
        }

        ScoreBreakdown breakdown(int rank, float score) {
            return this == LEXICAL
                    ? new ScoreBreakdown(rank, score, null, null, score)
                    : new ScoreBreakdown(null, null, rank, score, score);
        }
    }

    private final Signal signal;

    protected RankedRetriever(Signal signal) {
        this.signal = signal;
    }

    /** A retriever over {@code ranker}, named after its signal ({@code bm25} or {@code dense}). */
    public static RankedRetriever of(Signal signal, PaperRanker ranker) {
        return new RankedRetriever(signal) {
            @Override
            public List<ScoredPaper> rank(String query, int depth) throws IOException {
                return ranker.rank(query, depth);
            }
        };
    }

    @Override
    public final List<PaperHit> search(String query, int k) throws IOException {
        Queries.check(query, k);
        List<ScoredPaper> ranked = rank(query, k);
        List<PaperHit> out = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            ScoredPaper p = ranked.get(i);
            out.add(new PaperHit(p.paperId(), i + 1, p.version(), signal.breakdown(i + 1, p.score())));
        }
        return out;
    }

    @Override
    public String name() {
        return signal.retrieverName;
    }
}

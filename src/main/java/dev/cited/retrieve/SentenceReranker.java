package dev.cited.retrieve;

import dev.cited.index.Embedder;
import dev.cited.index.SentenceVectors;
import dev.cited.index.StoredPaper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-ranks the best {@value #DEPTH} papers of a fused ranking by their best sentence: each paper
 * gets its fused score plus {@value #WEIGHT} times {@code s}, where {@code s} is the largest cosine between
 * the query and one of the paper's sentences, min-max normalised over the papers re-ranked (1 for
 * the paper holding the best-matching sentence, 0 for the weakest). A claim usually matches one
 * sentence of the right abstract, which a whole-chunk vector dilutes.
 *
 * <p>The sentence vectors are the ones the index stored when it was built ({@link
 * SentenceVectors}); the query vector is the one the vector retriever just asked for (the
 * embedder caches it), so re-ranking embeds nothing. A paper without stored vectors keeps its
 * fused score plus nothing. Papers below the first {@value #DEPTH} are left in order after the
 * re-ranked ones (their fused scores are not above those of the re-ranked papers, and the bonus is
 * never negative). Depth and weight were chosen on the SciFact training claims whose id is not a
 * multiple of 5 (see README, "Retrieval quality").
 */
public final class SentenceReranker implements Retriever {

    /** Papers re-ranked per query. */
    public static final int DEPTH = 50;
    /** Weight of the normalised best-sentence cosine added to the fused score. */
    public static final double WEIGHT = 0.5;

    /** Where the sentence vectors of a paper come from: the index that stores them. */
    @FunctionalInterface
    public interface SentenceSource {

        /** The paper as the index stores it, with its sentence vectors; empty when unknown. */
        Optional<StoredPaper> stored(String paperId) throws IOException;
    }

    /**
     * A paper's best sentence: its position among the {@code count} stored sentence vectors and its
     * cosine with the query.
     */
    private record Evidence(StoredPaper paper, int sentence, int count, float cosine) {}

    private final Retriever first;
    private final Embedder embedder;
    private final SentenceSource source;

    /**
     * @param first the ranking to re-rank, whose {@link ScoreBreakdown#fused} is a fused score in
     *     [0, 1] (the hybrid retriever's)
     * @param embedder embeds the query with the model the sentence vectors were built with
     * @param source the stored papers and their sentence vectors
     */
    public SentenceReranker(Retriever first, Embedder embedder, SentenceSource source) {
        this.first = first;
        this.embedder = embedder;
        this.source = source;
    }

    @Override
    public List<PaperHit> search(String query, int k) throws IOException {
        Queries.check(query, k);
        List<PaperHit> hits = first.search(query, Math.max(k, DEPTH));
        int depth = Math.min(DEPTH, hits.size());
        float[] q = embedder.embedQuery(query);
        Map<String, Evidence> evidence = new HashMap<>();
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (PaperHit hit : hits.subList(0, depth)) {
            Evidence e = best(q, source.stored(hit.paperId()));
            if (e != null) {
                evidence.put(hit.paperId(), e);
                lo = Math.min(lo, e.cosine());
                hi = Math.max(hi, e.cosine());
            }
        }
        List<PaperHit> rescored = new ArrayList<>(hits.size());
        for (PaperHit hit : hits.subList(0, depth)) {
            Evidence e = evidence.get(hit.paperId());
            double share = e == null ? 0 : WEIGHT * (hi > lo ? (e.cosine() - lo) / (hi - lo) : 1.0);
            rescored.add(new PaperHit(hit.paperId(), 0, hit.version(), withFused(hit.scores(), hit.score() + share)));
        }
        rescored.sort(Comparator.comparingDouble((PaperHit h) -> -h.score()).thenComparing(PaperHit::paperId));
        rescored.addAll(hits.subList(depth, hits.size()));
        List<PaperHit> out = new ArrayList<>(Math.min(k, rescored.size()));
        for (PaperHit hit : rescored.subList(0, Math.min(k, rescored.size()))) {
            Evidence e = evidence.get(hit.paperId());
            ScoreBreakdown s = e == null ? hit.scores() : withSentence(hit.scores(), e);
            out.add(new PaperHit(hit.paperId(), out.size() + 1, hit.version(), s));
        }
        return out;
    }

    /** The sentence with the largest cosine (the first of equals), or null when none is stored. */
    private static Evidence best(float[] query, Optional<StoredPaper> stored) {
        if (stored.isEmpty()) {
            return null;
        }
        float[] cosines = SentenceVectors.cosines(stored.get().sentenceVectors(), query);
        int best = -1;
        for (int i = 0; i < cosines.length; i++) {
            if (best < 0 || cosines[i] > cosines[best]) {
                best = i;
            }
        }
        return best < 0 ? null : new Evidence(stored.get(), best, cosines.length, cosines[best]);
    }

    private static ScoreBreakdown withFused(ScoreBreakdown s, double fused) {
        return new ScoreBreakdown(
                s.bm25Rank(), s.bm25(), s.vectorRank(), s.vector(), s.sentence(), s.bestSentence(), fused);
    }

    /**
     * {@code s} with the best sentence's cosine and text; the text only when the paper still splits
     * into as many sentences as there are stored vectors (it always does unless sentence splitting
     * changed after the index was built). Splitting is done here, for the papers returned only.
     */
    private static ScoreBreakdown withSentence(ScoreBreakdown s, Evidence e) {
        List<String> sentences = SentenceVectors.sentences(e.paper().paper());
        String text = sentences.size() == e.count() ? sentences.get(e.sentence()) : null;
        return new ScoreBreakdown(s.bm25Rank(), s.bm25(), s.vectorRank(), s.vector(), e.cosine(), text, s.fused());
    }

    @Override
    public String name() {
        return first.name() + "+sentences";
    }
}

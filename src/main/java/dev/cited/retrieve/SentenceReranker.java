package dev.cited.retrieve;

import dev.cited.index.Embedder;
import dev.cited.index.SentenceVectors;
import dev.cited.index.StoredPaper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** One stored sentence of a paper and its vector. */
    public record SentenceVector(String text, float[] vector) {}

    /** Where the sentence vectors of a paper come from: the index that stores them. */
    @FunctionalInterface
    public interface SentenceSource {

        /**
         * The paper's sentences with their stored vectors, in order; empty when the paper is
         * unknown or the index holds no vectors for it.
         */
        List<SentenceVector> sentences(String paperId) throws IOException;
    }

    /** A paper's best sentence: its text and cosine with the query. */
    private record Evidence(String sentence, float cosine) {}

    private final Retriever first;
    private final Embedder embedder;
    private final SentenceSource source;

    /**
     * @param first the ranking to re-rank, whose {@link ScoreBreakdown#fused} is a fused score in
     *     [0, 1] (the hybrid retriever's)
     * @param embedder embeds the query with the model the sentence vectors were built with
     * @param source the stored sentence vectors
     */
    public SentenceReranker(Retriever first, Embedder embedder, SentenceSource source) {
        this.first = first;
        this.embedder = embedder;
        this.source = source;
    }

    /**
     * The sentences of a stored paper with their vectors decoded for {@code dimensions}, in
     * sentence order; empty when the stored vectors do not fit (see {@link SentenceVectors#decode}).
     */
    public static List<SentenceVector> sentences(Optional<StoredPaper> stored, int dimensions) {
        if (stored.isEmpty()) {
            return List.of();
        }
        StoredPaper paper = stored.get();
        Map<String, float[]> vectors = SentenceVectors.decode(paper.paper(), paper.sentenceVectors(), dimensions);
        if (vectors.isEmpty()) {
            return List.of();
        }
        List<SentenceVector> out = new ArrayList<>(vectors.size());
        for (String sentence : SentenceVectors.sentences(paper.paper())) {
            out.add(new SentenceVector(sentence, vectors.get(sentence)));
        }
        return out;
    }

    @Override
    public List<PaperHit> search(String query, int k) throws IOException {
        Queries.check(query, k);
        List<PaperHit> hits = first.search(query, Math.max(k, DEPTH));
        int depth = Math.min(DEPTH, hits.size());
        float[] q = embedder.embedQuery(query);
        List<Evidence> evidence = new ArrayList<>(depth);
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (PaperHit hit : hits.subList(0, depth)) {
            Evidence e = best(q, source.sentences(hit.paperId()));
            evidence.add(e);
            if (e != null) {
                lo = Math.min(lo, e.cosine());
                hi = Math.max(hi, e.cosine());
            }
        }
        List<PaperHit> rescored = new ArrayList<>(hits.size());
        for (int i = 0; i < depth; i++) {
            PaperHit hit = hits.get(i);
            Evidence e = evidence.get(i);
            double share = e == null ? 0 : WEIGHT * (hi > lo ? (e.cosine() - lo) / (hi - lo) : 1.0);
            ScoreBreakdown s = hit.scores();
            rescored.add(new PaperHit(
                    hit.paperId(),
                    0,
                    hit.version(),
                    new ScoreBreakdown(
                            s.bm25Rank(),
                            s.bm25(),
                            s.vectorRank(),
                            s.vector(),
                            e == null ? null : e.cosine(),
                            e == null ? null : e.sentence(),
                            s.fused() + share)));
        }
        rescored.sort(Comparator.comparingDouble((PaperHit h) -> -h.score()).thenComparing(PaperHit::paperId));
        rescored.addAll(hits.subList(depth, hits.size()));
        List<PaperHit> out = new ArrayList<>(Math.min(k, rescored.size()));
        for (PaperHit hit : rescored.subList(0, Math.min(k, rescored.size()))) {
            out.add(new PaperHit(hit.paperId(), out.size() + 1, hit.version(), hit.scores()));
        }
        return out;
    }

    /** The sentence with the largest cosine (the first of equals), or null when there are none. */
    private static Evidence best(float[] query, List<SentenceVector> sentences) {
        Evidence best = null;
        for (SentenceVector s : sentences) {
            float cosine = Embedder.cosine(query, s.vector());
            if (best == null || cosine > best.cosine()) {
                best = new Evidence(s.text(), cosine);
            }
        }
        return best;
    }

    @Override
    public String name() {
        return first.name() + "+sentences";
    }
}

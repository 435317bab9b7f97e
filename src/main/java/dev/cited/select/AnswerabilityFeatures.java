package dev.cited.select;

import dev.cited.check.NumberedSources;
import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.TermStatistics;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Question-level evidence that the sources answer a question at all, for the {@link
 * AnswerabilityModel}: computed from what retrieval and the {@link SentenceSelector} already
 * have, nothing is embedded.
 *
 * <p>The features, in {@link #NAMES} order. From retrieval and the collection ({@link #evidence},
 * before any selector has scored the sentences): {@code best_dense} the largest cosine of the
 * question and a candidate sentence (absolute, not relative to the others); {@code
 * top_paper_dense} the first paper's best-chunk cosine; {@code top_paper_bm25} its BM25 score
 * over the largest a document could reach for the question ({@code (k1 + 1)} × the question's IDF
 * mass, Lucene's k1 {@value #LUCENE_K1}), at most 1; {@code top_paper_fused} its fused score;
 * {@code best_sentence_idf} and {@code best_abstract_idf} the largest share of the question's IDF
 * mass (collection statistics) present in one sentence and in one paper (title and every version);
 * {@code rare_idf} the share of the question's IDF mass in terms the collection has in at most
 * one document; {@code rare_terms} how many such terms, over 5, at most 1; {@code terms} the
 * number of distinct question terms over 20, at most 1; {@code type_none} 1 when the question
 * asks for no {@link AnswerType} (a statement or title); {@code dense_spread} the first paper's
 * best-chunk cosine minus the mean of the other papers' (how far the best paper stands out);
 * {@code sentence_spread} {@code best_dense} minus the mean cosine of all candidate sentences;
 * {@code fused_margin} the first paper's fused score minus the second's. From the selector's probabilities
 * ({@link #vector}): {@code best_probability}, {@code second_probability} and {@code best_logit}
 * (the best probability's log-odds, clipped to ±10).
 */
public final class AnswerabilityFeatures {

    /** The feature names, in order. */
    public static final List<String> NAMES = List.of(
            "best_dense",
            "top_paper_dense",
            "top_paper_bm25",
            "top_paper_fused",
            "best_sentence_idf",
            "best_abstract_idf",
            "rare_idf",
            "rare_terms",
            "terms",
            "type_none",
            "dense_spread",
            "sentence_spread",
            "fused_margin",
            "best_probability",
            "second_probability",
            "best_logit");

    /** How many of {@link #NAMES} {@link #evidence} fills; the rest come from the selector. */
    static final int EVIDENCE = 13;

    private static final double LUCENE_K1 = 0.9;
    private static final int RARE = 1;

    private AnswerabilityFeatures() {}

    /**
     * The first {@value #EVIDENCE} features of {@code question} against {@code sources}, whose
     * sentences are {@code candidates} ({@link SentenceFeatures#candidates}).
     */
    static double[] evidence(
            String question, NumberedSources sources, List<SentenceCandidate> candidates, TermStatistics stats) {
        Set<String> terms = new LinkedHashSet<>(TermAnalyzer.terms(question));
        double mass = 0;
        double rareMass = 0;
        int rare = 0;
        for (String t : terms) {
            long df = stats.docFreq(t);
            double w = TermStatistics.idf(df, stats.documents());
            mass += w;
            if (df <= RARE) {
                rareMass += w;
                rare++;
            }
        }
        double bestDense = 0;
        double meanDense = 0;
        double bestSentenceIdf = 0;
        for (SentenceCandidate c : candidates) {
            bestDense = Math.max(bestDense, c.feature("dense"));
            meanDense += c.feature("dense") / candidates.size();
            bestSentenceIdf = Math.max(bestSentenceIdf, c.feature("idf_overlap"));
        }
        double bestAbstractIdf = 0;
        for (NumberedSources.Entry e : sources.entries()) {
            Set<String> paper = new HashSet<>(TermAnalyzer.terms(e.paper().title()));
            for (PaperVersion v : e.paper().versions()) {
                paper.addAll(TermAnalyzer.terms(v.text()));
            }
            double present = 0;
            for (String t : terms) {
                if (paper.contains(t)) {
                    present += TermStatistics.idf(stats.docFreq(t), stats.documents());
                }
            }
            bestAbstractIdf = Math.max(bestAbstractIdf, mass == 0 ? 0 : present / mass);
        }
        PaperHit top = sources.entries().isEmpty()
                ? null
                : sources.entries().getFirst().hit();
        double topDense =
                top == null || top.scores().vector() == null ? 0 : top.scores().vector();
        double topBm25 = top == null || top.scores().bm25() == null || mass == 0
                ? 0
                : Math.min(1, top.scores().bm25() / ((LUCENE_K1 + 1) * mass));
        double others = 0;
        int withVector = 0;
        for (NumberedSources.Entry e : sources.entries()
                .subList(
                        Math.min(1, sources.entries().size()), sources.entries().size())) {
            if (e.hit().scores().vector() != null) {
                others += e.hit().scores().vector();
                withVector++;
            }
        }
        double second = sources.entries().size() < 2
                ? 0
                : sources.entries().get(1).hit().score();
        return new double[] {
            bestDense,
            topDense,
            topBm25,
            top == null ? 0 : top.score(),
            bestSentenceIdf,
            bestAbstractIdf,
            mass == 0 ? 0 : rareMass / mass,
            Math.min(1, rare / 5.0),
            Math.min(1, terms.size() / 20.0),
            AnswerType.of(question) == AnswerType.NONE ? 1 : 0,
            withVector == 0 || top == null ? 0 : topDense - others / withVector,
            candidates.isEmpty() ? 0 : bestDense - meanDense,
            top == null ? 0 : top.score() - second
        };
    }

    /** Every feature: {@code evidence} ({@link #evidence}) and the selector's {@code scored} candidates, best first. */
    static double[] vector(double[] evidence, List<SentenceCandidate> scored) {
        double[] out = new double[NAMES.size()];
        System.arraycopy(evidence, 0, out, 0, EVIDENCE);
        double best = scored.isEmpty() ? 0 : scored.getFirst().probability();
        double second = scored.size() < 2 ? 0 : scored.get(1).probability();
        out[EVIDENCE] = best;
        out[EVIDENCE + 1] = second;
        double p = Math.min(Math.max(best, 1e-9), 1 - 1e-9);
        out[EVIDENCE + 2] = Math.max(-10, Math.min(10, Math.log(p / (1 - p))));
        return out;
    }
}

package dev.cited.select;

import dev.cited.check.NumberedSources;
import dev.cited.index.Embedder;
import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import dev.cited.retrieve.TermStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the features of every sentence of every numbered source against a question, from
 * what the index already stores: the sentence vectors (through the {@linkplain
 * Embedder#passageVectors embedder's passage cache}, which reading a paper primes), the
 * collection's term statistics, the papers' titles and retrieval scores. Only the question is
 * embedded.
 *
 * <p>The features, in {@link #NAMES} order: {@code dense} cosine of question and sentence;
 * {@code dense_gap} its distance below the best sentence's; {@code idf_overlap} the IDF-weighted
 * share of the question's terms in the sentence and {@code idf_gap}; {@code bm25} the sentence's
 * BM25 score (k1 1.2, b 0.75, over the sentences at hand) divided by its largest possible value,
 * and {@code bm25_gap}; {@code term_share} the unweighted share of question terms; {@code
 * type_holds} and {@code type_near}: whether the sentence holds the {@link AnswerType} the
 * question asks for, and within {@value #WINDOW} terms of a question term; {@code position},
 * {@code first}, {@code last}: where the sentence stands in its abstract; {@code finding} and
 * {@code background}: its {@link SentenceRole}; {@code title_overlap} the IDF-weighted share of
 * the title's terms in the sentence; {@code agreement} the smaller of the min-max-scaled dense and
 * lexical scores (high when both agree); {@code paper_rank} 1/rank of the paper in retrieval and
 * {@code paper_score} its fused score over the best; {@code length} words/50, at most 1; {@code dense_rank} and {@code lexical_rank}: 1/rank of
 * the sentence among all by dense cosine and by IDF overlap; {@code paper_dense_gap} its dense
 * cosine minus that of the best sentence of its paper; {@code novelty} the IDF-weighted share of the
 * sentence's terms that the question does not hold (what the sentence adds); {@code defines}
 * whether it {@linkplain Definitions defines} a word of the question. Each base feature
 * is repeated for questions only, see {@link #NAMES}.
 */
public final class SentenceFeatures {

    /** The features every sentence gets, whether it is asked a question or checked against a claim. */
    static final List<String> BASE = List.of(
            "dense",
            "dense_gap",
            "idf_overlap",
            "idf_gap",
            "bm25",
            "bm25_gap",
            "term_share",
            "type_holds",
            "type_near",
            "position",
            "first",
            "last",
            "finding",
            "background",
            "title_overlap",
            "agreement",
            "paper_rank",
            "paper_score",
            "length",
            "dense_rank",
            "paper_dense_gap",
            "lexical_rank",
            "novelty",
            "defines");

    /** The prefix of a base feature's copy that only a question sets. */
    static final String QUESTION_PREFIX = "q_";

    /**
     * The feature names, in the order of {@link SentenceCandidate#features}: the {@link #BASE}
     * features, then each again prefixed {@value #QUESTION_PREFIX} (equal to the base value when
     * the text is put as a {@linkplain AnswerType#isQuestion question}, else 0), then {@code
     * question} (1 for a question, 0 for a claim). So the selector learns, from one model, how a
     * question's answer differs from a claim's rationale: for a question the sentence that holds
     * the asked-for answer, not the one that repeats the question's words.
     */
    public static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>(BASE);
        BASE.forEach(n -> names.add(QUESTION_PREFIX + n));
        names.add("question");
        return List.copyOf(names);
    }

    static final int WINDOW = 8;
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Embedder embedder;
    private final Optional<TermStatistics> statistics;

    /**
     * @param statistics the collection's term statistics; when empty, statistics over the
     *     sentences at hand stand in ({@link SourceStatistics})
     */
    public SentenceFeatures(Embedder embedder, Optional<TermStatistics> statistics) {
        this.embedder = embedder;
        this.statistics = statistics;
    }

    /**
     * Every distinct sentence of every version of every source, in listing order (sources, then
     * versions by number, then sentences), with its features; probabilities are NaN.
     */
    public List<SentenceCandidate> candidates(String question, NumberedSources sources) {
        record Place(NumberedSources.Entry source, int version, String sentence, int index, int count) {}
        List<Place> places = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NumberedSources.Entry source : sources.entries()) {
            for (PaperVersion version : source.paper().versions()) {
                List<String> split = Sentences.split(version.text());
                for (int i = 0; i < split.size(); i++) {
                    if (seen.add(source.n() + "\u0000" + split.get(i))) {
                        places.add(new Place(source, version.number(), split.get(i), i, split.size()));
                    }
                }
            }
        }
        if (places.isEmpty()) {
            return List.of();
        }
        List<List<String>> terms = new ArrayList<>();
        double totalLength = 0;
        for (Place p : places) {
            List<String> t = TermAnalyzer.terms(p.sentence());
            terms.add(t);
            totalLength += t.size();
        }
        double averageLength = Math.max(1, totalLength / places.size());
        TermStatistics stats = statistics.orElseGet(() -> new SourceStatistics(terms));
        Map<String, Double> idf = new HashMap<>();
        Set<String> questionTerms = new LinkedHashSet<>(TermAnalyzer.terms(question));
        double questionIdf = 0;
        for (String t : questionTerms) {
            questionIdf += idf(t, stats, idf);
        }
        double bm25Max = questionIdf * (K1 + 1);
        AnswerType type = AnswerType.of(question);
        Definitions definitions = Definitions.of(question);
        float[] q = embedder.embedQuery(question);
        List<float[]> vectors =
                embedder.passageVectors(places.stream().map(Place::sentence).toList());
        double bestFused = sources.entries().stream()
                .mapToDouble(e -> e.hit().score())
                .max()
                .orElse(0);
        Map<Integer, Set<String>> titles = new HashMap<>();
        double[][] raw = new double[places.size()][];
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            List<String> sentenceTerms = terms.get(i);
            Map<String, Integer> tf = new HashMap<>();
            sentenceTerms.forEach(t -> tf.merge(t, 1, Integer::sum));
            double overlap = 0;
            double bm25 = 0;
            int shared = 0;
            for (String t : questionTerms) {
                Integer f = tf.get(t);
                if (f != null) {
                    double w = idf(t, stats, idf);
                    overlap += w;
                    bm25 += w * f * (K1 + 1) / (f + K1 * (1 - B + B * sentenceTerms.size() / averageLength));
                    shared++;
                }
            }
            Set<String> title = titles.computeIfAbsent(
                    p.source().n(),
                    n -> new LinkedHashSet<>(
                            TermAnalyzer.terms(p.source().paper().title())));
            double titleIdf = 0;
            double titleShared = 0;
            for (String t : title) {
                double w = idf(t, stats, idf);
                titleIdf += w;
                if (tf.containsKey(t)) {
                    titleShared += w;
                }
            }
            double sentenceIdf = 0;
            double newIdf = 0;
            for (String t : tf.keySet()) {
                double w = idf(t, stats, idf);
                sentenceIdf += w;
                if (!questionTerms.contains(t)) {
                    newIdf += w;
                }
            }
            String sentence = p.sentence();
            raw[i] = new double[] {
                Embedder.cosine(q, vectors.get(i)),
                0,
                questionIdf == 0 ? 0 : overlap / questionIdf,
                0,
                bm25Max == 0 ? 0 : bm25 / bm25Max,
                0,
                questionTerms.isEmpty() ? 0 : shared / (double) questionTerms.size(),
                type.holds(sentence) ? 1 : 0,
                type.near(sentenceTerms, questionTerms, sentence, WINDOW) ? 1 : 0,
                p.count() <= 1 ? 0 : p.index() / (double) (p.count() - 1),
                p.index() == 0 ? 1 : 0,
                p.index() == p.count() - 1 ? 1 : 0,
                SentenceRole.finding(sentence) ? 1 : 0,
                SentenceRole.background(sentence) ? 1 : 0,
                titleIdf == 0 ? 0 : titleShared / titleIdf,
                0,
                1.0 / Math.max(1, p.source().hit().rank()),
                bestFused <= 0 ? 0 : p.source().hit().score() / bestFused,
                Math.min(1, sentence.split("\\s+").length / 50.0),
                0,
                0,
                0,
                sentenceIdf == 0 ? 0 : newIdf / sentenceIdf,
                definitions.definedIn(sentence) ? 1 : 0
            };
        }
        relative(raw, places.stream().mapToInt(p -> p.source().n()).toArray());
        boolean asked = AnswerType.isQuestion(question);
        List<SentenceCandidate> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            out.add(new SentenceCandidate(
                    p.source().n(),
                    p.source().paper().id(),
                    p.version(),
                    p.sentence(),
                    withQuestion(raw[i], asked),
                    Double.NaN));
        }
        return out;
    }

    /**
     * The question-level evidence ({@link AnswerabilityFeatures#evidence}) of {@code question}
     * against {@code sources}, whose sentences are {@code candidates} (from {@link #candidates}),
     * over the same term statistics.
     */
    public double[] evidence(String question, NumberedSources sources, List<SentenceCandidate> candidates) {
        TermStatistics stats = statistics.orElseGet(() -> new SourceStatistics(
                candidates.stream().map(c -> TermAnalyzer.terms(c.sentence())).toList()));
        return AnswerabilityFeatures.evidence(question, sources, candidates, stats);
    }

    /** The {@link #BASE} values {@code base} extended to {@link #NAMES}. */
    private static double[] withQuestion(double[] base, boolean asked) {
        double[] all = new double[NAMES.size()];
        System.arraycopy(base, 0, all, 0, base.length);
        if (asked) {
            System.arraycopy(base, 0, all, base.length, base.length);
            all[all.length - 1] = 1;
        }
        return all;
    }

    /**
     * Fills the features that compare a sentence with the others: the gaps (value minus the
     * best), the dense/lexical agreement, the reciprocal ranks by dense and by IDF overlap (ties
     * share the better rank) and the dense gap to the best sentence of the same paper.
     */
    private static void relative(double[][] raw, int[] source) {
        Map<Integer, Double> paperBest = new HashMap<>();
        for (int i = 0; i < raw.length; i++) {
            paperBest.merge(source[i], raw[i][0], Math::max);
        }
        for (int i = 0; i < raw.length; i++) {
            int denseAbove = 0;
            int lexicalAbove = 0;
            for (double[] other : raw) {
                denseAbove += other[0] > raw[i][0] ? 1 : 0;
                lexicalAbove += other[2] > raw[i][2] ? 1 : 0;
            }
            raw[i][19] = 1.0 / (1 + denseAbove);
            raw[i][20] = raw[i][0] - paperBest.get(source[i]);
            raw[i][21] = 1.0 / (1 + lexicalAbove);
        }
        double bestDense = Double.NEGATIVE_INFINITY;
        double worstDense = Double.POSITIVE_INFINITY;
        double bestIdf = 0;
        double bestBm25 = 0;
        for (double[] f : raw) {
            bestDense = Math.max(bestDense, f[0]);
            worstDense = Math.min(worstDense, f[0]);
            bestIdf = Math.max(bestIdf, f[2]);
            bestBm25 = Math.max(bestBm25, f[4]);
        }
        for (double[] f : raw) {
            f[1] = f[0] - bestDense;
            f[3] = f[2] - bestIdf;
            f[5] = f[4] - bestBm25;
            double dense = bestDense == worstDense ? 1 : (f[0] - worstDense) / (bestDense - worstDense);
            double lexical = bestIdf == 0 ? 0 : f[2] / bestIdf;
            f[15] = Math.min(dense, lexical);
        }
    }

    private static double idf(String term, TermStatistics stats, Map<String, Double> cache) {
        return cache.computeIfAbsent(term, t -> TermStatistics.idf(stats.docFreq(t), stats.documents()));
    }
}

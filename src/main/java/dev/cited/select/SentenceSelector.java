package dev.cited.select;

import dev.cited.check.NumberedSources;
import dev.cited.index.TermAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the sentences that answer a question: every candidate's {@link SentenceFeatures
 * features} are scored by a trained {@link SelectorModel}, and the reply quotes the best one and
 * every further sentence whose probability reaches both {@link SelectorModel#keepAbove(boolean)}
 * and {@link SelectorModel#relative(boolean)} times the best, a question's thresholds or a
 * claim's (at most {@link SelectorModel#maxSentences}, two
 * per paper, no near-repeat: sentences sharing 60% of their analysed terms; a sentence that an
 * earlier version of its paper words almost alike is quoted in that version's words). So the number of
 * sentences and of papers follows the scores, not a fixed margin. Nothing is chosen (the sources
 * do not answer) when the question-level {@link AnswerabilityModel} says the sources do not answer
 * the question, or when the best probability is below {@link SelectorModel#abstainBelow}.
 * Thread-safe.
 */
public final class SentenceSelector {

    private static final int MAX_PER_SOURCE = 2;
    private static final double REPEAT = 0.6;
    /**
     * Probabilities this close count as a tie when ranking, so that the int8 sentence vectors the
     * index stores and vectors embedded at question time choose the same sentence.
     */
    private static final double TIE = 1e-3;
    /** Share of analysed terms at which two versions' sentences are one sentence reworded. */
    private static final double SAME_WORDING = 0.8;

    private final SentenceFeatures features;
    private final SelectorModel model;

    public SentenceSelector(SentenceFeatures features, SelectorModel model) {
        this.features = features;
        this.model = model;
    }

    public SelectorModel model() {
        return model;
    }

    /** Every candidate sentence with its probability, best first (ties: source number, version, listing order). */
    public List<SentenceCandidate> scored(String question, NumberedSources sources) {
        return score(model, features.candidates(question, sources));
    }

    /** The chosen sentences, best first; empty when the sources do not answer the question. */
    public List<SentenceCandidate> choose(String question, NumberedSources sources) {
        List<SentenceCandidate> candidates = features.candidates(question, sources);
        List<SentenceCandidate> scored = score(model, candidates);
        if (!answers(model, features.evidence(question, sources, candidates), scored)) {
            return List.of();
        }
        return choose(model, scored);
    }

    /**
     * Whether {@code model}'s answerability decision answers a question with this question-level
     * {@code evidence} and these {@code scored} candidates (best first).
     */
    static boolean answers(SelectorModel model, double[] evidence, List<SentenceCandidate> scored) {
        return !scored.isEmpty() && model.answerability().answers(AnswerabilityFeatures.vector(evidence, scored));
    }

    /**
     * {@code candidates} scored by {@code model}, best first; probabilities equal when rounded to
     * {@link #TIE} are ties, broken by source number, then version, then listing order.
     */
    static List<SentenceCandidate> score(SelectorModel model, List<SentenceCandidate> candidates) {
        List<SentenceCandidate> out = new ArrayList<>();
        for (SentenceCandidate c : candidates) {
            out.add(c.scored(model.probability(c.features())));
        }
        out.sort(Comparator.comparingDouble((SentenceCandidate c) -> -Math.round(c.probability() / TIE) * TIE)
                .thenComparingInt(SentenceCandidate::n)
                .thenComparingInt(SentenceCandidate::version));
        return out;
    }

    /** The choice {@code model}'s thresholds make from {@code scored} (best first). */
    static List<SentenceCandidate> choose(SelectorModel model, List<SentenceCandidate> scored) {
        if (scored.isEmpty() || scored.getFirst().probability() < model.abstainBelow()) {
            return List.of();
        }
        boolean question = scored.getFirst().feature("question") == 1;
        double floor = Math.max(
                model.keepAbove(question),
                model.relative(question) * scored.getFirst().probability());
        List<SentenceCandidate> chosen = new ArrayList<>();
        List<Set<String>> chosenTerms = new ArrayList<>();
        Map<Integer, Integer> perSource = new HashMap<>();
        for (SentenceCandidate c : scored) {
            if (chosen.size() == model.maxSentences() || (!chosen.isEmpty() && c.probability() < floor)) {
                break;
            }
            Set<String> terms = new HashSet<>(TermAnalyzer.terms(c.sentence()));
            boolean repeat = chosenTerms.stream().anyMatch(t -> overlap(t, terms) >= REPEAT);
            if (!repeat && perSource.getOrDefault(c.n(), 0) < MAX_PER_SOURCE) {
                chosen.add(earliestWording(c, terms, scored));
                chosenTerms.add(terms);
                perSource.merge(c.n(), 1, Integer::sum);
            }
        }
        return chosen;
    }

    /**
     * The earliest version's wording of {@code c}: the candidate of the lowest version of the same
     * paper that shares {@link #SAME_WORDING} of {@code c}'s analysed terms, else {@code c}. So
     * which version of a reworded sentence is quoted does not hang on the noise between their
     * near-equal scores (the stored int8 vectors against vectors embedded at question time).
     */
    private static SentenceCandidate earliestWording(
            SentenceCandidate c, Set<String> terms, List<SentenceCandidate> scored) {
        SentenceCandidate earliest = c;
        for (SentenceCandidate d : scored) {
            if (d.n() == c.n()
                    && d.version() < earliest.version()
                    && overlap(terms, new HashSet<>(TermAnalyzer.terms(d.sentence()))) >= SAME_WORDING) {
                earliest = d;
            }
        }
        return earliest;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) Math.min(a.size(), b.size());
    }
}

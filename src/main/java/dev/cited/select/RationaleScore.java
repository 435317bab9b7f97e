package dev.cited.select;

import java.util.List;

/**
 * Lenient sentence-level rationale scores, accumulated over questions: a quoted sentence is
 * correct when it {@linkplain RationaleMatch matches} a gold sentence of the paper it is quoted
 * from (any gold rationale of a gold abstract); a gold sentence is found when some correct quote
 * matches it. Quotes for a question without gold sentences are all wrong. Not thread-safe.
 */
public final class RationaleScore {

    /** A quoted sentence and the paper it was quoted from. */
    public record Quote(String paperId, String sentence) {}

    private long quoted;
    private long correct;
    private long gold;
    private long found;

    /** Adds one question's quotes. */
    public void add(LabelledQuestion question, List<Quote> quotes) {
        quoted += quotes.size();
        correct += quotes.stream()
                .filter(q -> question.positive(q.paperId(), q.sentence()))
                .count();
        gold += question.goldCount();
        if (question.byTerms() && quotes.stream().anyMatch(q -> question.positive(q.paperId(), q.sentence()))) {
            found++;
        }
        question.gold().forEach((paper, sentences) -> {
            for (String g : sentences) {
                if (quotes.stream()
                        .anyMatch(q -> q.paperId().equals(paper) && RationaleMatch.matches(q.sentence(), g))) {
                    found++;
                }
            }
        });
    }

    /** Correct quotes over quotes; 0 when nothing was quoted. */
    public double precision() {
        return quoted == 0 ? 0 : correct / (double) quoted;
    }

    /** Found gold sentences over gold sentences; 0 when there are none. */
    public double recall() {
        return gold == 0 ? 0 : found / (double) gold;
    }

    public double f1() {
        return fBeta(1);
    }

    /** The F-beta score: recall weighs {@code beta}² times precision. */
    public double fBeta(double beta) {
        double p = precision();
        double r = recall();
        double b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    public long quoted() {
        return quoted;
    }

    public long gold() {
        return gold;
    }
}

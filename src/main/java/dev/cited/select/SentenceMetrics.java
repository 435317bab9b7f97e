package dev.cited.select;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How well a sentence score separates gold sentences from the rest, over prepared questions:
 * log-loss and accuracy at probability 0.5 (for a probability), ROC AUC over all sentences, and
 * top-1: the share of questions with a gold candidate whose best-scored sentence is gold.
 *
 * @param sentences candidate sentences
 * @param positives gold ones among them
 * @param logLoss mean negative log-likelihood; NaN for a score that is not a probability
 * @param accuracy share classified right at 0.5; NaN for a score that is not a probability
 * @param auc ROC AUC (ties count half)
 * @param top1 share of questions with a gold candidate whose top sentence is gold
 */
record SentenceMetrics(int sentences, int positives, double logLoss, double accuracy, double auc, double top1) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The answerer's scorer before the learned selector: cosine plus 0.4 times the question-term share. */
    static final ToDoubleFunction<SentenceCandidate> OLD_SCORER =
            c -> c.feature("dense") + 0.4 * c.feature("term_share");

    static SentenceMetrics of(SelectorModel model, List<SelectorTrainer.Prepared> prepared) {
        return compute(prepared, c -> model.probability(c.features()), true);
    }

    static SentenceMetrics ofOldScorer(List<SelectorTrainer.Prepared> prepared) {
        return compute(prepared, OLD_SCORER, false);
    }

    /** The metrics of {@code score} over {@code prepared}. */
    static SentenceMetrics compute(
            List<SelectorTrainer.Prepared> prepared, ToDoubleFunction<SentenceCandidate> score, boolean probability) {
        List<double[]> pairs = new ArrayList<>();
        double loss = 0;
        int right = 0;
        int answerable = 0;
        int topRight = 0;
        for (SelectorTrainer.Prepared p : prepared) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.candidates().size(); i++) {
                double s = score.applyAsDouble(p.candidates().get(i));
                int y = p.labels()[i];
                pairs.add(new double[] {s, y});
                if (probability) {
                    double q = Math.min(1 - 1e-12, Math.max(1e-12, s));
                    loss -= y == 1 ? Math.log(q) : Math.log(1 - q);
                    right += (s >= 0.5) == (y == 1) ? 1 : 0;
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            if (Arrays.stream(p.labels()).anyMatch(l -> l == 1)) {
                answerable++;
                topRight += p.labels()[best] == 1 ? 1 : 0;
            }
        }
        int n = pairs.size();
        int positives = (int) pairs.stream().filter(v -> v[1] == 1).count();
        return new SentenceMetrics(
                n,
                positives,
                probability && n > 0 ? loss / n : Double.NaN,
                probability && n > 0 ? right / (double) n : Double.NaN,
                auc(pairs, positives),
                answerable == 0 ? 0 : topRight / (double) answerable);
    }

    private static double auc(List<double[]> pairs, int positives) {
        int negatives = pairs.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        pairs.sort((a, b) -> Double.compare(a[0], b[0]));
        double rankSum = 0;
        int i = 0;
        while (i < pairs.size()) {
            int j = i;
            while (j < pairs.size() && pairs.get(j)[0] == pairs.get(i)[0]) {
                j++;
            }
            double averageRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (pairs.get(k)[1] == 1) {
                    rankSum += averageRank;
                }
            }
            i = j;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    ObjectNode json() {
        ObjectNode out = JSON.createObjectNode();
        out.put("sentences", sentences);
        out.put("positives", positives);
        if (!Double.isNaN(logLoss)) {
            out.put("log_loss", SelectorTrainer.round(logLoss));
            out.put("accuracy", SelectorTrainer.round(accuracy));
        }
        out.put("auc", SelectorTrainer.round(auc));
        out.put("top1", SelectorTrainer.round(top1));
        return out;
    }
}

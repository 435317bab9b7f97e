package dev.cited.select;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the {@link AnswerabilityModel} of a sentence selector, question by question: a question
 * is positive when it is {@linkplain LabelledQuestion#answerable answerable}. Its features are
 * {@link AnswerabilityFeatures} with the trained sentence selector's probabilities. Held-out
 * questions are only reported on.
 *
 * <p>The operating point is chosen by a rule stated here, not by looking at held-out numbers:
 * every tuning question gets an out-of-fold probability ({@value #FOLDS} folds over the tuning
 * questions sorted by id and shuffled with the seed), and the threshold is the largest one (in
 * steps of 0.001) that refuses at most {@value #MAX_REFUSED} of the answerable tuning questions
 * (SciFact claims, the question sets over SciFact and arXiv, the bundled dev questions, pooled,
 * each counting once). The weights are then fitted on every
 * tuning question, each counting {@link SelectorTrainer.Prepared#questionWeight} times. Same
 * prepared questions and seed give the same model.
 */
final class AnswerabilityTrainer {

    /** The largest share of answerable tuning questions the chosen threshold may refuse. */
    static final double MAX_REFUSED = 0.01;

    static final int FOLDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The trained model and its report (weights, curves, the chosen point, per data set). */
    record Result(AnswerabilityModel model, ObjectNode report) {}

    private AnswerabilityTrainer() {}

    static Result fit(
            SelectorModel selector, List<SelectorTrainer.Prepared> prepared, SelectorTrainer.Settings settings) {
        List<SelectorTrainer.Prepared> tuning = new ArrayList<>();
        List<SelectorTrainer.Prepared> heldout = new ArrayList<>();
        for (SelectorTrainer.Prepared p : prepared) {
            (p.question().heldout() ? heldout : tuning).add(p);
        }
        tuning.sort(Comparator.comparing(p -> p.question().id()));
        Collections.shuffle(tuning, new Random(settings.seed()));
        double[][] x = features(selector, tuning);
        int[] y = labels(tuning);
        int[] weight = tuning.stream()
                .mapToInt(SelectorTrainer.Prepared::questionWeight)
                .toArray();
        double[] outOfFold = new double[x.length];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (i % FOLDS != f) {
                    train.add(i);
                }
            }
            AnswerabilityModel m = train(
                    train.stream().map(i -> x[i]).toArray(double[][]::new),
                    train.stream().mapToInt(i -> y[i]).toArray(),
                    train.stream().mapToInt(i -> weight[i]).toArray(),
                    settings.lambda());
            for (int i = f; i < x.length; i += FOLDS) {
                outOfFold[i] = m.probability(x[i]);
            }
        }
        double threshold = threshold(outOfFold, y);
        AnswerabilityModel model = train(x, y, weight, settings.lambda()).withThreshold(threshold);
        double[] heldoutP = Arrays.stream(features(selector, heldout))
                .mapToDouble(model::probability)
                .toArray();
        ObjectNode report = JSON.createObjectNode();
        report.put(
                "rule",
                "the largest threshold (step 0.001) refusing at most " + MAX_REFUSED
                        + " of the answerable tuning questions (pooled), by " + FOLDS
                        + "-fold out-of-fold probabilities");
        report.put("answer_above", SelectorTrainer.round(threshold));
        report.put("questions_tuning", tuning.size());
        report.put("questions_heldout", heldout.size());
        ObjectNode weights = report.putObject("weights");
        weights.put("(bias)", SelectorTrainer.round(model.bias()));
        for (int i = 0; i < model.weights().length; i++) {
            weights.put(model.features().get(i), SelectorTrainer.round(model.weights()[i]));
        }
        report.set("groups_tuning", groups(tuning, outOfFold, threshold));
        report.set("groups_heldout", groups(heldout, heldoutP, threshold));
        report.set("curve_tuning", curve(outOfFold, y, threshold));
        report.set("curve_heldout", curve(heldoutP, labels(heldout), threshold));
        return new Result(model, report);
    }

    /** The largest threshold in steps of 0.001 that refuses at most {@link #MAX_REFUSED} of the answerable. */
    static double threshold(double[] p, int[] y) {
        int answerable = 0;
        for (int label : y) {
            answerable += label;
        }
        double best = 0;
        for (int step = 0; step <= 1000; step++) {
            double t = step / 1000.0;
            int refused = 0;
            for (int i = 0; i < p.length; i++) {
                refused += y[i] == 1 && p[i] < t ? 1 : 0;
            }
            if (refused > MAX_REFUSED * answerable) {
                break;
            }
            best = t;
        }
        return best;
    }

    /** Fitted on {@code x}, each row counting {@code weight} times. */
    private static AnswerabilityModel train(double[][] x0, int[] y0, int[] weight, double lambda) {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int i = 0; i < x0.length; i++) {
            for (int c = 0; c < weight[i]; c++) {
                xs.add(x0[i]);
                ys.add(y0[i]);
            }
        }
        double[][] x = xs.toArray(double[][]::new);
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        LogisticRegression.Standardised fitted =
                LogisticRegression.fitStandardised(x, y, AnswerabilityFeatures.NAMES.size(), lambda);
        return new AnswerabilityModel(
                AnswerabilityFeatures.NAMES, fitted.mean(), fitted.scale(), fitted.weights(), fitted.bias(), 0);
    }

    private static double[][] features(SelectorModel selector, List<SelectorTrainer.Prepared> prepared) {
        return prepared.stream()
                .map(p -> AnswerabilityFeatures.vector(p.evidence(), SentenceSelector.score(selector, p.candidates())))
                .toArray(double[][]::new);
    }

    private static int[] labels(List<SelectorTrainer.Prepared> prepared) {
        return prepared.stream()
                .mapToInt(p -> p.question().answerable() ? 1 : 0)
                .toArray();
    }

    /** Per data set: answerable and unanswerable questions, and how many of each {@code threshold} refuses. */
    private static ObjectNode groups(List<SelectorTrainer.Prepared> prepared, double[] p, double threshold) {
        Map<String, int[]> counts = new TreeMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            int[] c = counts.computeIfAbsent(prepared.get(i).group(), g -> new int[4]);
            boolean answerable = prepared.get(i).question().answerable();
            boolean refused = p[i] < threshold;
            c[answerable ? 0 : 2]++;
            c[answerable ? 1 : 3] += refused ? 1 : 0;
        }
        ObjectNode out = JSON.createObjectNode();
        counts.forEach((group, c) -> {
            ObjectNode g = out.putObject(group);
            g.put("answerable", c[0]);
            g.put("answerable_refused", c[1]);
            g.put("unanswerable", c[2]);
            g.put("unanswerable_refused", c[3]);
        });
        return out;
    }

    /** Refusal precision and recall, and the share of answerable questions refused, per threshold. */
    private static ArrayNode curve(double[] p, int[] y, double chosen) {
        ArrayNode out = JSON.createArrayNode();
        List<Double> thresholds = new ArrayList<>();
        for (int a = 1; a <= 19; a++) {
            thresholds.add(a * 0.05);
        }
        thresholds.add(chosen);
        thresholds.sort(Double::compare);
        for (double t : thresholds) {
            int refused = 0;
            int right = 0;
            int unanswerable = 0;
            int answerableRefused = 0;
            for (int i = 0; i < p.length; i++) {
                boolean refuse = p[i] < t;
                refused += refuse ? 1 : 0;
                right += refuse && y[i] == 0 ? 1 : 0;
                unanswerable += y[i] == 0 ? 1 : 0;
                answerableRefused += refuse && y[i] == 1 ? 1 : 0;
            }
            ObjectNode point = out.addObject();
            point.put("threshold", SelectorTrainer.round(t));
            point.put("chosen", t == chosen);
            point.put("refused", refused);
            point.put("precision", refused == 0 ? 1 : SelectorTrainer.round(right / (double) refused));
            point.put("recall", unanswerable == 0 ? 0 : SelectorTrainer.round(right / (double) unanswerable));
            point.put(
                    "answerable_refused",
                    p.length == unanswerable
                            ? 0
                            : SelectorTrainer.round(answerableRefused / (double) (p.length - unanswerable)));
        }
        return out;
    }
}

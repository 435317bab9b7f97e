package dev.cited.select;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.check.NumberedSources;
import dev.cited.index.PaperLookup;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains a {@link SelectorModel} from labelled questions, the way the answerer will meet them:
 * each question is retrieved ({@code k} papers), every sentence of the sources gets its features,
 * and a sentence is positive when it is a gold sentence of its paper. Held-out questions are only
 * reported on. The others with a positive weight are shuffled with the seed and split: 80% fit
 * the sentence weights (L2 logistic regression on standardised features), 20% calibrate the
 * choice: the keep threshold and the relative cut-off, for claims and for questions apart (see
 * {@link #calibrate}). Whether to answer at all is then learned question by question over every question,
 * weight 0 included, by {@link AnswerabilityTrainer}. Same questions, index and seed give the
 * same file.
 */
public final class SelectorTrainer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double FIT_SHARE = 0.8;
    /** Weight of recall over precision when calibrating a question's thresholds. */
    static final int QUESTION_BETA = 2;

    /**
     * @param k papers retrieved per question
     * @param seed shuffles the fit/calibration split
     * @param lambda the L2 penalty
     * @param command the command line, recorded in the file
     */
    public record Settings(int k, long seed, double lambda, String command) {}

    /**
     * A question's candidates and labels, retrieved over one collection.
     *
     * @param group which data set it comes from, for the report (e.g. {@code scifact-claims})
     * @param evidence its question-level {@link AnswerabilityFeatures#evidence}
     * @param weight how many times its sentences count when fitting the sentence weights; 0 for
     *     questions that only train the answerability decision
     * @param questionWeight how many times it counts when fitting the answerability decision
     */
    public record Prepared(
            LabelledQuestion question,
            String group,
            List<SentenceCandidate> candidates,
            int[] labels,
            double[] evidence,
            int weight,
            int questionWeight) {

        /** This question counting {@code n} times when fitting the answerability decision. */
        public Prepared withQuestionWeight(int n) {
            return new Prepared(question, group, candidates, labels, evidence, weight, n);
        }
    }

    private final Retriever retriever;
    private final PaperLookup papers;
    private final SentenceFeatures features;

    public SelectorTrainer(Retriever retriever, PaperLookup papers, SentenceFeatures features) {
        this.retriever = retriever;
        this.papers = papers;
        this.features = features;
    }

    /**
     * Retrieves {@code k} papers for each question over this trainer's collection and labels
     * every sentence of them; progress goes to {@code log}.
     *
     * @param group the data set's name, for the report
     * @param weight how many times these questions' sentences count when fitting; 0 when they
     *     only train the answerability decision (where each question counts {@code max(1,
     *     weight)} times, see {@link Prepared#withQuestionWeight})
     */
    public List<Prepared> prepare(List<LabelledQuestion> questions, String group, int k, int weight, PrintWriter log)
            throws IOException {
        List<Prepared> out = new ArrayList<>();
        for (LabelledQuestion q : questions) {
            out.add(prepare(q, group, k, weight));
            if (out.size() % 100 == 0) {
                log.printf(Locale.ROOT, "prepared %d of %d questions%n", out.size(), questions.size());
                log.flush();
            }
        }
        return out;
    }

    /** Trains on {@code questions} over this trainer's collection, each counting once. */
    public SelectorModel train(List<LabelledQuestion> questions, Settings settings, PrintWriter log)
            throws IOException {
        return fit(prepare(questions, "questions", settings.k(), 1, log), settings, log);
    }

    /** Trains on prepared questions (from one or more collections); the report goes to {@code log}. */
    public static SelectorModel fit(List<Prepared> prepared, Settings settings, PrintWriter log) {
        List<Prepared> heldout = new ArrayList<>();
        List<Prepared> rest = new ArrayList<>();
        for (Prepared p : prepared) {
            if (p.weight() > 0) {
                (p.question().heldout() ? heldout : rest).add(p);
            }
        }
        rest.sort(Comparator.comparing(p -> p.question().id()));
        Collections.shuffle(rest, new Random(settings.seed()));
        int cut = (int) Math.round(rest.size() * FIT_SHARE);
        List<Prepared> fit = rest.subList(0, cut);
        List<Prepared> calibration = rest.subList(cut, rest.size());
        double[][] x = rows(fit);
        int[] y = labels(fit);
        LogisticRegression.Standardised fitted =
                LogisticRegression.fitStandardised(x, y, SentenceFeatures.NAMES.size(), settings.lambda());
        SelectorModel model = new SelectorModel(
                SelectorModel.FORMAT,
                SelectorModel.VERSION,
                settings.command(),
                SentenceFeatures.NAMES,
                fitted.mean(),
                fitted.scale(),
                fitted.weights(),
                fitted.bias(),
                0,
                0,
                0,
                3,
                0,
                0,
                AnswerabilityModel.always(),
                null);
        model = calibrate(model, calibration);
        ObjectNode report = report(model, fit, calibration, heldout, settings);
        AnswerabilityTrainer.Result answerability = AnswerabilityTrainer.fit(model, prepared, settings);
        report.set("answerability", answerability.report());
        log.print(TrainingReport.text(report));
        log.flush();
        return model.withAnswerability(answerability.model()).withReport(report);
    }

    Prepared prepare(LabelledQuestion q, String group, int k, int weight) throws IOException {
        List<PaperHit> hits = retriever.search(q.question(), k);
        List<Paper> found = new ArrayList<>();
        for (PaperHit hit : hits) {
            found.add(papers.paper(hit.paperId())
                    .orElseThrow(() -> new IllegalStateException("index has no paper " + hit.paperId())));
        }
        NumberedSources sources = new NumberedSources(found, hits);
        List<SentenceCandidate> candidates = features.candidates(q.question(), sources);
        int[] labels = new int[candidates.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] =
                    q.positive(candidates.get(i).paperId(), candidates.get(i).sentence()) ? 1 : 0;
        }
        return new Prepared(
                q,
                group,
                candidates,
                labels,
                features.evidence(q.question(), sources, candidates),
                weight,
                Math.max(1, weight));
    }

    /**
     * The choice thresholds, calibrated on {@code calibration}: for claims the grid point (keep
     * 0.05 to 0.45, relative 0.1 to 1.0) with the best rationale F1 over the calibration claims;
     * for texts put as questions ({@link AnswerType#isQuestion}) the grid point with the best
     * F{@value #QUESTION_BETA} over the calibration questions (recall weighing {@value
     * #QUESTION_BETA}² times precision: a person asking is served by the sentence that answers even
     * beside another one, so a further sentence costs little, but not nothing). A part with no
     * calibration texts keeps the other's thresholds. The sentence-level abstention threshold stays
     * 0 (the {@link AnswerabilityModel} decides whether to answer).
     */
    static SelectorModel calibrate(SelectorModel model, List<Prepared> calibration) {
        List<Prepared> claims = new ArrayList<>();
        List<Prepared> questions = new ArrayList<>();
        for (Prepared p : calibration) {
            (AnswerType.isQuestion(p.question().question()) ? questions : claims).add(p);
        }
        double[] claim = claims.isEmpty() ? null : grid(model, claims, 1);
        double[] question = questions.isEmpty() ? null : grid(model, questions, QUESTION_BETA);
        if (claim == null) {
            claim = question != null ? question : new double[] {model.keepAbove(), model.relative()};
        }
        if (question == null) {
            question = claim;
        }
        return model.withChoice(0, claim[0], claim[1], 3).withQuestionChoice(question[0], question[1]);
    }

    /** The (keep, relative) grid point with the best rationale F-beta over {@code part}. */
    private static double[] grid(SelectorModel model, List<Prepared> part, double beta) {
        List<List<SentenceCandidate>> scored = new ArrayList<>();
        for (Prepared p : part) {
            scored.add(SentenceSelector.score(model, p.candidates()));
        }
        double[] best = null;
        double bestScore = -1;
        for (int kk = 1; kk <= 9; kk++) {
            for (int r = 1; r <= 10; r++) {
                double keep = kk * 0.05;
                double relative = r * 0.1 - 1e-9 < 1 ? r * 0.1 : 1;
                SelectorModel m = model.withChoice(0, keep, relative, 3).withQuestionChoice(keep, relative);
                double score = rationales(m, part, scored).fBeta(beta);
                if (score > bestScore + 1e-12) {
                    bestScore = score;
                    best = new double[] {keep, relative};
                }
            }
        }
        return best;
    }

    static RationaleScore rationales(SelectorModel m, List<Prepared> prepared, List<List<SentenceCandidate>> scored) {
        RationaleScore score = new RationaleScore();
        for (int i = 0; i < prepared.size(); i++) {
            List<RationaleScore.Quote> quotes = SentenceSelector.choose(m, scored.get(i)).stream()
                    .map(c -> new RationaleScore.Quote(c.paperId(), c.sentence()))
                    .toList();
            score.add(prepared.get(i).question(), quotes);
        }
        return score;
    }

    private static ObjectNode report(
            SelectorModel model,
            List<Prepared> fit,
            List<Prepared> calibration,
            List<Prepared> heldout,
            Settings settings) {
        ObjectNode out = JSON.createObjectNode();
        out.put("command", settings.command());
        out.put("seed", settings.seed());
        out.put("k", settings.k());
        out.put("lambda", settings.lambda());
        out.put("questions_fit", fit.size());
        out.put("questions_calibration", calibration.size());
        out.put("questions_heldout", heldout.size());
        ObjectNode weights = out.putObject("weights");
        weights.put("(bias)", round(model.bias()));
        for (int i = 0; i < model.weights().length; i++) {
            weights.put(model.features().get(i), round(model.weights()[i]));
        }
        ObjectNode metrics = out.putObject("sentence_metrics");
        metrics.set("fit", SentenceMetrics.of(model, fit).json());
        metrics.set("calibration", SentenceMetrics.of(model, calibration).json());
        metrics.set("heldout", SentenceMetrics.of(model, heldout).json());
        metrics.set("heldout_old_scorer", SentenceMetrics.ofOldScorer(heldout).json());
        ObjectNode choice = out.putObject("choice");
        choice.put("abstain_below", round(model.abstainBelow()));
        choice.put("keep_above", round(model.keepAbove()));
        choice.put("relative", round(model.relative()));
        choice.put("question_keep_above", round(model.questionKeepAbove()));
        choice.put("question_relative", round(model.questionRelative()));
        choice.put("max_sentences", model.maxSentences());
        for (var e :
                List.of(java.util.Map.entry("calibration", calibration), java.util.Map.entry("heldout", heldout))) {
            List<List<SentenceCandidate>> scored = new ArrayList<>();
            e.getValue().forEach(p -> scored.add(SentenceSelector.score(model, p.candidates())));
            RationaleScore s = rationales(model, e.getValue(), scored);
            ObjectNode r = out.putObject("rationales_" + e.getKey());
            r.put("precision", round(s.precision()));
            r.put("recall", round(s.recall()));
            r.put("f1", round(s.f1()));
            if (e.getKey().equals("heldout")) {
                out.set("abstention_heldout", abstentionCurve(model, e.getValue(), scored));
            }
        }
        return out;
    }

    /**
     * Precision and recall of abstaining at each threshold: a question should be refused when
     * none of its candidate sentences is gold (no evidence, or its gold paper was not retrieved).
     */
    private static ArrayNode abstentionCurve(
            SelectorModel model, List<Prepared> prepared, List<List<SentenceCandidate>> scored) {
        ArrayNode curve = JSON.createArrayNode();
        for (int a = 0; a <= 20; a++) {
            double t = a * 0.04;
            int abstained = 0;
            int right = 0;
            int shouldRefuse = 0;
            for (int i = 0; i < prepared.size(); i++) {
                boolean refuse =
                        java.util.Arrays.stream(prepared.get(i).labels()).noneMatch(l -> l == 1);
                boolean abstains =
                        scored.get(i).isEmpty() || scored.get(i).getFirst().probability() < t;
                shouldRefuse += refuse ? 1 : 0;
                abstained += abstains ? 1 : 0;
                right += abstains && refuse ? 1 : 0;
            }
            ObjectNode point = curve.addObject();
            point.put("threshold", round(t));
            point.put("abstained", abstained);
            point.put("precision", abstained == 0 ? 1 : round(right / (double) abstained));
            point.put("recall", shouldRefuse == 0 ? 0 : round(right / (double) shouldRefuse));
        }
        return curve;
    }

    private static double[][] rows(List<Prepared> prepared) {
        return prepared.stream()
                .flatMap(p ->
                        java.util.stream.IntStream.range(0, p.weight()).boxed().flatMap(i -> p.candidates().stream()))
                .map(SentenceCandidate::features)
                .toArray(double[][]::new);
    }

    private static int[] labels(List<Prepared> prepared) {
        return prepared.stream()
                .flatMapToInt(p -> java.util.stream.IntStream.range(0, p.weight())
                        .flatMap(i -> java.util.Arrays.stream(p.labels())))
                .toArray();
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}

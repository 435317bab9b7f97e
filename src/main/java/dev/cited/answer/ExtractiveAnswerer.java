package dev.cited.answer;

import dev.cited.check.NumberedSources;
import dev.cited.index.Embedder;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import dev.cited.retrieve.TermStatistics;
import dev.cited.select.SelectorModel;
import dev.cited.select.SentenceCandidate;
import dev.cited.select.SentenceFeatures;
import dev.cited.select.SentenceSelector;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The offline default answerer: answers with sentences quoted verbatim from the numbered sources,
 * so it needs no language model and cannot invent a claim. It receives the question and the
 * sources (every version's text) as data and never sees the prompt templates, so rewording a
 * prompt cannot change its answers.
 *
 * <p>Which sentences to quote is the {@link SentenceSelector}'s choice: a trained model scores
 * every sentence of every source version from features computed from what the index stores
 * (sentence vectors, the collection's term statistics, titles, retrieval scores; see {@link
 * SentenceFeatures}), and quotes the best sentence and those close to it in probability (1 to 3,
 * from one or more papers), or nothing when the selector's question-level answerability decision
 * says the sources do not answer; the reply is then {@link #NO_ANSWER}. Each quote is followed by its
 * {@code [n]} marker. When another version of a cited paper words the chosen sentence so that it
 * {@link VersionComparison#disagree disagrees}, the reply says so and quotes that version too.
 */
public final class ExtractiveAnswerer implements Answerer {

    /** The reply when the sources do not answer the question. */
    public static final String NO_ANSWER = "The sources do not answer this question.";

    /**
     * Overrides of the bundled selector's choice thresholds ({@link SelectorModel}); a null field
     * keeps the selector's value.
     *
     * @param abstainBelow abstain when the best probability is below this
     * @param keepAbove further sentences need at least this probability (for claims and questions alike)
     * @param relative ... and at least this fraction of the best probability
     * @param maxSentences most sentences in an answer, 1 to 3
     * @param answerAbove answer only when the question-level answerability reaches this
     */
    public record Settings(
            Double abstainBelow, Double keepAbove, Double relative, Integer maxSentences, Double answerAbove) {
        public static final Settings DEFAULTS = new Settings(null, null, null, null, null);

        /**
         * Parses {@code min=0.3,keep=0.2,relative=0.6,max=3,answer=0.2}; missing keys keep the
         * selector's values.
         *
         * @throws IllegalArgumentException naming an unknown key or bad number
         */
        public static Settings parse(String spec) {
            Double min = null;
            Double keep = null;
            Double relative = null;
            Integer max = null;
            Double answer = null;
            for (String part : spec.split(",")) {
                String[] kv = part.strip().split("=", 2);
                try {
                    switch (kv[0]) {
                        case "min" -> min = Double.parseDouble(kv[1]);
                        case "keep" -> keep = Double.parseDouble(kv[1]);
                        case "relative" -> relative = Double.parseDouble(kv[1]);
                        case "max" -> max = Integer.parseInt(kv[1]);
                        case "answer" -> answer = Double.parseDouble(kv[1]);
                        default ->
                            throw new IllegalArgumentException("unknown extractive setting '" + kv[0]
                                    + "', expected min, keep, relative, max or answer");
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IllegalArgumentException("illegal extractive setting '" + part + "'", e);
                }
            }
            return new Settings(min, keep, relative, max, answer);
        }

        /**
         * {@code model} with these overrides.
         *
         * @throws IllegalArgumentException when an override is out of range
         */
        public SelectorModel apply(SelectorModel model) {
            SelectorModel chosen = model.withChoice(
                            abstainBelow != null ? abstainBelow : model.abstainBelow(),
                            keepAbove != null ? keepAbove : model.keepAbove(),
                            relative != null ? relative : model.relative(),
                            maxSentences != null ? maxSentences : model.maxSentences())
                    .withQuestionChoice(
                            keepAbove != null ? keepAbove : model.questionKeepAbove(),
                            relative != null ? relative : model.questionRelative());
            return answerAbove == null
                    ? chosen
                    : chosen.withAnswerability(chosen.answerability().withThreshold(answerAbove));
        }
    }

    private final SentenceSelector selector;

    /** The bundled selector without collection statistics (statistics over the sources stand in). */
    public ExtractiveAnswerer(Embedder embedder) {
        this(embedder, Optional.empty(), Settings.DEFAULTS);
    }

    /**
     * @param statistics the collection's term statistics, when the backend has them
     * @param settings overrides of the bundled selector's thresholds
     */
    public ExtractiveAnswerer(Embedder embedder, Optional<TermStatistics> statistics, Settings settings) {
        this(new SentenceSelector(new SentenceFeatures(embedder, statistics), settings.apply(SelectorModel.bundled())));
    }

    public ExtractiveAnswerer(SentenceSelector selector) {
        this.selector = selector;
    }

    /**
     * The reply: the chosen sentences, each followed by its {@code [n]} marker, or {@link
     * #NO_ANSWER}. With a listener the finished reply is handed out word by word (whitespace kept,
     * so the tokens join to the reply).
     *
     * @throws CancellationException when the listener is cancelled between words
     */
    @Override
    public String reply(String question, NumberedSources sources, AnswerListener listener) {
        String reply = answer(question, sources);
        if (listener != null) {
            int start = 0;
            for (int i = 1; i <= reply.length(); i++) {
                if (i == reply.length()
                        || (Character.isWhitespace(reply.charAt(i)) && !Character.isWhitespace(reply.charAt(i - 1)))) {
                    if (listener.cancelled()) {
                        throw new CancellationException("the listener went away");
                    }
                    listener.token(reply.substring(start, i));
                    start = i;
                }
            }
        }
        return reply;
    }

    /** The reply to {@code question} from {@code sources}, as {@link #reply} returns it. */
    String answer(String question, NumberedSources sources) {
        List<SentenceCandidate> chosen = selector.choose(question, sources);
        if (chosen.isEmpty()) {
            return NO_ANSWER;
        }
        StringBuilder out = new StringBuilder();
        for (SentenceCandidate c : chosen) {
            out.append(c.sentence()).append(" [").append(c.n()).append("] ");
            disagreement(sources, c).ifPresent(out::append);
        }
        return out.toString().strip();
    }

    private Optional<String> disagreement(NumberedSources sources, SentenceCandidate c) {
        List<PaperVersion> versions = sources.get(c.n()).orElseThrow().paper().versions();
        StringBuilder out = new StringBuilder();
        for (PaperVersion version : versions) {
            int w = version.number();
            if (w == c.version()) {
                continue;
            }
            String best = null;
            double bestSim = 0;
            for (String s : Sentences.split(version.text())) {
                double sim = VersionComparison.similarity(c.sentence(), s);
                if (sim > bestSim) {
                    best = s;
                    bestSim = sim;
                }
            }
            if (best != null
                    && bestSim >= VersionComparison.ALIGNED
                    && !best.equals(c.sentence())
                    && VersionComparison.disagree(c.sentence(), best)) {
                boolean inner = best.indexOf('"') >= 0;
                out.append("The versions of this paper disagree here: version ")
                        .append(w)
                        .append(" says ")
                        .append(inner ? '“' : '"')
                        .append(best)
                        .append(inner ? '”' : '"')
                        .append(" [")
                        .append(c.n())
                        .append("] ");
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }
}

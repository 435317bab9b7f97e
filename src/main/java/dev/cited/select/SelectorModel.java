package dev.cited.select;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A trained sentence selector as stored: logistic-regression weights over standardised {@link
 * SentenceFeatures}, the thresholds that turn probabilities into a choice, the command that
 * produced it and its training report. The bundled one is {@value #RESOURCE}.
 *
 * @param format always {@value #FORMAT}
 * @param version the file format version, {@value #VERSION}
 * @param command the command that produced the file
 * @param features the feature names the weights belong to, in order; must equal {@link
 *     SentenceFeatures#NAMES}
 * @param mean per feature, subtracted before weighting
 * @param scale per feature, divided by before weighting (positive)
 * @param weights per feature
 * @param bias the intercept
 * @param abstainBelow the reply also abstains when no sentence's probability reaches this (0 in
 *     the trained file: {@code answerability} decides)
 * @param keepAbove a sentence beyond the first is quoted only at this probability or above
 * @param relative ... and only at this fraction of the best sentence's probability or above
 * @param maxSentences most sentences quoted, 1 to 3
 * @param questionKeepAbove {@code keepAbove} when the text is put as a question ({@link
 *     AnswerType#isQuestion}): someone asking is served by the sentence that answers even beside
 *     a second one, so a question may quote more than a claim is backed by
 * @param questionRelative {@code relative} for a question
 * @param answerability the question-level decision whether to answer at all (version 2)
 * @param report the training report (metrics, abstention curve), for people
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SelectorModel(
        @JsonProperty("format") String format,
        @JsonProperty("version") int version,
        @JsonProperty("command") String command,
        @JsonProperty("features") List<String> features,
        @JsonProperty("mean") double[] mean,
        @JsonProperty("scale") double[] scale,
        @JsonProperty("weights") double[] weights,
        @JsonProperty("bias") double bias,
        @JsonProperty("abstain_below") double abstainBelow,
        @JsonProperty("keep_above") double keepAbove,
        @JsonProperty("relative") double relative,
        @JsonProperty("max_sentences") int maxSentences,
        @JsonProperty("question_keep_above") double questionKeepAbove,
        @JsonProperty("question_relative") double questionRelative,
        @JsonProperty("answerability") AnswerabilityModel answerability,
        @JsonProperty("report") JsonNode report) {

    public static final String FORMAT = "cited-sentence-selector";
    public static final int VERSION = 2;
    public static final String RESOURCE = "/dev/cited/select/selector-v2.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @throws IllegalArgumentException naming what is wrong: another format or version, a feature
     *     list that differs from {@link SentenceFeatures#NAMES} (a selector trained for other
     *     features), arrays of the wrong length, thresholds outside [0, 1], or no answerability
     *     model
     */
    public SelectorModel {
        if (!FORMAT.equals(format) || version != VERSION) {
            throw new IllegalArgumentException("not a sentence selector of format " + FORMAT + " version " + VERSION
                    + ": found format " + format + " version " + version);
        }
        if (!SentenceFeatures.NAMES.equals(features)) {
            throw new IllegalArgumentException(
                    "the selector was trained for features " + features + " but this build computes "
                            + SentenceFeatures.NAMES + "; retrain it with ./cited train answerer");
        }
        int d = features.size();
        if (mean == null
                || scale == null
                || weights == null
                || mean.length != d
                || scale.length != d
                || weights.length != d) {
            throw new IllegalArgumentException("the selector needs mean, scale and weights with " + d + " values each");
        }
        for (double s : scale) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("illegal feature scale " + s + ", must be positive");
            }
        }
        for (double t : new double[] {abstainBelow, keepAbove, relative, questionKeepAbove, questionRelative}) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("illegal selector threshold " + t + ", must be in [0, 1]");
            }
        }
        if (maxSentences < 1 || maxSentences > 3) {
            throw new IllegalArgumentException("illegal max_sentences " + maxSentences + ", must be 1 to 3");
        }
        if (answerability == null) {
            throw new IllegalArgumentException("the selector has no answerability model");
        }
    }

    /** The probability that a sentence with these features answers the question. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (features[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The keep threshold for a question ({@code question} true) or a claim. */
    public double keepAbove(boolean question) {
        return question ? questionKeepAbove : keepAbove;
    }

    /** The relative cut-off for a question ({@code question} true) or a claim. */
    public double relative(boolean question) {
        return question ? questionRelative : relative;
    }

    /** This model with other thresholds for questions. */
    public SelectorModel withQuestionChoice(double questionKeepAbove, double questionRelative) {
        return new SelectorModel(
                format,
                version,
                command,
                features,
                mean,
                scale,
                weights,
                bias,
                abstainBelow,
                keepAbove,
                relative,
                maxSentences,
                questionKeepAbove,
                questionRelative,
                answerability,
                report);
    }

    /** This model with other choice thresholds (for claims; questions keep theirs). */
    public SelectorModel withChoice(double abstainBelow, double keepAbove, double relative, int maxSentences) {
        return new SelectorModel(
                format,
                version,
                command,
                features,
                mean,
                scale,
                weights,
                bias,
                abstainBelow,
                keepAbove,
                relative,
                maxSentences,
                questionKeepAbove,
                questionRelative,
                answerability,
                report);
    }

    /** This model with {@code answerability} as its answerability decision. */
    public SelectorModel withAnswerability(AnswerabilityModel answerability) {
        return new SelectorModel(
                format,
                version,
                command,
                features,
                mean,
                scale,
                weights,
                bias,
                abstainBelow,
                keepAbove,
                relative,
                maxSentences,
                questionKeepAbove,
                questionRelative,
                answerability,
                report);
    }

    /** This model with {@code report} as its report. */
    public SelectorModel withReport(JsonNode report) {
        return new SelectorModel(
                format,
                version,
                command,
                features,
                mean,
                scale,
                weights,
                bias,
                abstainBelow,
                keepAbove,
                relative,
                maxSentences,
                questionKeepAbove,
                questionRelative,
                answerability,
                report);
    }

    /** The bundled selector. */
    public static SelectorModel bundled() {
        try (InputStream in = SelectorModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sentence selector " + RESOURCE + " is missing");
            }
            return read(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE + " failed", e);
        }
    }

    /**
     * Reads a selector file.
     *
     * @throws IllegalArgumentException naming {@code where} when it is not a valid selector
     */
    public static SelectorModel read(byte[] json, String where) {
        try {
            return JSON.readValue(json, SelectorModel.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException(where + ": " + cause.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored form, as JSON. */
    public byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a selector could not be written as JSON", e);
        }
    }
}

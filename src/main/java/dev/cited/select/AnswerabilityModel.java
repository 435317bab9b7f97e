package dev.cited.select;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;

/**
 * The question-level decision whether the sources answer a question at all: logistic-regression
 * weights over standardised {@link AnswerabilityFeatures} and the probability below which the
 * answerer refuses. Stored inside the {@link SelectorModel} file.
 *
 * @param features the feature names the weights belong to, in order; must equal {@link
 *     AnswerabilityFeatures#NAMES}
 * @param mean per feature, subtracted before weighting
 * @param scale per feature, divided by before weighting (positive)
 * @param weights per feature
 * @param bias the intercept
 * @param answerAbove the answerer answers when the probability reaches this, and refuses below it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerabilityModel(
        @JsonProperty("features") List<String> features,
        @JsonProperty("mean") double[] mean,
        @JsonProperty("scale") double[] scale,
        @JsonProperty("weights") double[] weights,
        @JsonProperty("bias") double bias,
        @JsonProperty("answer_above") double answerAbove) {

    /**
     * @throws IllegalArgumentException naming what is wrong: a feature list that differs from
     *     {@link AnswerabilityFeatures#NAMES}, arrays of the wrong length, a scale that is not
     *     positive or a threshold outside [0, 1]
     */
    public AnswerabilityModel {
        if (!AnswerabilityFeatures.NAMES.equals(features)) {
            throw new IllegalArgumentException("the answerability model was trained for features " + features
                    + " but this build computes " + AnswerabilityFeatures.NAMES
                    + "; retrain it with ./cited train answerer");
        }
        int d = features.size();
        if (mean == null
                || scale == null
                || weights == null
                || mean.length != d
                || scale.length != d
                || weights.length != d) {
            throw new IllegalArgumentException(
                    "the answerability model needs mean, scale and weights with " + d + " values each");
        }
        for (double s : scale) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("illegal answerability feature scale " + s + ", must be positive");
            }
        }
        if (!(answerAbove >= 0 && answerAbove <= 1)) {
            throw new IllegalArgumentException("illegal answer_above " + answerAbove + ", must be in [0, 1]");
        }
    }

    /** A model that answers every question (all weights 0, threshold 0): the untrained start. */
    public static AnswerabilityModel always() {
        int d = AnswerabilityFeatures.NAMES.size();
        double[] ones = new double[d];
        Arrays.fill(ones, 1);
        return new AnswerabilityModel(AnswerabilityFeatures.NAMES, new double[d], ones, new double[d], 0, 0);
    }

    /** The probability that the sources answer a question with these {@link AnswerabilityFeatures}. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (features[i] - mean[i]) / scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the answerer answers: the probability reaches {@link #answerAbove}. */
    public boolean answers(double[] features) {
        return probability(features) >= answerAbove;
    }

    /** This model with {@code answerAbove} as its threshold. */
    public AnswerabilityModel withThreshold(double answerAbove) {
        return new AnswerabilityModel(features, mean, scale, weights, bias, answerAbove);
    }
}

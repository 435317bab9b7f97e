package dev.cited.select;

/**
 * One distinct sentence of one version of a numbered source, with its features ({@link
 * SentenceFeatures#NAMES}, in that order) and, once scored, the selector's probability that it
 * answers the question.
 *
 * @param n the source's number
 * @param paperId the source paper
 * @param version the paper version the sentence was read from
 * @param sentence the sentence, verbatim
 * @param features the feature values
 * @param probability the selector's probability, NaN until scored
 */
public record SentenceCandidate(
        int n, String paperId, int version, String sentence, double[] features, double probability) {

    /** This candidate with {@code p} as its probability. */
    SentenceCandidate scored(double p) {
        return new SentenceCandidate(n, paperId, version, sentence, features, p);
    }

    /** The value of the feature called {@code name}. */
    public double feature(String name) {
        int i = SentenceFeatures.NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(
                    "unknown feature '" + name + "', expected one of " + SentenceFeatures.NAMES);
        }
        return features[i];
    }
}

package dev.cited.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Intervals in a text, for {@link Quantities}: the level that names how an interval was computed
 * ("95% CI", which states no finding of 0.95), the two ends of a confidence interval ("CI, 12-27",
 * which state only the ends of a range, not an estimate such as "an LR of 12"), and the two ends
 * of any range. Pure.
 */
final class Intervals {

    private static final Pattern LEVEL = Pattern.compile(
            "\\b(?:90|95|99)\\s*%(?=\\s*(?:CI|CrI|UI|confidence|credible|uncertainty)\\b)", Pattern.CASE_INSENSITIVE);
    /** The two ends of a confidence (or credible, uncertainty) interval: "CI, 12-27", "95% CI 0.85 to 1.09", "CI, 57%-66%". */
    private static final Pattern ENDS = Pattern.compile(
            "\\b(?:CI|CrI|UI|confidence\\s+interval|credible\\s+interval)]?\\s*[,:=]?\\s*(-?\\d[\\d.·]*)\\s*%?\\s*"
                    + "(?:-|–|—|to)\\s*(-?\\d[\\d.·]*)",
            Pattern.CASE_INSENSITIVE);
    /** The two ends of any range: "12-27", "0.85 to 1.09". */
    private static final Pattern RANGE = Pattern.compile("(-?\\d[\\d.,·]*)\\s*(?:-|–|—|to)\\s*(-?\\d[\\d.,·]*)");

    /** What is said of an interval's null value: "included 1", "crosses zero". */
    private static final Pattern NULL_VALUE = Pattern.compile(
            "(?i)\\b(?:includ|cross|span|overlapp?|contain)(?:e|es|ed|ing|s)?\\s+(?:the\\s+(?:null\\s+)?value\\s+(?:of\\s+)?)?$");

    private Intervals() {}

    /**
     * {@code text} with the level of each interval ("95% confidence interval", "95% CI") blanked
     * out, same length: it names how an interval was computed, not a finding, so "95% CI" does not
     * state a hazard ratio of 0.95.
     */
    static String withoutLevels(String text) {
        Matcher m = LEVEL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.group().length()));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Whether {@code q} of {@code clean} is the null value an interval is said to include ("the
     * interval included 1", "crosses zero"): no finding.
     */
    static boolean nullValue(String clean, Quantity q) {
        return (q.value() == 1 || q.value() == 0)
                && NULL_VALUE.matcher(clean.substring(0, q.start())).find();
    }

    /** Where the ends of the confidence intervals of {@code text} start. */
    static Set<Integer> confidenceEnds(String text) {
        return groupStarts(ENDS, text);
    }

    /** Where the ends of the ranges of {@code text} start. */
    static Set<Integer> rangeEnds(String text) {
        return groupStarts(RANGE, text);
    }

    private static Set<Integer> groupStarts(Pattern pattern, String text) {
        Set<Integer> out = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.start(g));
            }
        }
        return out;
    }
}

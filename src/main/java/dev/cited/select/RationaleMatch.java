package dev.cited.select;

import java.util.Collection;
import java.util.Locale;

/**
 * Whether a quoted or candidate sentence is one of a set of gold sentences, tolerating a different
 * sentence split: texts are compared lower-cased with whitespace collapsed, and one counts as the
 * other when they are equal or one contains the other and the shorter is at least {@value
 * #MIN_CHARS} characters long (so a candidate that joins two gold sentences, or a gold sentence
 * that our splitter cut in two, still matches).
 */
public final class RationaleMatch {

    static final int MIN_CHARS = 20;

    private RationaleMatch() {}

    /** Whether {@code sentence} matches any of {@code gold}. */
    public static boolean matchesAny(String sentence, Collection<String> gold) {
        return gold.stream().anyMatch(g -> matches(sentence, g));
    }

    /** Whether {@code a} and {@code b} are the same sentence, as described above. */
    public static boolean matches(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_CHARS && longer.contains(shorter);
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

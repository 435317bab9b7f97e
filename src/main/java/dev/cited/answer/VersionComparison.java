package dev.cited.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares two wordings of a sentence from different versions of one abstract: are they the
 * same sentence, and if so, do they disagree?
 *
 * <p>Wordings disagree when, after pairing spelling variants ({@code backdoor}/{@code backdoored},
 * {@code judgments}/{@code judgements}), the words that differ include a negation, a quantity or
 * comparison word, or a number: "a non-negligible fraction" against "a negligible fraction" does;
 * a reworded clause that keeps its meaning does not.
 */
final class VersionComparison {

    /** Sentences this similar (word Jaccard) are taken as two wordings of one sentence. */
    static final double ALIGNED = 0.5;

    private static final Set<String> SIGNALS = Set.of(
            "no",
            "not",
            "non",
            "never",
            "none",
            "nor",
            "neither",
            "without",
            "cannot",
            "fail",
            "fails",
            "failed",
            "all",
            "some",
            "most",
            "few",
            "fewer",
            "many",
            "more",
            "less",
            "least",
            "much",
            "only",
            "higher",
            "lower",
            "increase",
            "increases",
            "decrease",
            "decreases",
            "better",
            "worse",
            "negligible",
            "significant",
            "significantly",
            "rarely",
            "often",
            "always",
            "sometimes",
            "majority",
            "minority");

    private VersionComparison() {}

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Word-set Jaccard similarity in [0, 1]. */
    static double similarity(String a, String b) {
        Set<String> x = new HashSet<>(words(a));
        Set<String> y = new HashSet<>(words(b));
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    /** True when aligned wordings differ in a way that changes what they claim. */
    static boolean disagree(String a, String b) {
        List<String> onlyA = words(a);
        List<String> onlyB = words(b);
        for (String w : List.copyOf(onlyA)) {
            if (onlyB.remove(w)) {
                onlyA.remove(w);
            }
        }
        for (String w : List.copyOf(onlyA)) {
            for (String v : onlyB) {
                if (variant(w, v)) {
                    onlyA.remove(w);
                    onlyB.remove(v);
                    break;
                }
            }
        }
        for (List<String> rest : List.of(onlyA, onlyB)) {
            for (String w : rest) {
                if (SIGNALS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean variant(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length() - b.length()) <= 3) {
            return true;
        }
        return shorter >= 5 && editDistance(a, b) <= 2;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

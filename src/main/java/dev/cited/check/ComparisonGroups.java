package dev.cited.check;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison groups of a finding ("compared to subjects without panic anxiety", "than
 * untreated macaques", "and those who did not"): what a finding is compared with, not the finding,
 * so a negation there is no negation of the finding. Pure.
 */
final class ComparisonGroups {

    private static final Pattern GROUP = Pattern.compile(
            "(?i)\\b(?:compared\\s+(?:to|with)|than|versus|vs\\.?|(?:and|or)\\s+(?:those|people|patients|subjects|women|men)"
                    + "\\s+who)\\b[^,.;:]*");

    /** A word negated by its prefix ("untreated", "non-smokers"). */
    private static final Pattern NEGATED_WORD = Pattern.compile("(?i)\\b(?:un|non-?)[a-z]{3,}");

    private ComparisonGroups() {}

    /**
     * Why {@code claim} says the opposite of {@code evidence} ({@link Polarity#disagreement}),
     * with the evidence's comparison groups left out ({@link #without}), and the
     * claim's too when both name the group by the same negated word ("3.8-fold lower than
     * untreated macaques" against "3.8-fold lower than in untreated macaques"). Other groups of
     * the claim stay: "than after birth" is what a swapped comparison is read from, and "than
     * those without" may be what makes a reversed claim disagree.
     */
    static Optional<String> reversed(String claim, String evidence) {
        String claimGroups = groups(claim);
        Set<String> claimGroupWords = negatedWords(claimGroups);
        boolean alike = !claimGroupWords.isEmpty()
                && negatedWords(groups(evidence)).containsAll(claimGroupWords)
                && !NegationCues.NEGATIONS.matcher(claimGroups).find();
        return Polarity.disagreement(alike ? without(claim) : claim, without(evidence));
    }

    private static String groups(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = GROUP.matcher(text);
        while (m.find()) {
            out.append(m.group()).append(' ');
        }
        return out.toString();
    }

    private static Set<String> negatedWords(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NEGATED_WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /**
     * {@code evidence} without its comparison groups ("compared to subjects without panic
     * anxiety", "and those who did not"): a negation there describes the group compared with,
     * not the finding, so it is left out of the polarity comparison.
     */
    static String without(String evidence) {
        return GROUP.matcher(evidence).replaceAll(" ");
    }
}

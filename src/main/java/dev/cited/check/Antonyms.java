package dev.cited.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Negation by a word's own form, for {@link NegationCues}: prefixed antonyms ("ineffective"
 * against "effective", "UCP1-independent" against "UCP1-dependent") and words that deny need
 * ("dispensable") against words of need ("required"). Pure.
 */
final class Antonyms {

    /** Words that are negations of their own ("unable", "none"), read as cues, not as antonyms. */
    private static final Set<String> NEGATION_WORDS = Set.of("unable", "none", "neither", "nobody", "nothing");

    private static final Set<String> NEEDED = Set.of(
            "need", "needs", "needed", "require", "requires", "required", "necessary", "essential", "indispensable");
    private static final Set<String> NOT_NEEDED = Set.of("dispensable");
    private static final List<String> PREFIXES = List.of("non-", "non", "un", "in", "im", "ir", "il");
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:ive|ble|ent|ant|ful|al|ic|ous|ate|ct|ed)$");

    private Antonyms() {}

    /**
     * Prefixed antonyms in {@code own} of a base that {@code other} uses and {@code own} does not,
     * unless the other side's whole text ({@code otherAll}) uses the antonym too ("previously
     * unidentified" in the next clause), and words that deny need ("dispensable") against words of
     * need ("required").
     */
    static List<String> in(Set<String> own, Set<String> other, Set<String> otherAll) {
        List<String> out = new ArrayList<>();
        if (own.stream().anyMatch(NOT_NEEDED::contains)
                && other.stream().anyMatch(NEEDED::contains)
                && own.stream().noneMatch(NEEDED::contains)) {
            out.add(own.stream().filter(NOT_NEEDED::contains).findFirst().orElseThrow());
        }
        for (String w : own) {
            String base = base(w, other);
            if (base != null && !NEGATION_WORDS.contains(w) && !own.contains(base) && !otherAll.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The base of a prefixed antonym ("ineffective" → "effective", "UCP1-independent" →
     * "UCP1-dependent") when {@code other} uses the base; otherwise null.
     */
    static String base(String word, Set<String> other) {
        int dash = word.startsWith("non-") ? -1 : word.lastIndexOf('-');
        String head = dash < 0 ? "" : word.substring(0, dash + 1);
        String tail = word.substring(head.length());
        for (String p : PREFIXES) {
            if (!tail.startsWith(p)) {
                continue;
            }
            String base = tail.substring(p.length());
            boolean latin = p.length() == 2 && p.charAt(0) == 'i';
            if (base.length() >= (latin ? 5 : 4)
                    && other.contains(head + base)
                    && (!latin || ADJECTIVE.matcher(base).matches() && !base.endsWith("ed"))) {
                return head + base;
            }
        }
        return null;
    }
}

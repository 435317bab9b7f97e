package dev.cited.answer;

import dev.cited.index.TermAnalyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words {@link Polarity} reads: negation cues, direction words on named scales, and prefixed
 * antonyms; and the two comparisons of one aligned pair of clauses.
 */
final class PolarityLexicon {

    /**
     * Negation cues. "no" counts only before a word ("no recipient"), not as an answer ("No,
     * ..."); "nor" is not a cue, so "neither ... nor" and "not ... nor" count once.
     */
    static final Pattern NEGATIONS = Pattern.compile(
            "\\b(?:not|never|without|none|neither|cannot|unable|nobody|nothing"
                    + "|no(?=\\s+[a-z])"
                    + "|\\w+n['’]t|fail(?:s|ed|ing)?\\s+to|lack(?:s|ed|ing)?|struggl(?:e|es|ed|ing)\\s+with"
                    + "|absen(?:t|ce)(?:\\s+of)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> NEGATION_WORDS = Set.of("unable", "none", "neither", "nobody", "nothing");
    private static final Set<String> CHANGE_STEMS = Set.of("chang", "differ", "alter", "affect", "impact", "effect");
    private static final Pattern NOUN_CUES = Pattern.compile("no\\b|none|neither|without|lack|absen");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    /** A direction word: its scale and sign (+1 up, -1 down, 0 "the same"). */
    record Direction(String scale, int sign) {}

    private static final Map<String, Direction> DIRECTIONS = directions();
    private static final Set<String> COMPARED_TO = Set.of("as", "to", "with", "between");
    private static final List<String> PREFIXES = List.of("non-", "non", "un", "in", "im", "ir", "il");
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:ive|ble|ent|ant|ful|al|ic|ous|ate|ct|ed)$");

    /** Stems that are not content: polarity words and a few reporting words. */
    static final Set<String> IGNORED_STEMS = ignoredStems();

    private PolarityLexicon() {}

    private static Map<String, Direction> directions() {
        Map<String, Direction> m = new java.util.HashMap<>();
        put(
                m,
                "amount",
                1,
                "more",
                "increase",
                "increased",
                "increases",
                "increasing",
                "higher",
                "greater",
                "greatest",
                "larger",
                "largest",
                "bigger",
                "biggest",
                "elevated",
                "raise",
                "raised",
                "raises",
                "gain",
                "gains",
                "rise",
                "rises",
                "rose",
                "stronger",
                "strongest",
                "most",
                "drives",
                "upregulated",
                "promotes",
                "enhanced",
                "enhances");
        put(
                m,
                "amount",
                -1,
                "less",
                "fewer",
                "decrease",
                "decreased",
                "decreases",
                "decreasing",
                "lower",
                "lowest",
                "smaller",
                "smallest",
                "lowers",
                "lowered",
                "lowering",
                "reduced",
                "reduces",
                "reduce",
                "reducing",
                "reduction",
                "loss",
                "losses",
                "decline",
                "declined",
                "declines",
                "drop",
                "dropped",
                "weaker",
                "weakest",
                "least",
                "downregulated",
                "inhibits",
                "suppresses",
                "suppressed",
                "attenuated");
        put(m, "comparison", 1, "better", "best", "outperform", "outperforms", "outperformed", "superior");
        put(m, "comparison", -1, "worse", "worst", "underperform", "underperforms", "underperformed", "inferior");
        put(m, "quality", 1, "improve", "improves", "improved", "improving", "improvement");
        put(m, "quality", -1, "hurt", "hurts", "degrade", "degrades", "degraded", "worsen", "worsens", "worsened");
        put(m, "speed", 1, "faster", "fastest", "quicker", "accelerates", "accelerated");
        put(m, "speed", -1, "slower", "slowest", "slows", "delayed");
        put(m, "sign", 1, "positive", "positively");
        put(m, "sign", -1, "negative", "negatively", "inverse", "inversely");
        put(m, "dependence", 1, "depends", "depend", "dependent", "dependence");
        put(m, "dependence", -1, "independent", "independently", "independence");
        put(m, "comparison", 0, "same", "similar", "equal", "equally", "equivalent", "comparable", "identical");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Direction> m, String scale, int sign, String... words) {
        for (String w : words) {
            m.put(w, new Direction(scale, sign));
        }
    }

    private static Set<String> ignoredStems() {
        Set<String> out = new HashSet<>();
        List<String> words = new ArrayList<>(DIRECTIONS.keySet());
        words.addAll(List.of(
                "never",
                "without",
                "none",
                "neither",
                "nor",
                "cannot",
                "unable",
                "fail",
                "fails",
                "failed",
                "lack",
                "lacks",
                "absent",
                "absence",
                "struggle",
                "struggles",
                "also",
                "any",
                "may",
                "might",
                "can",
                "could",
                "would",
                "should",
                "however",
                "we",
                "our",
                "find",
                "finds",
                "found",
                "show",
                "shows",
                "shown",
                "suggest",
                "suggests",
                "report",
                "reports",
                "reported",
                "source",
                "sources",
                "author",
                "authors",
                "study",
                "still",
                "significantly",
                "consistently",
                "necessarily",
                "did",
                "does",
                "do",
                "done",
                "has",
                "have",
                "had",
                "been",
                "being",
                "were",
                "clearly",
                "always",
                "case",
                "generally",
                "fully",
                "entirely",
                "only"));
        for (String w : words) {
            out.addAll(TermAnalyzer.terms(w));
        }
        return Set.copyOf(out);
    }

    /**
     * A reason when exactly one of the two aligned clauses is negated (cue counts modulo two);
     * empty when a cue's scope is uncertain.
     */
    static Optional<String> negation(Polarity.Clause claim, Polarity.Clause evidence) {
        Set<String> claimWords = words(claim.text());
        Set<String> evidenceWords = words(evidence.text());
        boolean evidenceDirected = hasDirection(evidence.text());
        boolean claimDirected = hasDirection(claim.text());
        Cues claimCues = cues(claim.text(), evidence.terms(), evidenceDirected);
        Cues evidenceCues = cues(evidence.text(), claim.terms(), claimDirected);
        claimCues.found().addAll(antonyms(claimWords, evidenceWords));
        evidenceCues.found().addAll(antonyms(evidenceWords, claimWords));
        if (claimCues.uncertain() || evidenceCues.uncertain()) {
            return Optional.empty();
        }
        if (claimCues.found().size() % 2 == evidenceCues.found().size() % 2) {
            return Optional.empty();
        }
        if (claimCues.found().size() % 2 == 1) {
            return Optional.of("the claim says '" + claimCues.found().getFirst()
                    + "' where the source states it without negation");
        }
        return Optional.of(
                "the source says '" + evidenceCues.found().getFirst() + "' where the claim states it without negation");
    }

    /** The negation cues that count, each with the word after it, and whether any was uncertain. */
    private record Cues(List<String> found, boolean uncertain) {}

    /**
     * The negation cues of {@code text} about content of the other side. A noun cue ("no",
     * "without", "neither", "absent", …) counts when one of the next three content terms is in
     * {@code otherTerms}; a verb cue ("not", "fails to", …) when the next content term (the
     * negated word) is, or is a change verb ("did not change", "did not differ") and the other
     * side states a direction. A verb cue whose negated word is missing but whose later terms are
     * present is uncertain ("not removed by supervised fine-tuning" against "including supervised
     * fine-tuning"). A cue with no content after it ("which is not always the case") counts.
     */
    private static Cues cues(String text, Set<String> otherTerms, boolean otherDirected) {
        List<String> out = new ArrayList<>();
        boolean uncertain = false;
        Matcher m = NEGATIONS.matcher(text);
        while (m.find()) {
            String cue = m.group().toLowerCase(Locale.ROOT);
            List<String> scope = scope(text.substring(m.end()), 3);
            boolean any = scope.stream().anyMatch(otherTerms::contains);
            boolean counts;
            if (scope.isEmpty()) {
                counts = true;
            } else if (NOUN_CUES.matcher(cue).lookingAt()) {
                counts = any;
            } else {
                String head = scope.getFirst();
                counts = otherTerms.contains(head) || CHANGE_STEMS.contains(head) && otherDirected;
                uncertain |= !counts && any;
            }
            if (counts) {
                out.add(withNextWord(text, m.start(), m.end()));
            }
        }
        return new Cues(out, uncertain);
    }

    /** Prefixed antonyms in {@code own} of a base that {@code other} uses and {@code own} does not. */
    private static List<String> antonyms(Set<String> own, Set<String> other) {
        List<String> out = new ArrayList<>();
        for (String w : own) {
            String base = antonymBase(w, other);
            if (base != null && !NEGATION_WORDS.contains(w) && !own.contains(base) && !other.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean hasDirection(String text) {
        return wordList(text).stream().anyMatch(w -> {
            Direction d = DIRECTIONS.get(w);
            return d != null && d.sign() != 0;
        });
    }

    /** The first {@code k} content terms of the clause that starts {@code text}. */
    private static List<String> scope(String text, int k) {
        Matcher end = Polarity.CLAUSE_BREAK.matcher(text);
        String clause = end.find() ? text.substring(0, end.start()) : text;
        return TermAnalyzer.terms(clause).stream()
                .filter(t -> !IGNORED_STEMS.contains(t))
                .limit(k)
                .toList();
    }

    /**
     * The base of a prefixed antonym ("ineffective" → "effective", "UCP1-independent" →
     * "UCP1-dependent") when {@code other} uses the base; otherwise null.
     */
    static String antonymBase(String word, Set<String> other) {
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

    /**
     * A reason when a direction word left on one side (after cancelling those both use) meets one
     * of the opposite direction on the same scale left on the other.
     */
    static Optional<String> direction(String claim, String evidence) {
        List<String> claimWords = wordList(claim);
        List<String> evidenceWords = wordList(evidence);
        List<Integer> claimLeft = directionIndexes(claimWords);
        List<Integer> evidenceLeft = directionIndexes(evidenceWords);
        for (int i = 0; i < claimLeft.size(); i++) {
            Direction d = DIRECTIONS.get(claimWords.get(claimLeft.get(i)));
            for (int j = 0; j < evidenceLeft.size(); j++) {
                if (DIRECTIONS.get(evidenceWords.get(evidenceLeft.get(j))).equals(d)) {
                    claimLeft.remove(i--);
                    evidenceLeft.remove(j);
                    break;
                }
            }
        }
        for (int ci : claimLeft) {
            Direction c = DIRECTIONS.get(claimWords.get(ci));
            for (int ei : evidenceLeft) {
                Direction e = DIRECTIONS.get(evidenceWords.get(ei));
                if (c.scale().equals(e.scale()) && c.sign() != e.sign()) {
                    return Optional.of("the claim says '" + phrase(claimWords, ci) + "', the source says '"
                            + phrase(evidenceWords, ei) + "'");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The positions of direction words; an equality word counts only as a comparison ("the same
     * predictive power as", "similar to"), not as a determiner ("the same work").
     */
    private static List<Integer> directionIndexes(List<String> words) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Direction d = DIRECTIONS.get(words.get(i));
            if (d != null && (d.sign() != 0 || comparedTo(words, i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean comparedTo(List<String> words, int i) {
        for (int j = i + 1; j < Math.min(words.size(), i + 5); j++) {
            if (COMPARED_TO.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static String phrase(List<String> words, int i) {
        return i + 1 < words.size() ? words.get(i) + " " + words.get(i + 1) : words.get(i);
    }

    private static String withNextWord(String text, int start, int end) {
        Matcher next = WORD.matcher(text);
        String cue = text.substring(start, end);
        if (next.find(end)) {
            return cue + " " + next.group();
        }
        return cue;
    }

    private static List<String> wordList(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(wordList(text));
    }
}

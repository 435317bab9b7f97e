package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of degree a claim may not add to the text that supports it: absolutes ("always",
 * "perfectly", "proves", groups read from {@value #RESOURCE}) and direction words ("more",
 * "smallest", "worse", "reduces", {@link PolarityLexicon}). "Optimizing against preference models
 * always improves truthfulness" is not supported by "… also sometimes sacrifices truthfulness";
 * "the backdoor is most persistent in the smallest models" is not supported by a sentence that
 * says nothing about size; "most of the time" (a majority) is not supported by "a non-negligible
 * fraction of the time". Pure and deterministic.
 *
 * <p>An absolute of the claim (a listed word as written, so "conclusion" is none though
 * "conclusive" is) is matched by a word of its group in the supporting text, compared as analysed
 * stems. A direction word of the claim on one of the comparative scales (amount,
 * comparison, quality, speed) is matched by a direction word of the same sign on any of them
 * ("reduces" by "lower", "improves" by "better"); other scales ("positive", "dependent") are left
 * to {@link Polarity}, since "on the positive side" states no finding.
 * An opposite direction is not a match (that is {@link Polarity}'s reversed finding, reported
 * before this check).
 */
final class DegreeWords {

    static final String RESOURCE = "degree-words.tsv";
    private static final Set<String> COMPARATIVE_SCALES = Set.of("amount", "comparison", "quality", "speed");
    private static final Map<String, String> GROUP_OF_STEM = WordGroups.groupOfStem(RESOURCE);
    /** A claim's absolute is a listed word as written: "conclusively" is one, "conclusion" is not. */
    private static final Map<String, String> GROUP_OF_WORD = WordGroups.groupOfWord(RESOURCE);
    /**
     * "most of the time", "most of them": a majority, unlike the superlative "the most robust"; a
     * claim says it so, while a source may say it in any of {@link #MAJORITY}'s words.
     */
    private static final Pattern MOST_OF = Pattern.compile("(?i)\\bmost\\s+of\\b");

    private static final Pattern MAJORITY =
            Pattern.compile("(?i)\\b(?:most|mostly|predominantly|usually|typically|largely|mainly)\\b");

    private DegreeWords() {}

    /** A reason when {@code claim} carries a degree word {@code support} does not match; empty when it carries none. */
    static Optional<String> unsupported(String claim, String support) {
        claim = MOST_OF.matcher(claim).replaceAll("majority");
        support = MAJORITY.matcher(support).find() ? support + " majority" : support;
        Set<String> supportGroups = new HashSet<>();
        for (String stem : TermAnalyzer.terms(support)) {
            String g = GROUP_OF_STEM.get(stem);
            if (g != null) {
                supportGroups.add(g);
            }
        }
        for (String word : PolarityLexicon.wordList(claim)) {
            String g = GROUP_OF_WORD.get(word);
            if (g != null && !supportGroups.contains(g)) {
                return Optional.of("the source does not say '" + word + "'");
            }
        }
        List<PolarityLexicon.Direction> supportDirections = PolarityLexicon.directionWords(support).stream()
                .map(PolarityLexicon::direction)
                .toList();
        for (String word : PolarityLexicon.directionWords(claim)) {
            PolarityLexicon.Direction d = PolarityLexicon.direction(word);
            boolean matched = !COMPARATIVE_SCALES.contains(d.scale())
                    || supportDirections.stream()
                            .anyMatch(s -> s.sign() == d.sign() && COMPARATIVE_SCALES.contains(s.scale()));
            if (!matched) {
                return Optional.of("the source does not say '" + word + "'");
            }
        }
        return Optional.empty();
    }
}

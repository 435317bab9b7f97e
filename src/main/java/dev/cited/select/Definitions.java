package dev.cited.select;

import dev.cited.index.TermAnalyzer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence defines something a question names: one of the question's content words,
 * possibly quoted or followed by an abbreviation in parentheses, then a defining phrase ("Polis is
 * a platform that …", "\"Induction heads\" are attention heads that …", "Word Error Rate (WER), a
 * metric that …", "X refers to …", "X: …"). Built once per question; pure and thread-safe.
 */
final class Definitions {

    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9-]{2,}");
    private static final String DEFINING = "[\"'\u201d\u2019)\\]]*\\s*(?:\\([^)]{1,40}\\)\\s*)?"
            + "(?:,\\s*(?:a|an|the)\\s|(?:is|are)\\s+(?:a|an|the|one|\\w+(?:\\s\\w+)?\\s+(?:that|which|who|whose))\\b"
            + "|(?:refers?\\s+to|denotes?|means|stands\\s+for|is\\s+defined\\s+as|are\\s+defined\\s+as)\\b|:)";

    private final Optional<Pattern> pattern;

    private Definitions(Optional<Pattern> pattern) {
        this.pattern = pattern;
    }

    /** The definitions of {@code question}'s content words (those the analyser keeps as terms). */
    static Definitions of(String question) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!TermAnalyzer.terms(m.group()).isEmpty()) {
                words.add(Pattern.quote(m.group()));
            }
        }
        return new Definitions(
                words.isEmpty()
                        ? Optional.empty()
                        : Optional.of(Pattern.compile("\\b(?:" + String.join("|", words) + ")s?" + DEFINING)));
    }

    /** Whether {@code sentence} defines one of the question's words. */
    boolean definedIn(String sentence) {
        return pattern.map(p -> p.matcher(sentence.toLowerCase(Locale.ROOT)).find())
                .orElse(false);
    }
}

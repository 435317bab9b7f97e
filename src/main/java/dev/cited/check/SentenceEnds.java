package dev.cited.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Where sentences end in one block: at {@code .}, {@code !} or {@code ?} followed by a space or
 * line break and an upper-case letter, digit, quote, emphasis or the end of the block, but not
 * after an abbreviation or an initial (see {@link AnswerReader}). Callers skip terminators inside
 * quotes, parentheses and opaque tokens ({@link InlineSpans}).
 */
final class SentenceEnds {

    /** Words before a period that does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "al.", "e.g.", "i.e.", "vs.", "fig.", "figs.", "eq.", "eqs.", "sec.", "ref.", "refs.", "approx.", "cf.",
            "resp.", "dr.", "prof.", "inc.", "ltd.", "st.", "ca.", "et.", "ed.", "eds.", "vol.", "p.", "pp.");

    private static final String CLOSERS = "*_”\"’)";

    private final String text;
    private final int from;
    private final int to;
    private final InlineSpans spans;

    SentenceEnds(String text, int from, int to, InlineSpans spans) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.spans = spans;
    }

    /** Whether the first non-space character from {@code p} is a lower-case letter. */
    boolean nextWordIsLowerCase(int p) {
        while (p < to && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p < to && Character.isLowerCase(text.charAt(p));
    }

    /**
     * When a sentence ends at the terminator at {@code p}: where the next one starts. -1 when it does
     * not end there, also when a closing marker run follows (that run ends the sentence).
     */
    int after(int p) {
        int j = p + 1;
        while (j < to && ".!?".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        while (j < to && CLOSERS.indexOf(text.charAt(j)) >= 0 && !spans.opensQuote(j)) {
            j++;
        }
        if (j >= to) {
            return to;
        }
        int k = j;
        while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        Matcher run = CitationMarkers.RUN.matcher(text).region(k, to);
        if (k < to && text.charAt(k) == '[' && run.lookingAt()) {
            return nextWordIsLowerCase(run.end()) ? j : -1;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return -1;
        }
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        char c = k < to ? text.charAt(k) : ' ';
        if (k < to && !Character.isUpperCase(c) && !Character.isDigit(c) && "\"“‘'*_`([".indexOf(c) < 0) {
            return -1;
        }
        return text.charAt(p) == '.' && abbreviation(p, c) ? -1 : j;
    }

    /** Whether the period at {@code p} closes an abbreviation or initial; {@code next} is the character after the space. */
    private boolean abbreviation(int p, char next) {
        int s = p;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && "(*_\"“".indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        String word = text.substring(s, p + 1);
        String lower = word.toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(lower)
                || (lower.equals("no.") && Character.isDigit(next))
                || word.matches("\\p{Lu}\\.|(?:\\p{L}\\.){2,}");
    }
}

package dev.cited.check;

import java.util.regex.Pattern;

/** Markdown inline text made plain: emphasis and inline-code marks removed, whitespace squashed. */
final class MarkdownText {

    private static final Pattern STRONG = Pattern.compile("\\*\\*|__|`");
    /** A star that is not a lone operator between spaces ({@code a * b}). */
    private static final Pattern STAR = Pattern.compile("(?<!\\s)\\*|\\*(?!\\s)");
    /** An underscore that opens or closes emphasis; {@code snake_case} keeps its underscore. */
    private static final Pattern UNDERSCORE =
            Pattern.compile("(?<![\\p{L}\\p{N}_])_+(?=\\S)|(?<=\\S)_+(?![\\p{L}\\p{N}_])");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([.,;:!?])(?=\\s|$)");

    private MarkdownText() {}

    /** {@code markdown} without emphasis or code marks, whitespace squashed to single spaces, stripped. */
    static String plain(String markdown) {
        String s = STRONG.matcher(markdown).replaceAll("");
        s = STAR.matcher(s).replaceAll("");
        s = UNDERSCORE.matcher(s).replaceAll("");
        return squash(s);
    }

    /** {@code s} with runs of whitespace as one space, none before closing punctuation, stripped. */
    static String squash(String s) {
        String out = SPACES.matcher(s).replaceAll(" ").strip();
        return SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("$1");
    }
}

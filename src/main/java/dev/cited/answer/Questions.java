package dev.cited.answer;

/**
 * The one check every surface applies to a question or search query before it is answered: the
 * REST API, the OpenAI-compatible endpoint (every message) and the chat adapters.
 *
 * <p>A question is rejected when it is blank after removing whitespace, including zero-width and
 * non-breaking spaces ({@code empty_question}); when it is longer than {@value #MAX_LENGTH}
 * characters ({@code question_too_long}); or when it holds a control character other than tab,
 * line feed or carriage return ({@code invalid_question}).
 */
public final class Questions {

    /** The longest question or query accepted, in UTF-16 characters. */
    public static final int MAX_LENGTH = 2000;

    /** Why a question was rejected: a machine-readable code and a message naming the field. */
    public record Problem(String code, String message) {}

    private Questions() {}

    /**
     * The problem with {@code text}, or null when it may be answered.
     *
     * @param text the question; null counts as blank
     * @param field the name shown in the message, e.g. {@code 'question'}
     */
    public static Problem check(String text, String field) {
        if (text == null || blank(text)) {
            return new Problem("empty_question", "'" + field + "' must contain more than whitespace");
        }
        if (text.length() > MAX_LENGTH) {
            return new Problem(
                    "question_too_long",
                    "'" + field + "' has " + text.length() + " characters; the limit is " + MAX_LENGTH);
        }
        if (hasControlCharacters(text)) {
            return new Problem("invalid_question", "'" + field + "' contains control characters");
        }
        return null;
    }

    /** True when {@code text} holds a control character other than tab, line feed or carriage return. */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r');
    }

    /** True when every code point is whitespace, a space separator (NBSP too) or a zero-width format character. */
    static boolean blank(String text) {
        return text.codePoints().allMatch(Questions::invisible);
    }

    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || cp == 0x200B // zero-width space
                || cp == 0x200C // zero-width non-joiner
                || cp == 0x200D // zero-width joiner
                || cp == 0x2060 // word joiner
                || cp == 0xFEFF // zero-width no-break space (BOM)
                || cp == 0x180E; // Mongolian vowel separator
    }

    /** At most {@code max} characters of {@code text}, with an ellipsis when cut: for echoing a question back. */
    public static String preview(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}

package dev.cited.check;

import dev.cited.check.Reply.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans of one block that sentence and marker rules must not look into: quotes (straight and
 * curly double quotes; curly single quotes around three or more words on one line), parentheses
 * (matched pairs outside quotes), and opaque tokens (URLs, {@code <!everyone>}, {@code <@U123>},
 * {@code <https://...>}).
 */
final class InlineSpans {

    private static final Pattern OPAQUE =
            Pattern.compile("<[@#!][^<>\\s]*>|<https?://[^<>\\s]+>|https?://\\S*[^\\s.,;:!?)\\]]");
    private static final Pattern ELLIPSIS = Pattern.compile("\\[\\s*(?:\\.\\.\\.|…)\\s*]|\\.\\.\\.|…");

    private final String text;
    private final int from;
    private final int to;
    private final boolean[] quoted;
    private final boolean[] opaque;
    private final boolean[] parenthesised;
    /** Each quote as {open, close}: the indexes of its opening and closing marks. */
    private final List<int[]> quotes = new ArrayList<>();

    InlineSpans(String text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.quoted = new boolean[to - from];
        this.opaque = new boolean[to - from];
        this.parenthesised = new boolean[to - from];
        findQuotes();
        Matcher m = OPAQUE.matcher(text).region(from, to);
        while (m.find()) {
            Arrays.fill(opaque, m.start() - from, m.end() - from, true);
        }
        markParentheses();
    }

    /** Whether index {@code i} is inside a quote, its marks included. */
    boolean quoted(int i) {
        return quoted[i - from];
    }

    boolean opaque(int i) {
        return opaque[i - from];
    }

    /** Whether index {@code i} is between matched parentheses (the parentheses excluded). */
    boolean parenthesised(int i) {
        return parenthesised[i - from];
    }

    /** The index of the closing mark of the quote holding {@code i}, or {@code i} when none does. */
    int quoteEnd(int i) {
        for (int[] q : quotes) {
            if (q[0] <= i && i <= q[1]) {
                return q[1];
            }
        }
        return i;
    }

    /** The quotes lying wholly inside {@code [start, end)}, in order. */
    List<Quote> quotesIn(int start, int end) {
        List<Quote> out = new ArrayList<>();
        for (int[] q : quotes) {
            if (q[0] >= start && q[1] < end) {
                String inner = MarkdownText.squash(text.substring(q[0] + 1, q[1]));
                List<String> pieces = Arrays.stream(ELLIPSIS.split(inner))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
                out.add(new Quote(inner, pieces));
            }
        }
        return out;
    }

    /** Whether the mark at {@code i} can open a quote: not after a letter or digit, not before a space. */
    boolean opensQuote(int i) {
        char c = text.charAt(i);
        if (c != '"' && c != '‘' && c != '“') {
            return false;
        }
        boolean before = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
        return before && i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
    }

    private void findQuotes() {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '"' && opensQuote(i)) {
                close = text.indexOf('"', i + 1);
            } else if (c == '“') {
                close = text.indexOf('”', i + 1);
            } else if (c == '‘' && opensQuote(i)) {
                close = singleQuoteEnd(i);
            }
            if (close < 0 || close >= to) {
                i++;
                continue;
            }
            quotes.add(new int[] {i, close});
            Arrays.fill(quoted, i - from, close - from + 1, true);
            i = close + 1;
        }
    }

    /** The closing {@code ’} of a single-quoted span of three or more words on one line, or -1. */
    private int singleQuoteEnd(int open) {
        for (int k = open + 1; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return -1;
            }
            if (c == '’' && (k + 1 >= to || !Character.isLetter(text.charAt(k + 1)))) {
                String inner = text.substring(open + 1, k).strip();
                return inner.split("\\s+").length >= 3 ? k : -1;
            }
        }
        return -1;
    }

    private void markParentheses() {
        List<Integer> open = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (quoted[i - from]) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '(') {
                open.add(i);
            } else if (c == ')' && !open.isEmpty()) {
                int o = open.removeLast();
                Arrays.fill(parenthesised, o - from + 1, i - from, true);
            }
        }
    }
}

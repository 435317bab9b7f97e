package dev.cited.answer;

import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a reply into the claims {@link CitationChecker} judges: the text before each run of {@code
 * [n]} markers is a claim carrying those markers (when that text holds several sentences, only the
 * last one; the sentences before it are claims without markers), and the sentences after the last
 * run are claims without markers. Every claim keeps its span in the reply.
 */
final class MarkerRunCutter {

    private static final Pattern MARKERS = Pattern.compile("(?:\\s*\\[\\d+(?:\\s*[,;]\\s*\\d+)*])+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /**
     * A piece of the reply to judge.
     *
     * @param start offset of its first character in the reply
     * @param end offset after its markers (after its text when it has none)
     * @param text the claim's text, markers excluded
     * @param markers the numbers of its markers, in order, each once (a number too long for an int
     *     is {@link Integer#MAX_VALUE})
     * @param trailing whether it comes after the reply's last marker
     */
    record Claim(int start, int end, String text, List<Integer> markers, boolean trailing) {}

    private MarkerRunCutter() {}

    /** The claims of {@code reply}, in order. */
    static List<Claim> cut(String reply) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = MARKERS.matcher(reply);
        int last = 0;
        while (m.find()) {
            List<Claim> sentences = sentences(reply, last, m.start(), false);
            last = m.end();
            if (sentences.isEmpty()) {
                continue;
            }
            claims.addAll(sentences.subList(0, sentences.size() - 1));
            Claim claim = sentences.getLast();
            claims.add(new Claim(claim.start(), m.end(), claim.text(), numbers(m.group()), false));
        }
        claims.addAll(sentences(reply, last, reply.length(), true));
        return claims;
    }

    /** The sentences of {@code reply[from, to)} as claims without markers, with their spans. */
    private static List<Claim> sentences(String reply, int from, int to, boolean trailing) {
        String raw = reply.substring(from, to);
        String text = raw.strip();
        int offset = from + raw.length() - raw.stripLeading().length();
        List<Claim> out = new ArrayList<>();
        int cursor = 0;
        for (String s : Sentences.split(text)) {
            int at = text.indexOf(s, cursor);
            if (at < 0) {
                at = cursor; // cannot happen: every sentence is a substring of the text it was split from
            }
            cursor = at + s.length();
            out.add(new Claim(offset + at, offset + at + s.length(), s, List.of(), trailing));
        }
        return out;
    }

    private static List<Integer> numbers(String markers) {
        List<Integer> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(markers);
        while (m.find()) {
            int n = m.group().length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(m.group());
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }
}

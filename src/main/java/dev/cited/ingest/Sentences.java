package dev.cited.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits abstract text into sentences. Every sentence returned is an exact substring of the
 * input (trimmed), so it can be quoted verbatim.
 *
 * <p>Uses the JDK's {@link BreakIterator} and then re-joins breaks it makes after common
 * abbreviations ({@code et al.}, {@code e.g.}, {@code Fig.}) and before a lower-case word.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "al.", "e.g.", "i.e.", "etc.", "vs.", "fig.", "figs.", "eq.", "eqs.", "sec.", "ref.", "refs.", "no.",
            "approx.", "cf.", "resp.", "dr.", "prof.", "inc.", "ltd.", "st.", "ca.");
    private static final Pattern STARTS_LOWER = Pattern.compile("^[a-z]");

    private Sentences() {}

    /** The sentences of {@code text}, in order, each trimmed and non-empty. */
    public static List<String> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        List<int[]> spans = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            spans.add(new int[] {start, end});
        }
        List<String> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < spans.size(); i++) {
            int s = open >= 0 ? open : spans.get(i)[0];
            int e = spans.get(i)[1];
            String piece = text.substring(s, e).trim();
            boolean last = i == spans.size() - 1;
            if (!last
                    && shouldJoin(
                            piece,
                            text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1])
                                    .trim())) {
                open = s;
                continue;
            }
            open = -1;
            if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return out;
    }

    private static boolean shouldJoin(String piece, String next) {
        if (next.isEmpty()) {
            return false;
        }
        String[] words = piece.split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lastWord)) {
            return true;
        }
        return STARTS_LOWER.matcher(next).find() && !piece.endsWith("?") && !piece.endsWith("!");
    }
}

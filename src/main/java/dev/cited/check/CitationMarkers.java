package dev.cited.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citation markers as models write them: {@code [1]}, {@code [1, 2]}, {@code [1;2]}, {@code [1-3]},
 * {@code [1–3]}, {@code [1, 3-4]}, and runs of them ({@code [1][2]}, {@code [1] [2]}, {@code [1], [2]}).
 */
final class CitationMarkers {

    /** The widest range that is expanded; {@code [1-500]} is read as its two ends, 1 and 500. */
    static final int MAX_RANGE = 20;

    private static final String ITEM = "\\d{1,9}(?:\\s*[-–—]\\s*\\d{1,9})?";
    private static final String ONE = "\\[\\s*" + ITEM + "(?:\\s*[,;]\\s*" + ITEM + ")*\\s*]";
    /** One marker, or several separated by spaces, tabs, commas or semicolons (never a line break). */
    static final Pattern RUN = Pattern.compile(ONE + "(?:[ \\t,;]*" + ONE + ")*");

    private static final Pattern ITEMS = Pattern.compile("(\\d{1,9})(?:\\s*[-–—]\\s*(\\d{1,9}))?");

    private CitationMarkers() {}

    /**
     * The source numbers in {@code run}, in the order written, each once; a range {@code a-b} with
     * {@code a <= b} and at most {@value #MAX_RANGE} numbers wide is expanded, any other range gives
     * its two ends.
     */
    static List<Integer> numbers(CharSequence run) {
        List<Integer> out = new ArrayList<>();
        Matcher m = ITEMS.matcher(run);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                add(out, from);
                continue;
            }
            int to = Integer.parseInt(m.group(2));
            if (from <= to && to - from < MAX_RANGE) {
                for (int n = from; n <= to; n++) {
                    add(out, n);
                }
            } else {
                add(out, from);
                add(out, to);
            }
        }
        return List.copyOf(out);
    }

    /** {@code out} followed by the numbers of {@code more} it does not hold yet. */
    static List<Integer> union(List<Integer> out, List<Integer> more) {
        List<Integer> all = new ArrayList<>(out);
        more.forEach(n -> add(all, n));
        return List.copyOf(all);
    }

    private static void add(List<Integer> out, int n) {
        if (!out.contains(n)) {
            out.add(n);
        }
    }
}

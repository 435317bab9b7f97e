package dev.cited.check;

import dev.cited.check.Quantity.Bound;
import dev.cited.check.Quantity.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number words for {@link Quantities}: "seventy", "fifty-two billion", "two hundred and fifty",
 * "forty percent", "two-fold", "twofold". A lone "one" counts only with a scale, a unit or "in"
 * ("one in five"); a word number up to ten after "the", "these", "those", "their", "its", "both"
 * or "all" refers back ("the two cones") and does not count.
 */
final class NumberWords {

    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:the|these|those|their|its|both|all)\\s+$");
    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    static final Map<String, Double> SCALES = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final Map<String, Integer> FOLDS =
            Map.of("twofold", 2, "threefold", 3, "fourfold", 4, "fivefold", 5, "tenfold", 10, "hundredfold", 100);

    private static final Pattern REFERRING = Pattern.compile(
            "(?i)\\b(?:the|these|those|their|its|both|all)\\s+(two|three|four|five|six|seven|eight|nine|ten)\\b");

    private NumberWords() {}

    /**
     * Adds the numbers of {@code s} that refer back ("the two samples", which {@link #words} leaves
     * out): as evidence they still state the count, so a claim's "two samples" is stated.
     */
    static void referring(String s, List<Quantity> out) {
        Matcher m = REFERRING.matcher(s);
        while (m.find()) {
            out.add(new Quantity(
                    SMALL.get(m.group(1).toLowerCase(Locale.ROOT)),
                    1,
                    Unit.NUMBER,
                    Bound.EXACT,
                    m.group(1),
                    m.start(1)));
        }
    }

    /** Adds the number words of {@code s} to {@code out}, each with its position in {@code s}. */
    static void words(String s, List<Quantity> out) {
        String lower = s.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        List<int[]> run = new ArrayList<>();
        int lastEnd = -1;
        while (m.find()) {
            String w = m.group();
            boolean joiner = lastEnd >= 0 && lower.substring(lastEnd, m.start()).matches("[\\s-]+");
            boolean numeric = SMALL.containsKey(w) || SCALES.containsKey(w) || w.equals("hundred");
            if (numeric && (run.isEmpty() || joiner)) {
                run.add(new int[] {m.start(), m.end()});
            } else if (w.equals("and") && !run.isEmpty() && joiner && afterHundredOrScale(lower, run)) {
                // "two hundred and fifty": kept only when a number word follows
                run.add(new int[] {m.start(), m.end(), 1});
            } else {
                flush(s, lower, run, out);
                run.clear();
                if (numeric) {
                    run.add(new int[] {m.start(), m.end()});
                } else if (FOLDS.containsKey(w)) {
                    out.add(new Quantity(
                            FOLDS.get(w),
                            1,
                            Unit.FOLD,
                            Quantity.Bound.before(s, m.start()),
                            s.substring(m.start(), m.end()),
                            m.start()));
                }
            }
            lastEnd = m.end();
        }
        flush(s, lower, run, out);
    }

    private static boolean afterHundredOrScale(String lower, List<int[]> run) {
        int[] last = run.getLast();
        String w = lower.substring(last[0], last[1]);
        return w.equals("hundred") || SCALES.containsKey(w);
    }

    private static void flush(String s, String lower, List<int[]> run, List<Quantity> out) {
        while (!run.isEmpty() && run.getLast().length == 3) {
            run.removeLast();
        }
        if (run.isEmpty()) {
            return;
        }
        String first = lower.substring(run.getFirst()[0], run.getFirst()[1]);
        String before = lower.substring(0, run.getFirst()[0]).replaceAll("[\\s-]+$", "");
        if (!SMALL.containsKey(first) && !before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1))) {
            return; // the scale word of "52 billion", already read with its digits
        }
        double total = 0;
        double current = 0;
        boolean sawScale = false;
        for (int[] t : run) {
            if (t.length == 3) {
                continue;
            }
            String w = lower.substring(t[0], t[1]);
            if (SMALL.containsKey(w)) {
                current += SMALL.get(w);
            } else if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else {
                total += (current == 0 ? 1 : current) * SCALES.get(w);
                current = 0;
                sawScale = true;
            }
        }
        double value = total + current;
        int start = run.getFirst()[0];
        int end = run.getLast()[1];
        String rest = s.substring(end);
        Unit unit = Unit.NUMBER;
        Matcher u = Quantities.SUFFIX_UNIT.matcher(rest);
        if (u.find() && u.group("x") == null) {
            unit = u.group("pct") != null ? Unit.PERCENT : Unit.FOLD;
            end += u.end();
        }
        boolean loneOne = run.size() == 1 && lower.substring(start, end).equals("one");
        if (loneOne && unit == Unit.NUMBER && !sawScale && !rest.startsWith(" in ")) {
            return;
        }
        if (unit == Unit.NUMBER
                && value <= 10
                && DEFINITE.matcher(lower.substring(0, start)).find()) {
            return; // "the two cones": a reference to things already named, not a count to check
        }
        double precision = sawScale
                ? SCALES.values().stream()
                        .filter(v -> v <= value)
                        .max(Double::compare)
                        .orElse(1.0)
                : Quantities.precision(Long.toString((long) value));
        out.add(new Quantity(value, precision, unit, Quantity.Bound.before(s, start), s.substring(start, end), start));
    }
}

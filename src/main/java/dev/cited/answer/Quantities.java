package dev.cited.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quantities a text states, normalised so that a number written in digits, in words or with
 * a scale suffix is the same number: "seventy" = "70", "fifty-two billion" = "52 billion" =
 * "52B" = "52,000,000,000", "forty percent" = "40%", "0.5" = ".5", "two-fold" = "2x", "1e-5" =
 * "10^-5", "one in five" = 0.2 (and 20%).
 *
 * <p>What counts as a quantity: digit literals (with thousands commas, decimals, a leading minus
 * sign, scientific notation, a scale suffix k/K/M/B/bn/T or word thousand/million/billion/trillion,
 * a unit %, percent, fold, x), number words from "two" to "trillion" (a lone "one" is a pronoun
 * more often than a count, so it counts only with a scale, percent, fold or "in"; a word number up
 * to ten after "the", "these", "those", "their", "its" or "all" refers back, as in "the two cones", and
 * does not count), both ends of a
 * range ("10-20", "63% to 86%"), p-values and other comparisons ("p < 0.05"), and years. What does
 * not: ordinals ("first", "2nd"), list numbering ("(1)", "1."), citation markers ("[2]"), labels
 * ("source 2", "Table 3", "Fig. 4"), and
 * numbers that are part of a name: attached to letters ("GPT-4", "COVID-19", "p53",
 * "BLOOM-176B") or following a capitalised word ("Llama 2", "Claude 3.5"), except years.
 *
 * <p>All methods are pure and deterministic.
 */
public final class Quantities {

    /** How a stated number binds the true value. */
    public enum Bound {
        /** The number as written. */
        EXACT,
        /** "about", "approximately", "nearly", "roughly", "around", "almost", "~": to its precision. */
        ABOUT,
        /** "over", "more than", "at least", "above", "exceeding", "&gt;", "≥". */
        AT_LEAST,
        /** "under", "less than", "fewer than", "below", "at most", "up to", "&lt;", "≤". */
        AT_MOST
    }

    /** How a value is expressed; a percent also matches its fraction, a ratio its percent. */
    public enum Unit {
        NUMBER,
        PERCENT,
        FOLD,
        RATIO
    }

    /**
     * One stated quantity.
     *
     * @param value the normalised value (scale applied: "52B" is 5.2e10)
     * @param precision half of this is how far a value may be from {@code value} and still round
     *     to it as written ("52.3" has 0.1, "50" has 10, "52 billion" has 1e9)
     * @param text the text it was read from, for messages
     * @param start where {@code text} starts in the (cleaned) input
     */
    public record Quantity(double value, double precision, Unit unit, Bound bound, String text, int start) {

        /** The values this quantity may be written as elsewhere: a percent also as a fraction. */
        List<Double> alternatives() {
            return switch (unit) {
                case PERCENT -> List.of(value, value / 100);
                case RATIO -> List.of(value, value * 100);
                default -> List.of(value);
            };
        }
    }

    private static final Pattern MARKERS = Pattern.compile("\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*]");
    private static final Pattern LIST_NUMBERS =
            Pattern.compile("(?m)(?:^\\s*\\d{1,2}[.)](?=\\s)|\\(\\d{1,2}\\)(?=\\s))");
    private static final Pattern DIGITS = Pattern.compile("(?<sign>[-−](?=[\\d.]))?"
            + "(?<mant>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
            + "(?:\\s*[x×]\\s*10\\^(?<tenexp>[-−+]?\\d+)|\\^(?<powexp>[-−+]?\\d+)|[eE](?<exp>[-−+]?\\d+))?");
    private static final Pattern NAME_NUMBER =
            Pattern.compile("(?<![A-Za-z])([A-Za-z]+)-(\\d+(?:\\.\\d+)?)(?![\\d.]*\\d)");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:sources?|refs?\\.?|references?|fig\\.?|figures?|tables?|eqs?\\.?|equations?|sections?|sec\\.)\\s*$");
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:the|these|those|their|its|both|all)\\s+$");
    private static final Map<String, Integer> SMALL = Map.ofEntries(
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
    private static final Map<String, Double> SCALES =
            Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
    private static final Map<String, Integer> FOLDS =
            Map.of("twofold", 2, "threefold", 3, "fourfold", 4, "fivefold", 5, "tenfold", 10, "hundredfold", 100);
    private static final Pattern SUFFIX_SCALE =
            Pattern.compile("^(?:(?<s>[kKMBT]|bn)(?![A-Za-z])|\\s*-?\\s*(?<w>thousand|million|billion|trillion)\\b)");
    private static final Pattern SUFFIX_UNIT = Pattern.compile(
            "^(?:\\s*(?<pct>%|percent\\b|per cent\\b)|\\s*-?\\s*(?<fold>fold\\b)|(?<x>[x×])(?![A-Za-z\\d]))");
    private static final Pattern ORDINAL = Pattern.compile("^(?:st|nd|rd|th)\\b");
    private static final Pattern APPROX =
            Pattern.compile("(?:about|approximately|approx\\.|nearly|roughly|around|almost|some|~|≈)\\s*$");
    private static final Pattern LOWER_BOUND =
            Pattern.compile("(?:over|more than|greater than|at least|above|exceeding|>|≥|>=)\\s*$");
    private static final Pattern UPPER_BOUND =
            Pattern.compile("(?:under|less than|fewer than|below|at most|up to|as much as|as many as|<|≤|<=)\\s*$");
    private static final Set<String> NOT_NAMES = Set.of(
            "In",
            "Of",
            "At",
            "For",
            "With",
            "By",
            "From",
            "To",
            "On",
            "Only",
            "About",
            "Over",
            "Under",
            "Nearly",
            "Approximately",
            "Among",
            "After",
            "Before",
            "Since",
            "Until",
            "Within",
            "Across",
            "During",
            "Between",
            "Up",
            "All",
            "And",
            "But",
            "The",
            "A",
            "An",
            "Around",
            "Roughly",
            "Almost",
            "Just",
            "Than",
            "Some",
            "Were",
            "Was",
            "Are",
            "Is",
            "Yes",
            "No",
            "Both",
            "Each",
            "Every",
            "Least",
            "Most");

    private Quantities() {}

    /** The quantities {@code text} states, in order of appearance. */
    public static List<Quantity> extract(String text) {
        String clean = LIST_NUMBERS
                .matcher(MARKERS.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .replace('*', ' ');
        List<Quantity> out = new ArrayList<>();
        digits(clean, out);
        words(clean, out);
        out.sort(Comparator.comparingInt(Quantity::start));
        return ratios(clean, out);
    }

    /**
     * The claim's quantities that the evidence does not state, in order of appearance in the claim.
     *
     * <p>A claim quantity is stated when the evidence has a quantity with the same value (a
     * percent also matches its fraction; a ratio such as "one in five" matches 0.2 or 20). When the
     * claim qualifies the number, the evidence may be more precise: after "about" (and similar) a
     * value that rounds to the claim's number at the claim's precision counts ("about 52%" is
     * stated by "52.3%", "about 50" by "52"); after "more than" (and similar) any value at least
     * the claim's, after "less than" / "up to" any value at most the claim's. Numbers in names are
     * not quantities, so "GPT-4" never raises an alarm; but a name with a different number ("GPT-3"
     * in the claim where the evidence has only "GPT-4") is reported as that name.
     */
    public static List<Quantity> unsupported(String claim, String evidence) {
        List<Quantity> stated = extract(evidence);
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : extract(claim)) {
            if (stated.stream().noneMatch(e -> states(e, q))) {
                out.add(q);
            }
        }
        out.addAll(changedNames(claim, evidence));
        return out;
    }

    /** "GPT-3" in the claim where the evidence names only "GPT-4": the same name, another number. */
    private static List<Quantity> changedNames(String claim, String evidence) {
        List<Quantity> out = new ArrayList<>();
        String ev = evidence.toLowerCase(Locale.ROOT);
        Matcher m = NAME_NUMBER.matcher(claim);
        while (m.find()) {
            String name = m.group().toLowerCase(Locale.ROOT);
            String prefix = m.group(1).toLowerCase(Locale.ROOT);
            boolean sameName = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(name) + "(?![0-9])")
                    .matcher(ev)
                    .find();
            boolean otherNumber = Pattern.compile("(?<![a-z])" + Pattern.quote(prefix) + "-\\d")
                    .matcher(ev)
                    .find();
            if (!sameName && otherNumber) {
                out.add(new Quantity(
                        Double.parseDouble(m.group(2)), 1, Unit.NUMBER, Bound.EXACT, m.group(), m.start()));
            }
        }
        return out;
    }

    private static boolean states(Quantity evidence, Quantity claim) {
        double c = claim.value();
        for (double a : claim.alternatives()) {
            for (double e : evidence.alternatives()) {
                if (same(e, a)) {
                    return true;
                }
            }
        }
        double e = evidence.value();
        boolean sameUnit = evidence.unit() == claim.unit();
        return switch (claim.bound()) {
            case EXACT -> false;
            case ABOUT -> sameUnit && Math.abs(e - c) <= claim.precision() / 2 * (1 + 1e-9);
            case AT_LEAST -> sameUnit && e >= c && e <= 2 * c;
            case AT_MOST -> sameUnit && e <= c && (c < 1 ? e >= 0 : e >= c / 2);
        };
    }

    static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static void digits(String s, List<Quantity> out) {
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && nameBefore(s, start)) {
                continue;
            }
            String mant = m.group("mant").replace(",", "");
            double value = Double.parseDouble(mant);
            double precision = precision(mant);
            String rest = s.substring(m.end());
            if (ORDINAL.matcher(rest).find()) {
                continue;
            }
            String exp = m.group("tenexp") != null
                    ? m.group("tenexp")
                    : m.group("powexp") != null ? m.group("powexp") : m.group("exp");
            if (exp != null) {
                double p = Math.pow(10, Integer.parseInt(exp.replace('−', '-').replace("+", "")));
                value = m.group("powexp") != null
                        ? Math.pow(value, Double.parseDouble(exp.replace('−', '-')))
                        : value * p;
                precision = m.group("powexp") != null ? 0 : precision * p;
            }
            int end = m.end();
            Matcher scale = SUFFIX_SCALE.matcher(rest);
            if (exp == null && scale.find()) {
                double f = scale.group("s") != null
                        ? switch (scale.group("s")) {
                            case "k", "K" -> 1e3;
                            case "M" -> 1e6;
                            case "T" -> 1e12;
                            default -> 1e9;
                        }
                        : SCALES.get(scale.group("w"));
                value *= f;
                precision *= f;
                end += scale.end();
                rest = s.substring(end);
            }
            if (m.group("sign") != null) {
                char before = start > 0 ? s.charAt(start - 1) : ' ';
                if (Character.isLetterOrDigit(before) || before == ')' || before == '%') {
                    start++; // a range dash, not a minus sign
                } else {
                    value = -value;
                }
            }
            Unit unit = Unit.NUMBER;
            Matcher u = SUFFIX_UNIT.matcher(rest);
            if (u.find()) {
                unit = u.group("pct") != null ? Unit.PERCENT : Unit.FOLD;
                end += u.end();
            }
            if (LABEL_BEFORE
                    .matcher(s.substring(Math.max(0, start - 16), start))
                    .find()) {
                continue; // "source 2", "Table 3": a label, not a quantity
            }
            boolean year = exp == null && unit == Unit.NUMBER && mant.matches("(?:1[89]|20)\\d\\d");
            if (!year && exp == null && unit == Unit.NUMBER && capitalisedNameBefore(s, start)) {
                continue;
            }
            out.add(new Quantity(value, precision, unit, bound(s, start), s.substring(start, end), start));
        }
    }

    /** Digits glued to a letter, directly or by a hyphen, are part of a name: GPT-4, p53, COVID-19. */
    private static boolean nameBefore(String s, int start) {
        char c = s.charAt(start - 1);
        if (Character.isLetter(c)) {
            return true;
        }
        return (c == '-' || c == '−') && start > 1 && Character.isLetter(s.charAt(start - 2));
    }

    /** "Llama 2", "Claude 3.5": a number right after a capitalised word that is not a function word. */
    private static boolean capitalisedNameBefore(String s, int start) {
        Matcher w = Pattern.compile("([A-Z][a-z]+)\\s+$").matcher(s.substring(0, start));
        if (!w.find() || NOT_NAMES.contains(w.group(1))) {
            return false;
        }
        String before = s.substring(0, w.start()).strip();
        return !before.isEmpty() && !before.endsWith(".") && !before.endsWith(":");
    }

    private static double precision(String mant) {
        int dot = mant.indexOf('.');
        if (dot >= 0) {
            return Math.pow(10, -(mant.length() - dot - 1));
        }
        int zeros = 0;
        for (int i = mant.length() - 1; i > 0 && mant.charAt(i) == '0'; i--) {
            zeros++;
        }
        return Math.pow(10, zeros);
    }

    private static Bound bound(String s, int start) {
        String before = s.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT);
        before = before.replaceAll("\\$\\s*$", "");
        if (APPROX.matcher(before).find()) {
            return Bound.ABOUT;
        }
        if (LOWER_BOUND.matcher(before).find()) {
            return Bound.AT_LEAST;
        }
        if (UPPER_BOUND.matcher(before).find()) {
            return Bound.AT_MOST;
        }
        return Bound.EXACT;
    }

    private static void words(String s, List<Quantity> out) {
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
                            bound(s, m.start()),
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
        Matcher u = SUFFIX_UNIT.matcher(rest);
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
                : precision(Long.toString((long) value));
        out.add(new Quantity(value, precision, unit, bound(s, start), s.substring(start, end), start));
    }

    /** Joins "N in M" and "N out of M" into one ratio, for a whole N from 1 to 10 below M ("2003 in 14" is not one). */
    private static List<Quantity> ratios(String s, List<Quantity> qs) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < qs.size(); i++) {
            Quantity a = qs.get(i);
            if (i + 1 < qs.size()) {
                Quantity b = qs.get(i + 1);
                int aEnd = a.start() + a.text().length();
                if (b.start() >= aEnd
                        && s.substring(aEnd, b.start()).matches("\\s+(?:in|out of)\\s+")
                        && a.unit() == Unit.NUMBER
                        && a.value() >= 1
                        && a.value() <= 10
                        && a.value() == Math.rint(a.value())
                        && b.value() > a.value()
                        && (a.start() == 0 || s.charAt(a.start() - 1) != '-')) {
                    out.add(new Quantity(
                            a.value() / b.value(),
                            0,
                            Unit.RATIO,
                            a.bound(),
                            s.substring(a.start(), b.start() + b.text().length()),
                            a.start()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}

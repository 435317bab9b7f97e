package dev.cited.check;

import dev.cited.check.Quantity.Bound;
import dev.cited.check.Quantity.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * a unit %, percent, fold, x; in the evidence also thousands grouped by spaces, "173 690"), number words from "two" to "trillion" (a lone "one" is a pronoun
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

    private static final Pattern MARKERS = Pattern.compile("\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*]");
    private static final Pattern LIST_NUMBERS =
            Pattern.compile("(?m)(?:^\\s*\\d{1,2}[.)](?=\\s)|(?<!\\d)\\(\\d{1,2}\\)(?=\\s))");
    private static final Pattern DIGITS = Pattern.compile("(?<sign>[-−](?=[\\d.]))?"
            + "(?<mant>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
            + "(?:\\s*[x×]\\s*10(?:\\^(?<tenexp>[-−+]?\\d+)|\\((?<parexp>[-−+]?\\d+)\\))|\\^(?<powexp>[-−+]?\\d+)"
            + "|[eE](?<exp>[-−+]?\\d+))?");
    /** A power of ten as PubMed prints it, right after the digits "10": "10(5) cells", "10(-3)". */
    private static final Pattern PUBMED_POWER = Pattern.compile("^\\((?<exp>[-−+]?\\d{1,2})\\)");

    private static final Pattern SUFFIX_SCALE =
            Pattern.compile("^(?:(?<s>[kKMBT]|bn)(?![A-Za-z])|\\s*-?\\s*(?<w>thousand|million|billion|trillion)\\b)");
    static final Pattern SUFFIX_UNIT = Pattern.compile(
            "^(?:\\s*(?<pct>%|percent\\b|per cent\\b)|\\s*-?\\s*(?<fold>fold\\b)|(?<x>[x×])(?![A-Za-z\\d]))");
    /** Thousands grouped by spaces, as journals print them ("173 690", "2 901 019"). */
    private static final Pattern SPACE_GROUPED =
            Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \u00a0\u2009\u202f]\\d{3})+(?![\\d]|[.,]\\d)");

    private static final Pattern ORDINAL = Pattern.compile("^(?:st|nd|rd|th)\\b");

    private Quantities() {}

    /** The quantities {@code text} states, in order of appearance. */
    public static List<Quantity> extract(String text) {
        return read(cleaned(text));
    }

    /** The quantities of {@code clean}, a text as {@link #cleaned} leaves it. */
    private static List<Quantity> read(String clean) {
        List<Quantity> out = new ArrayList<>();
        digits(clean, out);
        NumberWords.words(clean, out);
        out.sort(Comparator.comparingInt(Quantity::start));
        return ratios(clean, out);
    }

    /** {@code text} as {@link #extract} reads it, whose positions its quantities' starts are. */
    static String cleaned(String text) {
        return LIST_NUMBERS
                .matcher(MARKERS.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .replace('*', ' ')
                .replace("+/-", " ± ") // same length: "38+/-6.6" is "38±6.6", not 38 and -6.6
                .replaceAll("(?<=\\d)·(?=\\d)", "."); // a decimal point printed as a middle dot: "113·3"
    }

    /**
     * The claim's quantities that the evidence does not state, in order of appearance in the claim.
     *
     * <p>A claim quantity is stated when the evidence has a quantity with the same value (a
     * percent also matches its fraction; a ratio such as "one in five" matches 0.2 or 20). When the
     * claim qualifies the number, the evidence may be more precise: after "about" (and similar) a
     * value that rounds to the claim's number at the claim's precision counts ("about 52%" is
     * stated by "52.3%", "about 50" by "52"); after "more than" (and similar) any value at least
     * the claim's, after "less than" / "up to" any value at most the claim's, unless the evidence
     * states a bound of the same kind itself (then the numbers must agree). Numbers in names are
     * not quantities, so "GPT-4" never raises an alarm; but a name with a different number ("GPT-3"
     * in the claim where the evidence has only "GPT-4") is reported as that name.
     */
    public static List<Quantity> unsupported(String claim, String evidence) {
        evidence = Intervals.withoutLevels(evidence);
        String cleanEvidence = cleaned(evidence);
        List<Quantity> stated = new ArrayList<>(read(cleanEvidence));
        Set<Integer> bounds = Intervals.confidenceEnds(cleanEvidence);
        spaceGrouped(evidence, stated);
        NumberWords.referring(evidence, stated);
        List<Quantity> out = new ArrayList<>();
        String cleanClaim = cleaned(Intervals.withoutLevels(claim));
        Set<Integer> ranged = Intervals.rangeEnds(cleanClaim);
        for (Quantity q : read(cleanClaim)) {
            if (Intervals.nullValue(cleanClaim, q)) {
                continue; // "the interval included 1": the null value of a ratio, no finding
            }
            // an end of a confidence interval states only an end of a range, not an estimate
            boolean asBound = ranged.contains(q.start());
            if (stated.stream()
                    .noneMatch(e -> (asBound || !bounds.contains(e.start()))
                            && states(e, q)
                            && !(q.unit() == Unit.PERCENT && Measures.measured(e, cleanEvidence)))) {
                out.add(q);
            }
        }
        out.addAll(NumberNames.changedNames(claim, evidence));
        return out;
    }

    /**
     * Adds the evidence's space-grouped numbers ("173 690") read as one number, beside their
     * separate readings: a claim's "173,690" is then stated, and one that says "690" still is.
     */
    private static void spaceGrouped(String evidence, List<Quantity> stated) {
        Matcher m = SPACE_GROUPED.matcher(evidence);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            stated.add(new Quantity(
                    Double.parseDouble(digits), precision(digits), Unit.NUMBER, Bound.EXACT, m.group(), m.start()));
        }
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
            // a bound restated from a bound keeps its number: "more than 50 passages" is not "more than 70 passages"
            case AT_LEAST -> sameUnit && evidence.bound() != Bound.AT_LEAST && e >= c && e <= 2 * c;
            case AT_MOST -> sameUnit && evidence.bound() != Bound.AT_MOST && e <= c && (c < 1 ? e >= 0 : e >= c / 2);
        };
    }

    static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static void digits(String s, List<Quantity> out) {
        Matcher m = DIGITS.matcher(s);
        int consumed = 0;
        while (m.find()) {
            int start = m.start();
            if (start < consumed) {
                continue; // the exponent of "10(5)", read with it
            }
            if (start > 0 && NumberNames.nameBefore(s, start)) {
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
                    : m.group("parexp") != null
                            ? m.group("parexp")
                            : m.group("powexp") != null ? m.group("powexp") : m.group("exp");
            int end = m.end();
            Matcher power = PUBMED_POWER.matcher(rest);
            if (exp == null && mant.equals("10") && power.find()) {
                exp = power.group("exp"); // "10(5)" is 10 to the fifth: 1 × 10(5)
                value = 1;
                precision = 1;
                end += power.end();
                rest = s.substring(end);
                consumed = end;
            }
            if (exp != null) {
                double p = Math.pow(10, Integer.parseInt(exp.replace('−', '-').replace("+", "")));
                value = m.group("powexp") != null
                        ? Math.pow(value, Double.parseDouble(exp.replace('−', '-')))
                        : value * p;
                precision = m.group("powexp") != null ? 0 : precision * p;
            }
            Matcher scale = SUFFIX_SCALE.matcher(rest);
            if (exp == null && scale.find()) {
                double f = scale.group("s") != null
                        ? switch (scale.group("s")) {
                            case "k", "K" -> 1e3;
                            case "M" -> 1e6;
                            case "T" -> 1e12;
                            default -> 1e9;
                        }
                        : NumberWords.SCALES.get(scale.group("w"));
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
            if (NumberNames.LABEL_BEFORE
                    .matcher(s.substring(Math.max(0, start - 16), start))
                    .find()) {
                continue; // "source 2", "Table 3": a label, not a quantity
            }
            boolean year = exp == null && unit == Unit.NUMBER && mant.matches("(?:1[89]|20)\\d\\d");
            if (!year && exp == null && unit == Unit.NUMBER && NumberNames.capitalisedNameBefore(s, start)) {
                continue;
            }
            out.add(new Quantity(value, precision, unit, Bound.before(s, start), s.substring(start, end), start));
        }
    }

    static double precision(String mant) {
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

    /** Whether {@code q} reads as a year: "children under five in 2010" is no ratio, "one in 2000" is. */
    private static boolean year(Quantity q) {
        return q.unit() == Unit.NUMBER && q.value() >= 1900 && q.value() <= 2100 && q.value() == Math.rint(q.value());
    }

    /**
     * Joins "N in M" and "N out of M" into one ratio, for a whole N from 1 to 10 below M ("2003 in
     * 14" is not one, nor is "five in 2010" when M reads as a year).
     */
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
                        && !(a.value() > 1 && year(b))
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

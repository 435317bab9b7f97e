package dev.cited.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One quantity a text states, as {@link Quantities#extract} reads it.
 *
 * @param value the normalised value (scale applied: "52B" is 5.2e10)
 * @param precision half of this is how far a value may be from {@code value} and still round
 *     to it as written ("52.3" has 0.1, "50" has 10, "52 billion" has 1e9)
 * @param unit how it is expressed (a plain number, a percent, a fold change, a ratio)
 * @param bound how it binds the true value ("about 52%" is {@link Bound#ABOUT})
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

    /** How a stated number binds the true value. */
    public enum Bound {
        /** The number as written. */
        EXACT,
        /** "about", "approximately", "nearly", "roughly", "around", "almost", "~": to its precision. */
        ABOUT,
        /** "over", "more than", "at least", "above", "exceeding", "&gt;", "≥". */
        AT_LEAST,
        /** "under", "less than", "fewer than", "below", "at most", "up to", "&lt;", "≤". */
        AT_MOST;

        private static final Pattern APPROX =
                Pattern.compile("(?:about|approximately|approx\\.|nearly|roughly|around|almost|some|~|≈)\\s*$");
        private static final Pattern LOWER_BOUND =
                Pattern.compile("(?:over|more than|greater than|at least|above|exceeding|>|≥|>=)\\s*$");
        private static final Pattern UPPER_BOUND =
                Pattern.compile("(?:under|less than|fewer than|below|at most|up to|as much as|as many as|<|≤|<=)\\s*$");

        /** How the words right before {@code start} in {@code s} bind the number there ("about 52%"). */
        static Bound before(String s, int start) {
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
    }

    /** How a value is expressed; a percent also matches its fraction, a ratio its percent. */
    public enum Unit {
        NUMBER,
        PERCENT,
        FOLD,
        RATIO
    }
}

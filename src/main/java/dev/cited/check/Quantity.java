package dev.cited.check;

import java.util.List;

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
        AT_MOST
    }

    /** How a value is expressed; a percent also matches its fraction, a ratio its percent. */
    public enum Unit {
        NUMBER,
        PERCENT,
        FOLD,
        RATIO
    }
}

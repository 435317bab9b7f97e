package dev.cited.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether a plain number of a text is a measure in a unit of its own, for {@link Quantities}. Pure. */
final class Measures {

    /** The word after a number, past a parenthesis ("40 (22-48) ml"). */
    private static final Pattern UNIT_WORD = Pattern.compile("\\s*(?:\\([^)]*\\)\\s*)?([A-Za-zµ]+)");

    /** Words after a number that leave it unitless ("12 to 15%"). */
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?i)to|and|or|vs|versus|through|per|percent|pc|of|in|at|for|with|from|than|is|was|were|are");

    private Measures() {}

    /**
     * Whether the plain number {@code e} of {@code clean} is a measure in a unit of its own
     * ("40 (22-48) ml", "40 patients"): it then states no percentage, so "a 40% reduction" is
     * not "a reduction of 40 ml". A number followed by a connective ("12 to 15%", "40 and 60%")
     * may share the percent sign of the next one.
     */
    static boolean measured(Quantity e, String clean) {
        if (e.unit() != Quantity.Unit.NUMBER) {
            return false;
        }
        int end = e.start() + e.text().length();
        if (end > clean.length()) {
            return false;
        }
        Matcher m = UNIT_WORD.matcher(clean.substring(end));
        return m.lookingAt() && !CONNECTIVE.matcher(m.group(1)).matches();
    }
}

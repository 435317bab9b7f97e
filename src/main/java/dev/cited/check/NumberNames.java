package dev.cited.check;

import dev.cited.check.Quantity.Bound;
import dev.cited.check.Quantity.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are names or labels, not quantities, for {@link Quantities}: digits glued to
 * letters ("GPT-4", "p53", "COVID-19"), a number after a capitalised word ("Llama 2", "Claude
 * 3.5"), a number after a label word ("source 2", "Table 3"); and a named number that changed
 * ("GPT-3" in a claim whose evidence names only "GPT-4").
 */
final class NumberNames {

    private static final Pattern NAME_NUMBER =
            Pattern.compile("(?<![A-Za-z])([A-Za-z]+)-(\\d+(?:\\.\\d+)?)(?![\\d.]*\\d)");
    static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:sources?|refs?\\.?|references?|fig\\.?|figures?|tables?|eqs?\\.?|equations?|sections?|sec\\.)\\s*$");
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

    private NumberNames() {}

    /** "GPT-3" in the claim where the evidence names only "GPT-4": the same name, another number. */
    static List<Quantity> changedNames(String claim, String evidence) {
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

    /** Digits glued to a letter, directly or by a hyphen, are part of a name: GPT-4, p53, COVID-19. */
    static boolean nameBefore(String s, int start) {
        char c = s.charAt(start - 1);
        if (Character.isLetter(c)) {
            return true;
        }
        return (c == '-' || c == '−') && start > 1 && Character.isLetter(s.charAt(start - 2));
    }

    /** "Llama 2", "Claude 3.5": a number right after a capitalised word that is not a function word. */
    static boolean capitalisedNameBefore(String s, int start) {
        Matcher w = Pattern.compile("([A-Z][a-z]+)\\s+$").matcher(s.substring(0, start));
        if (!w.find() || NOT_NAMES.contains(w.group(1))) {
            return false;
        }
        String before = s.substring(0, w.start()).strip();
        return !before.isEmpty() && !before.endsWith(".") && !before.endsWith(":");
    }
}

package dev.cited.check;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written as codes (a letter first, then letters mixed with digits: "Bcp1", "N348I",
 * "rs12212067", "CD44v6", "GPT-4"; or a capitalised name with a version number: "Apache 2.0")
 * that a claim gives and the cited paper never does. Such a name
 * is what the claim is about, so no overlap of other words makes up for it: "Bcp1 was one of the
 * previously uncharacterized genes they confirmed" is invented over a paper that lists YDL063C and
 * TSR3. Compared loosely (case, hyphens, dots and slashes aside; Greek letters spelled out), and
 * anywhere in the paper (any version, its title); a code of three letters or more also stands
 * when it abbreviates words of the paper ("SREBP-2"); codes joined by a slash stand when each
 * does ("PD-1/PD-L1"). Pure.
 */
final class Identifiers {

    /** A letter, then letters, digits and joiners with a digit 0-9 among them ("m²" is a unit, not a code). */
    private static final Pattern CODE =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}\\p{N}.\\-/]*[0-9][\\p{L}\\p{N}]*"
                    // or a capitalised name with a dotted version number: "Apache 2.0", "Claude 3.5"
                    + "|(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+ [0-9]+\\.[0-9]+(?![\\p{L}\\p{N}%]|\\.[0-9])");

    private static final Pattern ORDINAL_OR_UNIT = Pattern.compile("(?i)\\d+(?:st|nd|rd|th|s)?");

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_ABBREVIATION_LETTERS = 3;

    private Identifiers() {}

    /** A reason, fit for a warning, when {@code claim} names a code that {@code paper} never does. */
    static Optional<String> unnamed(String claim, Paper paper) {
        String all = paperText(paper);
        String text = loose(all);
        Matcher m = CODE.matcher(ClaimTerms.MARKER.matcher(claim).replaceAll(" "));
        while (m.find()) {
            String code = m.group().replaceAll("[.\\-/]+$", "");
            if (ORDINAL_OR_UNIT.matcher(code).matches() || code.length() < 2) {
                continue;
            }
            if (!named(code, text, all) && !Arrays.stream(code.split("/")).allMatch(p -> named(p, text, all))) {
                return Optional.of("the paper never names '" + code + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the paper ({@code all}, and {@code text} its {@link #loose} form) names {@code code}
     * or abbreviates it. Codes joined by a slash ("PD-1/PD-L1", "Egr2/Egr3") are named when each is.
     */
    private static boolean named(String code, String text, String all) {
        return !code.isEmpty() && (text.contains(loose(code)) || abbreviates(code, all));
    }

    /**
     * Whether {@code code} abbreviates words of the paper: "SREBP-2" for "sterol regulatory
     * element-binding protein-2" (initials of words, numbers whole). Only for codes of three
     * letters or more, where a chance match is unlikely.
     */
    private static boolean abbreviates(String code, String paperText) {
        String wanted = loose(code);
        if (wanted.replaceAll("\\P{L}", "").length() < MIN_ABBREVIATION_LETTERS) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : WORD_BREAK.split(paperText.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                initials.append(w.chars().allMatch(Character::isDigit) ? w : w.substring(0, 1));
            }
        }
        return initials.toString().contains(wanted);
    }

    /** The paper's title, label and every version's text, read once per claim for both checks. */
    private static String paperText(Paper paper) {
        StringBuilder all = new StringBuilder(paper.title() == null ? "" : paper.title());
        all.append(' ').append(paper.label());
        for (PaperVersion v : paper.versions()) {
            all.append(' ').append(v.text());
        }
        return all.toString();
    }

    /** Lower case without spaces, hyphens, dots and slashes; Greek letters spelled out. */
    static String loose(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace("α", "alpha")
                .replace("β", "beta")
                .replace("γ", "gamma")
                .replace("δ", "delta")
                .replace("ε", "epsilon")
                .replace("θ", "theta")
                .replace("λ", "lambda")
                .replace("κ", "kappa")
                .replaceAll("[\\s.\\-/‐–]+", "");
    }
}

package dev.cited.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a claim gives a number of the evidence to content the evidence gives another number, or
 * an interval of the evidence to another estimate:
 * "a publication rate of 79%" against "314 (79%) trials proceeded to completion, with a
 * publication rate of 66%"; "59 natural and 13 programming languages" against "46 natural and 13
 * programming languages (59 in total)". The number is stated, so {@link Quantities} sees nothing
 * wrong; what differs is what it is the number of. Pure.
 *
 * <p>Each number is read with the content words around it, each weighing the inverse of its
 * distance in content words, and with the word it names ("rate of 79%", "59 natural"). A claim
 * number is misplaced when the evidence gives it only as an aside, in a parenthesis ("314 (79%)
 * trials", "(59 in total)"), naming no word that stands next to the claim's number, while another
 * number of a different value stands outside any parenthesis next to the word the claim's number
 * names and shares at least {@value #MARGIN} times as much of its surroundings. Numbers listed
 * alike ("BHF-FHS (odds ratio 1·75), WOSCOPS (1·45)", "159 of the 199 women") are never judged
 * misplaced: a label written once covers them all.
 */
final class MisplacedNumbers {

    /** How many content words on each side of a number describe it. */
    static final int WINDOW = 3;

    static final double MARGIN = 1.25;
    /** The nearest content word of a claim number must be this close to the other number. */
    private static final int NEAR = 2;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
    /** What may stand between a word and the number it names: "rate of 79%", "odds ratio was 1.45". */
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\s*(?:of|was|were|is|are|at|by|for|to|in|with|reached|:|=|\\()?\\s*(?:the|a|an|about|approximately|only)?\\s*");

    private MisplacedNumbers() {}

    /**
     * An estimate with its interval: "1.45 (95% CI 1.24-1.97)", "1·56, 1·24-1·97" (read after
     * {@link Intervals#withoutLevels} and {@link Quantities#cleaned}).
     */
    private static final Pattern ESTIMATE = Pattern.compile(
            "(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*[,;(\\[]\\s*(?:CI|CrI|UI|confidence\\s+interval)?\\s*[,:=]?\\s*"
                    + "(\\d+(?:\\.\\d+)?)\\s*(?:-|–|—|to)\\s*(\\d+(?:\\.\\d+)?)(?![\\d.])",
            Pattern.CASE_INSENSITIVE);

    /** A reason when a number of {@code claim} is, in {@code evidence}, the number of other content. */
    static Optional<String> in(String claim, String evidence) {
        return misplacedEstimate(claim, evidence).or(() -> misplaced(claim, evidence));
    }

    /**
     * An estimate given with an interval the evidence gives to another estimate: "odds ratio 1.45
     * (95% CI 1.24-1.97)" against "WOSCOPS (1·45, 1·08-1·95) and joint analysis (1·56,
     * 1·24-1·97)". An interval belongs to one estimate.
     */
    private static Optional<String> misplacedEstimate(String claim, String evidence) {
        Matcher c = ESTIMATE.matcher(Quantities.cleaned(Intervals.withoutLevels(claim)));
        while (c.find()) {
            Matcher e = ESTIMATE.matcher(Quantities.cleaned(Intervals.withoutLevels(evidence)));
            while (e.find()) {
                boolean sameInterval = Double.parseDouble(c.group(2)) == Double.parseDouble(e.group(2))
                        && Double.parseDouble(c.group(3)) == Double.parseDouble(e.group(3));
                if (sameInterval && Double.parseDouble(c.group(1)) != Double.parseDouble(e.group(1))) {
                    return Optional.of("the source gives the interval " + e.group(2) + "-" + e.group(3) + " to "
                            + e.group(1) + ", not " + c.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> misplaced(String claim, String evidence) {
        String cleanClaim = Quantities.cleaned(claim);
        String cleanEvidence = Quantities.cleaned(evidence);
        List<Quantity> said = Quantities.extract(claim);
        List<Quantity> stated = Quantities.extract(evidence);
        List<Word> claimWords = words(cleanClaim);
        List<Word> evidenceWords = words(cleanEvidence);
        for (Quantity q : said) {
            if (aside(cleanClaim, q)) {
                continue; // "44% (36/81)": the parenthesis restates the number before it
            }
            Map<String, Double> around = around(claimWords, q);
            String nearest = nearest(cleanClaim, claimWords, q);
            if (nearest == null) {
                continue;
            }
            double own = 0;
            boolean found = false;
            boolean named = false;
            Quantity rival = null;
            double rivalScore = 0;
            for (Quantity e : stated) {
                double score = overlap(around, around(evidenceWords, e));
                if (Quantities.unsupported(q.text(), e.text()).isEmpty()) {
                    found = true;
                    own = Math.max(own, score);
                    String its = nearest(cleanEvidence, evidenceWords, e);
                    named |= its != null && its.equals(nearest) || !aside(cleanEvidence, e);
                } else if (!Quantities.unsupported(e.text(), q.text()).isEmpty()
                        && !aside(cleanEvidence, e)
                        && within(evidenceWords, e, nearest)
                        && score > rivalScore) {
                    rival = e;
                    rivalScore = score;
                }
            }
            if (found && !named && rival != null && rivalScore >= MARGIN * own) {
                return Optional.of("the source gives " + q.text() + " for other content; its number for '" + nearest
                        + "' is " + rival.text());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code e} stands in a parenthesis of {@code text}: "314 (79%) trials", "(59 in total)". */
    private static boolean aside(String text, Quantity e) {
        int depth = 0;
        for (int i = 0; i < e.start() && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private record Word(String term, int start, int end) {}

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            for (String t : ClaimTerms.of(m.group())) {
                out.add(new Word(t, m.start(), m.end()));
            }
        }
        return out;
    }

    /** The content words within {@value #WINDOW} of {@code q} on each side, each weighing 1 / distance. */
    private static Map<String, Double> around(List<Word> words, Quantity q) {
        Map<String, Double> out = new HashMap<>();
        int after = after(words, q);
        for (int d = 1; d <= WINDOW; d++) {
            add(out, words, after - d, d);
            add(out, words, after + d - 1, d);
        }
        return out;
    }

    private static void add(Map<String, Double> out, List<Word> words, int i, int distance) {
        if (i >= 0 && i < words.size()) {
            out.merge(words.get(i).term(), 1.0 / distance, Math::max);
        }
    }

    /** The index of the first word after {@code q}. */
    private static int after(List<Word> words, Quantity q) {
        int end = q.start() + q.text().length();
        int i = 0;
        while (i < words.size() && words.get(i).start() < end) {
            i++;
        }
        return i;
    }

    /**
     * The content word {@code q} is the number of: the one right after it ("59 natural
     * languages"), else the one before it when only small words stand between ("rate of 79%", "the
     * rate was 79%"), else the next one after it ("66% were published").
     */
    private static String nearest(String text, List<Word> words, Quantity q) {
        int after = after(words, q);
        int end = q.start() + q.text().length();
        if (after < words.size()
                && end <= words.get(after).start()
                && text.substring(end, words.get(after).start()).isBlank()) {
            return words.get(after).term(); // "59 natural languages": a count names what follows it
        }
        if (after > 0
                && words.get(after - 1).end() <= q.start()
                && LINK.matcher(text.substring(words.get(after - 1).end(), q.start()))
                        .matches()) {
            return words.get(after - 1).term();
        }
        return after < words.size() ? words.get(after).term() : null;
    }

    /** Whether {@code term} stands within {@value #NEAR} content words of {@code e}. */
    private static boolean within(List<Word> words, Quantity e, String term) {
        int after = after(words, e);
        for (int d = 1; d <= NEAR; d++) {
            for (int i : new int[] {after - d, after + d - 1}) {
                if (i >= 0 && i < words.size() && words.get(i).term().equals(term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double overlap(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                sum += e.getValue() * w;
            }
        }
        return sum;
    }
}

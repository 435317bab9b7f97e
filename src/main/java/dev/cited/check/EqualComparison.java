package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An equal comparison on one side ("at least as stable as") against an ordered one on the other
 * ("less stable than") about the same quality: "as X as" says neither is more X, so either
 * direction of "more/less X than" opposes it, except that "at least as X as" allows more and
 * "at most as X as" allows less. Pure.
 */
final class EqualComparison {

    private static final Pattern EQUAL = Pattern.compile(
            "\\b(?:(at\\s+least|at\\s+most|just|about|roughly|nearly|almost|equally)\\s+)?as\\s+([\\p{L}-]+)\\s+as\\b");
    private static final Pattern ORDERED =
            Pattern.compile("\\b(more|less|greater|lesser|fewer)\\s+(?:[\\p{L}-]+ly\\s+)?([\\p{L}-]+)\\s+than\\b");

    /** One comparison: the analysed quality compared and its sign (+1 more, -1 less, 0 as … as). */
    private record Form(String quality, int sign, String qualifier, String text) {}

    private EqualComparison() {}

    /** A reason, fit for a warning, when one side compares as equal what the other orders. */
    static Optional<String> disagreement(String claim, String evidence) {
        List<Form> c = forms(claim);
        List<Form> e = forms(evidence);
        for (Form a : c) {
            for (Form b : e) {
                if (a.quality().equals(b.quality()) && opposed(a, b)) {
                    return Optional.of("the claim says '" + a.text() + "', the source says '" + b.text() + "'");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean opposed(Form a, Form b) {
        if ((a.sign() == 0) == (b.sign() == 0)) {
            return false;
        }
        Form equal = a.sign() == 0 ? a : b;
        int ordered = a.sign() == 0 ? b.sign() : a.sign();
        String q = equal.qualifier();
        return !(q.startsWith("at least") && ordered > 0 || q.startsWith("at most") && ordered < 0);
    }

    private static List<Form> forms(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Form> out = new ArrayList<>();
        Matcher m = EQUAL.matcher(lower);
        while (m.find()) {
            quality(m.group(2))
                    .ifPresent(q -> out.add(
                            new Form(q, 0, m.group(1) == null ? "" : m.group(1).replaceAll("\\s+", " "), m.group())));
        }
        Matcher o = ORDERED.matcher(lower);
        while (o.find()) {
            int sign = o.group(1).equals("more") || o.group(1).equals("greater") ? 1 : -1;
            quality(o.group(2)).ifPresent(q -> out.add(new Form(q, sign, "", o.group())));
        }
        return out;
    }

    private static Optional<String> quality(String word) {
        List<String> t = TermAnalyzer.terms(word);
        return t.size() == 1 ? Optional.of(t.getFirst()) : Optional.empty();
    }
}

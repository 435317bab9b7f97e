package dev.cited.check;

import dev.cited.check.SupportFinder.Support;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Support of a claim by what it quotes, for {@link SupportFinder}: a quote is verbatim (up to
 * whitespace, quote marks and case) in one sentence of a version, or, shortened with an ellipsis,
 * has its pieces in order in one sentence. Pure.
 */
final class QuoteSupport {

    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…|\\[\\.\\.\\.])\\s*");

    private QuoteSupport() {}

    /**
     * The support of {@code claim} by its {@code quotes}: each must be in one sentence of a
     * version, and the claim must pass {@link SupportFinder#guard} against the quoted sentences, or
     * against a quoted sentence joined with the one before or after it (both are then cited).
     */
    static Support find(String claim, List<Reply.Quote> quotes, NumberedSources.Entry source) {
        List<Citation> found = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (Reply.Quote q : quotes) {
            Optional<Citation> c = quoted(q, source);
            if (c.isPresent()) {
                found.add(c.get());
            } else {
                bad.add(q.text());
            }
        }
        if (!bad.isEmpty()) {
            return new Support(List.of(), "its quote is not in the paper", bad);
        }
        String stated = ClaimTerms.MARKER.matcher(claim).replaceAll(" ");
        PaperVersion version = source.paper().version(found.getFirst().version());
        String evidence = String.join(" ", found.stream().map(Citation::quote).toList());
        Optional<String> guard = SupportFinder.guard(stated, evidence, version, source.paper());
        if (guard.isEmpty()) {
            return new Support(found, null, List.of());
        }
        if (found.size() == 1) {
            // the words around a quote may come from the sentence before or after it
            List<String> sentences = Sentences.split(version.text());
            int i = sentences.indexOf(found.getFirst().quote());
            for (int j : new int[] {i - 1, i + 1}) {
                if (i >= 0 && j >= 0 && j < sentences.size()) {
                    List<String> pair = j < i
                            ? List.of(sentences.get(j), sentences.get(i))
                            : List.of(sentences.get(i), sentences.get(j));
                    if (SupportFinder.guard(stated, String.join(" ", pair), version, source.paper())
                            .isEmpty()) {
                        return new Support(
                                pair.stream()
                                        .map(t -> SupportFinder.citation(source, version, t))
                                        .toList(),
                                null,
                                List.of());
                    }
                }
            }
        }
        return new Support(List.of(), guard.get(), List.of());
    }

    /** Whether {@code q} quotes the title of {@code paper} (compared loosely, see {@link #normal}). */
    static boolean isTitle(Reply.Quote q, Paper paper) {
        return paper.title() != null
                && !normal(q.text()).isEmpty()
                && normal(q.text()).equals(normal(paper.title()));
    }

    /**
     * {@code claim} with the quoted title {@code q}, and a year after it that is the paper's
     * ("(2020)"), put as "the paper": a title names the source, it is no content to support
     * ("In \"Language Models (Mostly) Know What They Know\", P(IK) is …").
     */
    static String asReference(String claim, Reply.Quote q, Paper paper) {
        String year = paper.year() == null ? "(?!)" : String.valueOf(paper.year());
        Pattern quoted = Pattern.compile(
                "[\"“”'‘’]?\\s*" + Pattern.quote(q.text()) + "\\s*[\"“”'‘’]?" + "(?:\\s*\\(" + year + "\\))?");
        return quoted.matcher(claim).replaceAll(" the paper ");
    }

    private static Optional<Citation> quoted(Reply.Quote q, NumberedSources.Entry source) {
        List<String> pieces = (q.pieces().isEmpty() ? List.of(q.text()) : q.pieces())
                .stream().map(QuoteSupport::normal).filter(p -> !p.isEmpty()).toList();
        for (PaperVersion v : source.paper().versions()) {
            for (String s : Sentences.split(v.text())) {
                String sentence = normal(s);
                int at = 0;
                boolean all = !pieces.isEmpty();
                for (String p : pieces) {
                    int i = sentence.indexOf(p, at);
                    if (i < 0) {
                        all = false;
                        break;
                    }
                    at = i + p.length();
                }
                if (all) {
                    return Optional.of(SupportFinder.citation(source, v, s));
                }
            }
        }
        return Optional.empty();
    }

    /** Quote text compared loosely: whitespace squashed, quote marks straightened, lower case. */
    private static String normal(String s) {
        return ELLIPSIS.matcher(s)
                .replaceAll(" ")
                .replace('“', '"')
                .replace('”', '"')
                .replace('’', '\'')
                .replace('‘', '\'')
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^[\"'.,;:]+|[\"'.,;:]+$", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}

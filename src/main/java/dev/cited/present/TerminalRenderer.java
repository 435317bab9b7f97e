package dev.cited.present;

import java.util.Locale;

/**
 * Plain text for a terminal, as {@code cited ask} and {@code cited search} print it. Nothing is
 * escaped: a terminal shows text as text. Lines end in {@code \n}.
 */
public final class TerminalRenderer {

    private static final int SNIPPET = 160;

    private TerminalRenderer() {}

    /**
     * The answer text, a blank line, each cited paper ({@code [n] label (year)  url}) with its
     * quotes indented (and their version when the paper has several), then {@code warning:} lines
     * and {@code (answered by model)} when a language model answered or anything went wrong.
     */
    public static String answer(AnswerView v) {
        StringBuilder sb =
                new StringBuilder(MarkdownSubset.render(v.text(), t -> t, MarkdownSubset.Dialect.PLAIN)).append("\n\n");
        for (AnswerView.CitedSource c : v.cited()) {
            var s = c.source();
            sb.append(String.format(
                    Locale.ROOT,
                    "[%d] %s%s%s\n",
                    s.n(),
                    s.label(),
                    s.year() == null ? "" : " (" + s.year() + ")",
                    s.url() == null ? "" : "  " + s.url()));
            for (AnswerView.Quote q : c.quotes()) {
                String version = c.versioned() ? " (" + q.versionOf(s.versions()) + ")" : "";
                sb.append(String.format(Locale.ROOT, "    \"%s\"%s\n", q.text(), version));
            }
        }
        for (String w : v.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        if (v.namesTheModel()) {
            sb.append("(answered by ").append(v.answeredBy()).append(")\n");
        }
        return sb.toString();
    }

    /**
     * Ranked papers, a line of scores, the best-matching sentence when re-ranking found one and a
     * 160-character snippet each, or {@code No papers match.}
     */
    public static String search(SearchResults results) {
        if (results.results().isEmpty()) {
            return "No papers match.\n";
        }
        StringBuilder sb = new StringBuilder();
        for (SearchResult r : results.results()) {
            var s = r.scores();
            sb.append(String.format(
                    Locale.ROOT,
                    "%2d. %s%s\n",
                    r.rank(),
                    r.label(),
                    r.arxivId() == null ? "" : "  (arXiv:" + r.arxivId() + ")"));
            sb.append(String.format(
                    Locale.ROOT,
                    "    score %.4f   bm25 %s   vector %s%s\n",
                    r.score(),
                    s.bm25Rank() == null ? "-" : String.format(Locale.ROOT, "#%d %.2f", s.bm25Rank(), s.bm25()),
                    s.vectorRank() == null ? "-" : String.format(Locale.ROOT, "#%d %.3f", s.vectorRank(), s.vector()),
                    s.sentence() == null ? "" : String.format(Locale.ROOT, "   sentence %.3f", s.sentence())));
            if (s.bestSentence() != null) {
                sb.append("    best sentence: ")
                        .append(snippet(s.bestSentence()))
                        .append('\n');
            }
            sb.append("    ").append(snippet(r.text())).append('\n');
        }
        return sb.toString();
    }

    private static String snippet(String text) {
        return text.length() > SNIPPET ? text.substring(0, SNIPPET - 3) + "..." : text;
    }
}

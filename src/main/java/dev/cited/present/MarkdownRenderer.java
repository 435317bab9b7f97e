package dev.cited.present;

import java.util.regex.Pattern;

/**
 * Markdown for OpenAI-style chat clients ({@code POST /v1/chat/completions}): the answer, then
 * {@code Sources:} with each cited paper as {@code [n] label (year) url} and its quotes indented
 * below (with their version when the paper has several), then {@code (warning: …)} paragraphs.
 *
 * <p>Corpus and model text has Markdown's control characters backslash-escaped ({@link
 * #escape}), so a title can neither inject HTML nor turn into emphasis, a link or a table; the
 * {@code [n]} citation markers stay as they are. Only http(s) URLs are shown ({@link WebLinks}),
 * so a {@code javascript:} URL can never become a link.
 */
public final class MarkdownRenderer {

    /** Characters CommonMark may read as markup: backslash-escaping any of them yields the character. */
    private static final Pattern CONTROL = Pattern.compile("[\\\\`*_\\[\\]<>|#~]");

    private MarkdownRenderer() {}

    /** Backslash-escapes {@code \ ` * _ [ ] < > | # ~}; null becomes empty. */
    public static String escape(String s) {
        return s == null ? "" : CONTROL.matcher(s).replaceAll("\\\\$0");
    }

    /** The answer as one Markdown message. */
    public static String answer(AnswerView v) {
        StringBuilder sb = new StringBuilder(
                MarkdownSubset.render(v.text(), MarkdownRenderer::escape, MarkdownSubset.Dialect.MARKDOWN));
        if (!v.cited().isEmpty()) {
            sb.append("\n\nSources:");
            for (AnswerView.CitedSource c : v.cited()) {
                var s = c.source();
                sb.append("\n[").append(s.n()).append("] ").append(escape(s.label()));
                if (s.year() != null) {
                    sb.append(" (").append(s.year()).append(')');
                }
                if (WebLinks.isWeb(s.url())) {
                    sb.append(' ').append(url(s.url()));
                }
                for (AnswerView.Quote q : c.quotes()) {
                    sb.append("\n    \"").append(escape(q.text())).append('"');
                    if (c.versioned()) {
                        sb.append(" (").append(q.versionOf(s.versions())).append(')');
                    }
                }
            }
        }
        for (String w : v.warnings()) {
            sb.append("\n\n(warning: ").append(escape(w)).append(')');
        }
        return sb.toString();
    }

    /** A URL that stays one token in Markdown: spaces, angle brackets and parentheses percent-encoded. */
    static String url(String url) {
        return url.replace(" ", "%20")
                .replace("<", "%3C")
                .replace(">", "%3E")
                .replace("(", "%28")
                .replace(")", "%29")
                .replace("|", "%7C");
    }
}

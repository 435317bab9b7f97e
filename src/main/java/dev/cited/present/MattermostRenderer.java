package dev.cited.present;

import java.util.regex.Pattern;

/**
 * Mattermost's Markdown: the answer, then {@code **Sources**} with each cited paper as a numbered
 * link ({@code 1. [title](url) (year)}) and its quotes as indented block quotes, then {@code
 * _warning: …_} paragraphs.
 *
 * <p>Corpus and model text is Markdown-escaped ({@link MarkdownRenderer#escape}) and its mentions
 * are defused ({@link #escape}): a zero-width space after {@code @} means a title or quote saying
 * {@code @channel}, {@code @here}, {@code @all} or {@code @someone} notifies nobody. A paper is
 * linked only when its URL is http(s) ({@link WebLinks}).
 */
public final class MattermostRenderer {

    private static final Pattern MENTION = Pattern.compile("@(?=[\\p{L}\\p{Nd}_.-])");

    private MattermostRenderer() {}

    /** {@link MarkdownRenderer#escape}, then a zero-width space after every {@code @} that starts a name. */
    public static String escape(String s) {
        return MENTION.matcher(MarkdownRenderer.escape(s)).replaceAll("@\u200B");
    }

    /** The answer as one Mattermost post. */
    public static String answer(AnswerView v) {
        StringBuilder sb = new StringBuilder(
                MarkdownSubset.render(v.text(), MattermostRenderer::escape, MarkdownSubset.Dialect.MARKDOWN));
        if (!v.cited().isEmpty()) {
            sb.append("\n\n**Sources**");
            for (AnswerView.CitedSource c : v.cited()) {
                var s = c.source();
                String title = escape(s.label());
                sb.append('\n')
                        .append(s.n())
                        .append(". ")
                        .append(
                                !WebLinks.isWeb(s.url())
                                        ? "**" + title + "**"
                                        : "[" + title + "](" + MarkdownRenderer.url(s.url()) + ")");
                if (s.year() != null) {
                    sb.append(" (").append(s.year()).append(')');
                }
                for (AnswerView.Quote q : c.quotes()) {
                    sb.append("\n    > ").append(escape(q.text()));
                }
            }
        }
        for (String w : v.warnings()) {
            sb.append("\n\n_warning: ").append(escape(w)).append('_');
        }
        return sb.toString();
    }
}

package dev.cited.present;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import dev.cited.answer.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack messages: Block Kit with the answer in mrkdwn, then each cited paper as a {@code
 * <url|title>} link with its quoted sentences, the closest papers of an abstention and the
 * warnings in context blocks, and a plain-text fallback. Every piece of corpus and model text has
 * {@code &}, {@code <} and {@code >} escaped ({@link #escape}), so a title can never ping {@code
 * @channel} or fake a link. Texts longer than a section allows are split over several sections,
 * and a message never exceeds Slack's block limit.
 *
 * <p>Uses Slack's Block Kit model classes only, not Bolt or the Web API client.
 */
public final class SlackRenderer {

    /** Characters in one section's text. */
    public static final int MAX_SECTION = 3000;
    /** Blocks in one message. */
    public static final int MAX_BLOCKS = 50;
    /** Characters in the plain-text fallback. */
    public static final int MAX_FALLBACK = 3000;

    private static final int MAX_CLOSEST = 3;
    private static final int MAX_WARNINGS = 10;

    private SlackRenderer() {}

    /** Escapes the three characters Slack's mrkdwn treats as control characters; null becomes empty. */
    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The message blocks for an answer. */
    public static List<LayoutBlock> blocks(AnswerView v) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String piece : split(
                MarkdownSubset.render(v.text(), SlackRenderer::escape, MarkdownSubset.Dialect.SLACK), MAX_SECTION)) {
            blocks.add(section(s -> s.text(markdownText(piece))));
        }
        if (v.abstained()) {
            if (!v.closest().isEmpty()) {
                List<ContextBlockElement> closest = new ArrayList<>();
                for (Source s :
                        v.closest().subList(0, Math.min(MAX_CLOSEST, v.closest().size()))) {
                    closest.add(markdownText("Closest paper (not a source for an answer): " + link(s)));
                }
                blocks.add(context(c -> c.elements(closest)));
            }
        } else {
            blocks.add(divider());
            for (AnswerView.CitedSource c : v.cited()) {
                Source s = c.source();
                StringBuilder sb = new StringBuilder("*[" + s.n() + "]* " + link(s));
                if (s.year() != null) {
                    sb.append(" (").append(s.year()).append(')');
                }
                for (AnswerView.Quote q : c.quotes()) {
                    sb.append("\n>").append(escape(q.text()));
                    if (c.versioned()) {
                        sb.append(" _(").append(q.versionOf(s.versions())).append(")_");
                    }
                }
                for (String piece : split(sb.toString(), MAX_SECTION)) {
                    blocks.add(section(x -> x.text(markdownText(piece))));
                }
            }
        }
        if (!v.warnings().isEmpty()) {
            List<ContextBlockElement> notes = new ArrayList<>();
            for (String w :
                    v.warnings().subList(0, Math.min(MAX_WARNINGS, v.warnings().size()))) {
                notes.add(markdownText("⚠ " + escape(w)));
            }
            blocks.add(context(c -> c.elements(notes)));
        }
        if (blocks.size() > MAX_BLOCKS) {
            List<LayoutBlock> cut = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
            cut.add(context(c -> c.elements(List.of(markdownText("(more sources than one message can hold)")))));
            return cut;
        }
        return blocks;
    }

    /** The plain-text fallback: the answer and the cited papers' titles, escaped, within limits. */
    public static String fallback(AnswerView v) {
        StringBuilder sb = new StringBuilder(escape(v.text()));
        for (AnswerView.CitedSource c : v.cited()) {
            sb.append("\n[")
                    .append(c.source().n())
                    .append("] ")
                    .append(escape(c.source().label()));
        }
        return sb.length() <= MAX_FALLBACK ? sb.toString() : sb.substring(0, MAX_FALLBACK - 1) + "…";
    }

    /**
     * {@code <url|title>} for an http(s) URL ({@link WebLinks}), else the title in bold. In the
     * URL, {@code <}, {@code >} and {@code |} are percent-encoded and {@code &} is written {@code
     * &amp;} (Slack decodes it), so the URL can neither end the link early nor carry markup.
     */
    private static String link(Source s) {
        String title = escape(s.label()).replace("|", "¦");
        return !WebLinks.isWeb(s.url()) ? "*" + title + "*" : "<" + linkUrl(s.url()) + "|" + title + ">";
    }

    /** A URL as it may stand inside {@code <…|…>}. */
    static String linkUrl(String url) {
        return url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
    }

    /** Splits {@code text} into pieces of at most {@code max} characters, at line or word breaks. */
    static List<String> split(String text, int max) {
        List<String> out = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = max;
            }
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}

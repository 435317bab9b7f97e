package dev.cited.chat;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.ContextBlockElement;
import dev.cited.answer.Answer;
import dev.cited.answer.Citation;
import dev.cited.answer.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers as Slack messages: Block Kit with the answer in mrkdwn, then each cited paper as a
 * {@code <url|title>} link with its quoted sentences, warnings in a context block, and a
 * plain-text fallback. Every piece of corpus and model text has {@code &}, {@code <} and {@code >}
 * escaped, so a title can never ping {@code @channel} or fake a link. Texts longer than a section
 * allows are split over several sections, and a message never exceeds Slack's block limit.
 */
public final class SlackFormat {

    static final int MAX_SECTION = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_FALLBACK = 3000;

    private SlackFormat() {}

    /** Escapes the three characters Slack's mrkdwn treats as control characters. */
    public static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The message blocks for an answer. */
    public static List<LayoutBlock> blocks(Answer a) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String piece : ChatQuestion.split(escape(a.answer()), MAX_SECTION)) {
            blocks.add(section(s -> s.text(markdownText(piece))));
        }
        if (a.abstained()) {
            if (!a.sources().isEmpty()) {
                List<ContextBlockElement> closest = new ArrayList<>();
                for (Source s : a.sources().subList(0, Math.min(3, a.sources().size()))) {
                    closest.add(markdownText("Closest paper (not a source for an answer): " + link(s)));
                }
                blocks.add(context(c -> c.elements(closest)));
            }
        } else {
            blocks.add(divider());
            for (Source s : a.sources()) {
                List<Citation> cited = a.citations().stream().filter(c -> c.n() == s.n()).toList();
                if (cited.isEmpty()) {
                    continue;
                }
                StringBuilder sb = new StringBuilder("*[" + s.n() + "]* " + link(s));
                if (s.year() != null) {
                    sb.append(" (").append(s.year()).append(')');
                }
                for (Citation c : cited) {
                    sb.append("\n>").append(escape(c.quote()));
                    if (s.versions() > 1) {
                        sb.append(" _(version ").append(c.version()).append(" of ").append(s.versions()).append(")_");
                    }
                }
                for (String piece : ChatQuestion.split(sb.toString(), MAX_SECTION)) {
                    blocks.add(section(x -> x.text(markdownText(piece))));
                }
            }
        }
        if (!a.warnings().isEmpty()) {
            List<ContextBlockElement> notes = new ArrayList<>();
            for (String w : a.warnings().subList(0, Math.min(10, a.warnings().size()))) {
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
    public static String fallback(Answer a) {
        StringBuilder sb = new StringBuilder(escape(a.answer()));
        for (Source s : a.sources()) {
            if (a.citations().stream().anyMatch(c -> c.n() == s.n())) {
                sb.append("\n[").append(s.n()).append("] ").append(escape(s.label()));
            }
        }
        return sb.length() <= MAX_FALLBACK ? sb.toString() : sb.substring(0, MAX_FALLBACK - 1) + "…";
    }

    private static String link(Source s) {
        String title = escape(s.label()).replace("|", "¦");
        return s.url() == null ? "*" + title + "*" : "<" + s.url().replace(">", "%3E").replace("|", "%7C") + "|" + title + ">";
    }
}

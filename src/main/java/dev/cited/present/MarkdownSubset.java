package dev.cited.present;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checked answer's safe Markdown subset (paragraphs, bullet and numbered lists, bold, italics,
 * citation markers) written in a chat surface's dialect. Everything else is text: each run of words
 * goes through the surface's escape, so a link, an image, HTML or a stray {@code *} the model wrote
 * is shown, never interpreted. Emphasis counts only when it opens and closes within one line.
 */
public final class MarkdownSubset {

    /** How a surface writes the subset. */
    public enum Dialect {
        /** Slack mrkdwn: {@code • item}, {@code *bold*}, {@code _italics_}. */
        SLACK("• ", "*", "_"),
        /** CommonMark as Mattermost reads it: {@code - item}, {@code **bold**}, {@code _italics_}. */
        MARKDOWN("- ", "**", "_"),
        /** Plain text for a terminal: {@code • item}, emphasis marks dropped. */
        PLAIN("• ", "", "");

        private final String bullet;
        private final String bold;
        private final String italics;

        Dialect(String bullet, String bold, String italics) {
            this.bullet = bullet;
            this.bold = bold;
            this.italics = italics;
        }
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:([-*+•])|(\\d{1,3})[.)])\\s+");
    private static final Pattern MARKERS = Pattern.compile("(?:\\s*\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*])+");
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*\\*(?=\\S)(.*?\\S)\\*\\*|__(?=\\S)(.*?\\S)__|\\*(?=[^\\s*])([^*]*?[^\\s*])\\*"
                    + "|(?<![\\p{L}\\p{N}])_(?=[^\\s_])([^_]*?[^\\s_])_(?![\\p{L}\\p{N}])");

    private MarkdownSubset() {}

    /**
     * {@code answer} in {@code dialect}: line breaks kept, list items rewritten with the dialect's
     * bullet (numbered items keep their number), emphasis in the dialect's marks, citation markers
     * as written, and every other piece of text passed through {@code escape}.
     */
    public static String render(String answer, Function<String, String> escape, Dialect dialect) {
        StringBuilder out = new StringBuilder();
        String[] lines = answer.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i];
            Matcher item = LIST_ITEM.matcher(line);
            if (item.lookingAt()) {
                out.append(item.group(2) != null ? item.group(2) + ". " : dialect.bullet);
                line = line.substring(item.end());
            }
            int last = 0;
            Matcher m = MARKERS.matcher(line);
            while (m.find()) {
                inline(out, line.substring(last, m.start()), escape, dialect);
                out.append(m.group());
                last = m.end();
            }
            inline(out, line.substring(last), escape, dialect);
        }
        return out.toString();
    }

    private static void inline(StringBuilder out, String text, Function<String, String> escape, Dialect dialect) {
        Matcher m = EMPHASIS.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape.apply(text.substring(last, m.start())));
            String bold = m.group(1) != null ? m.group(1) : m.group(2);
            if (bold != null) {
                out.append(dialect.bold).append(escape.apply(bold)).append(dialect.bold);
            } else {
                String italics = m.group(3) != null ? m.group(3) : m.group(4);
                out.append(dialect.italics).append(escape.apply(italics)).append(dialect.italics);
            }
            last = m.end();
        }
        out.append(escape.apply(text.substring(last)));
    }
}

package dev.cited.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question typed in chat, with its options: {@code --model NAME} picks a model profile, {@code
 * --share} posts the answer for everyone (slash commands answer privately by default). Mentions
 * of users or bots ({@code <@U123>}) are removed.
 *
 * @param question the question text
 * @param model the model profile, or null for the default
 * @param share whether to post the answer in the channel
 */
public record ChatQuestion(String question, String model, boolean share) {

    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^>]*)?>");
    private static final Pattern MODEL = Pattern.compile("(?:^|\\s)--model(?:=|\\s+)(\\S+)");
    private static final Pattern SHARE = Pattern.compile("(?:^|\\s)--share(?=\\s|$)");

    public static ChatQuestion parse(String text) {
        String t = MENTION.matcher(text == null ? "" : text).replaceAll(" ");
        String model = null;
        Matcher m = MODEL.matcher(t);
        if (m.find()) {
            model = m.group(1);
            t = t.substring(0, m.start()) + " " + t.substring(m.end());
        }
        Matcher s = SHARE.matcher(t);
        boolean share = s.find();
        if (share) {
            t = s.replaceAll(" ");
        }
        return new ChatQuestion(t.replaceAll("\\s+", " ").strip(), model, share);
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

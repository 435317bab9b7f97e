package dev.cited.chat;

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
}

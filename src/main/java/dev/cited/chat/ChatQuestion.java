package dev.cited.chat;

import dev.cited.answer.Questions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question typed in chat, with its options: {@code --model NAME} picks a model profile, {@code
 * --share} posts the answer for everyone (slash commands answer privately by default). Mentions
 * of users or bots ({@code <@U123>}) are removed. The question passes the same check as the REST
 * API's ({@link Questions#check}); {@link #empty()} and {@link #rejection()} say how it failed.
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

    /** How much of a question a reply may quote back. */
    public static final int ECHO_LIMIT = 100;

    /** True when there is no question: nothing but whitespace, zero-width or non-breaking spaces. */
    public boolean empty() {
        Questions.Problem p = Questions.check(question, "question");
        return p != null && p.code().equals("empty_question");
    }

    /**
     * A short reply saying why a non-empty question cannot be asked (too long, or holding control
     * characters), quoting none of it; null when it can be asked or is {@link #empty()}.
     */
    public String rejection() {
        Questions.Problem p = Questions.check(question, "question");
        if (p == null || p.code().equals("empty_question")) {
            return null;
        }
        return p.code().equals("question_too_long")
                ? "That question has " + question.length() + " characters; the limit is " + Questions.MAX_LENGTH
                        + ". Please ask a shorter one."
                : "That question contains control characters; please retype it as plain text.";
    }

    /** The question as a reply may quote it: at most {@value #ECHO_LIMIT} characters. */
    public String echo() {
        return Questions.preview(question, ECHO_LIMIT);
    }
}

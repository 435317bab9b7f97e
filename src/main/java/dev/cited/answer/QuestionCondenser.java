package dev.cited.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deterministic way to make a follow-up question standalone, used with the extractive model
 * (and when a language model fails to rewrite): a question that leans on the conversation (a
 * pronoun such as "it" or "they", an opening "and"/"what about", or fewer than three content
 * words) gets the topic appended as context; any other question stands as asked. The topic is
 * the previous standalone question, or, when that was itself a follow-up, the topic it carried,
 * cut to {@value #MAX_TOPIC_CHARS} characters: a chain of follow-ups keeps the first topic and
 * never grows.
 */
final class QuestionCondenser {

    private static final Set<String> ANAPHORA = Set.of(
            "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "he", "she", "his", "her",
            "such", "same", "above", "former", "latter", "there");
    private static final Pattern OPENER = Pattern.compile(
            "^(and|but|also|so|then|what about|how about|and what|and how|why|what else)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of(
            "what", "which", "who", "how", "why", "when", "where", "does", "do", "did", "is", "are", "was", "were",
            "the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "help", "about", "can", "could", "would",
            "should", "work", "any", "more", "else");

    /** The longest topic appended to a follow-up, in characters. */
    static final int MAX_TOPIC_CHARS = 300;

    private static final String MARK = " (follow-up to: ";

    private QuestionCondenser() {}

    static String standalone(Conversation conversation, String question) {
        if (conversation.turns().isEmpty() || !leansOnContext(question)) {
            return question;
        }
        return Conversation.cut(question.strip(), Conversation.MAX_QUESTION_CHARS) + MARK
                + topic(conversation.turns().getLast().standalone()) + ")";
    }

    /** The topic a standalone question carries: the one it was a follow-up to, else itself; bounded. */
    private static String topic(String standalone) {
        int mark = standalone.indexOf(MARK);
        String topic = mark >= 0 && standalone.endsWith(")")
                ? standalone.substring(mark + MARK.length(), standalone.length() - 1)
                : standalone;
        return Conversation.cut(topic.strip(), MAX_TOPIC_CHARS);
    }

    static boolean leansOnContext(String question) {
        String q = question.strip().toLowerCase(Locale.ROOT);
        if (OPENER.matcher(q).find()) {
            return true;
        }
        int content = 0;
        for (String w : q.split("[^\\p{L}\\p{Nd}]+")) {
            if (ANAPHORA.contains(w)) {
                return true;
            }
            if (!w.isEmpty() && !STOP.contains(w)) {
                content++;
            }
        }
        return content < 3;
    }
}

package dev.cited.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.Questions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Answers chat questions in the background, so the platform's request is acknowledged at once,
 * and remembers recent delivery ids so a retried delivery is answered only once.
 */
final class AnswerJobs {

    /** How long a delivery id is remembered: Slack retries a delivery within minutes. */
    private static final Duration REMEMBER = Duration.ofMinutes(30);
    /**
     * Delivery ids remembered at most: far more than 30 minutes of questions to one bot, so only
     * a flood could push out an id before a retry arrives; about 5 MB.
     */
    static final int SEEN_SIZE = 50_000;

    private final AnswerService answers;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("cited-chat-answer-", 0).factory());
    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(SEEN_SIZE)
            .expireAfterWrite(REMEMBER)
            .build();

    AnswerJobs(AnswerService answers) {
        this.answers = answers;
    }

    /**
     * True the first time a delivery is offered within 30 minutes; false for a repeat. A delivery
     * is known by its id when it has one and always by the message it is about ({@code
     * channel} and {@code ts}), so a retry without an id, or the same message delivered as two
     * events (a mention in a direct message), is answered once.
     *
     * @param id the platform's delivery id, or null
     * @param channel the channel of the message
     * @param ts the message's timestamp, unique within its channel
     */
    boolean firstDelivery(String id, String channel, String ts) {
        boolean newId = id == null || seen.asMap().putIfAbsent("id:" + id, Boolean.TRUE) == null;
        boolean newMessage = seen.asMap().putIfAbsent("message:" + channel + ":" + ts, Boolean.TRUE) == null;
        return newId && newMessage;
    }

    /**
     * Why {@code question} names a model that cannot answer it, quoting the name but never the
     * configured ones (chat users need not learn them); null when its model, or the default, is
     * configured.
     */
    String unknownModel(ChatQuestion question) {
        if (answers.knowsModel(question.model())) {
            return null;
        }
        return "There is no model '" + Questions.preview(question.model(), 40)
                + "' here; ask again without --model to use the default.";
    }

    /**
     * Answers {@code question} in the background and hands the answer, or the failure's message,
     * to the callbacks; {@code owner} owns the conversation (see {@link AskRequest#owner()}).
     */
    void answer(
            ChatQuestion question,
            String conversationId,
            String owner,
            Consumer<Answer> done,
            Consumer<String> failed) {
        workers.submit(() -> {
            try {
                done.accept(answers.ask(new AskRequest(
                        question.question(), AnswerService.DEFAULT_K, question.model(), conversationId, owner)));
            } catch (IllegalArgumentException e) {
                failed.accept(e.getMessage());
            } catch (Exception e) {
                failed.accept("Cited could not answer (" + e.getClass().getSimpleName() + ")");
            }
        });
    }
}

package dev.cited.chat;

import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Answers chat questions in the background, so the platform's request is acknowledged at once,
 * and remembers recent delivery ids so a retried delivery is answered only once.
 */
final class AnswerJobs {

    private static final Duration REMEMBER = Duration.ofMinutes(30);
    private final AnswerService answers;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("cited-chat-answer-", 0).factory());
    private final Map<String, Long> seen = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 50_000 || eldest.getValue() < System.nanoTime() - REMEMBER.toNanos();
        }
    });

    AnswerJobs(AnswerService answers) {
        this.answers = answers;
    }

    /** True the first time a delivery id is offered within 30 minutes; false for a repeat. */
    boolean firstDelivery(String id) {
        return id == null || seen.putIfAbsent(id, System.nanoTime()) == null;
    }

    /**
     * Answers {@code question} in the background and hands the answer, or the failure's message,
     * to the callbacks.
     */
    void answer(ChatQuestion question, String conversationId, Consumer<Answer> done, Consumer<String> failed) {
        workers.submit(() -> {
            try {
                done.accept(answers.ask(new AskRequest(question.question(), AnswerService.DEFAULT_K, question.model(),
                        conversationId)));
            } catch (IllegalArgumentException e) {
                failed.accept(e.getMessage());
            } catch (Exception e) {
                failed.accept("Cited could not answer (" + e.getClass().getSimpleName() + ")");
            }
        });
    }
}

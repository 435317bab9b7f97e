package dev.cited.answer;

import dev.cited.check.NumberedSources;

/**
 * Writes the raw reply to a question from its numbered sources: the text that {@link
 * CitationChecker} then checks. {@link AnswerService} picks the implementation by the profile's
 * provider: {@link ExtractiveAnswerer} for the built-in {@code extractive} profile, which reads
 * the question and sources as data, and {@link ChatModelAnswerer} for a language model, which
 * renders them into the prompt templates.
 */
interface Answerer {

    /**
     * The reply to {@code question}, citing {@code sources} by their numbers.
     *
     * @param question the standalone question (a follow-up already rewritten)
     * @param sources the numbered papers, never empty
     * @param listener receives the reply's tokens as they are written; null for a blocking call
     * @throws ModelCall.Failure when the model produced nothing usable (the caller falls back to
     *     the extractive answerer)
     * @throws java.util.concurrent.CancellationException when {@code listener} was cancelled
     */
    String reply(String question, NumberedSources sources, AnswerListener listener) throws ModelCall.Failure;
}

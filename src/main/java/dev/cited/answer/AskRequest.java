package dev.cited.answer;

/**
 * One question to answer.
 *
 * @param question the question as asked
 * @param k how many papers to answer from, 1 to {@value AnswerService#MAX_K}
 * @param model the model profile, or null for the default
 * @param conversationId the conversation this question continues, or null
 */
public record AskRequest(String question, int k, String model, String conversationId) {

    /** A question on its own, answered by the default model from the default number of papers. */
    public static AskRequest of(String question) {
        return new AskRequest(question, AnswerService.DEFAULT_K, null, null);
    }
}

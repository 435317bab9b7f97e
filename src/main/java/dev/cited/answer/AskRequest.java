package dev.cited.answer;

/**
 * One question to answer.
 *
 * @param question the question as asked
 * @param k how many papers to answer from, 1 to {@value AnswerService#MAX_K}
 * @param model the model profile, or null for the default
 * @param conversationId the conversation this question continues (created when it does not exist
 *     yet), or null to answer it on its own and store nothing
 * @param owner who the conversation belongs to, such as {@code key:<name>} or {@code
 *     slack:<team>:<user>}; {@value #LOCAL} for the command line
 */
public record AskRequest(String question, int k, String model, String conversationId, String owner) {

    /** The owner of conversations started on this machine's command line (and by callers that name none). */
    public static final String LOCAL = "local";

    /** A question for the {@value #LOCAL} owner. */
    public AskRequest(String question, int k, String model, String conversationId) {
        this(question, k, model, conversationId, LOCAL);
    }

    /** A question on its own, answered by the default model from the default number of papers. */
    public static AskRequest of(String question) {
        return new AskRequest(question, AnswerService.DEFAULT_K, null, null);
    }
}

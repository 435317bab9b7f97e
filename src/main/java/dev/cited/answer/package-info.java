/**
 * Answer: a question and ranked papers in, a checked, cited answer out.
 *
 * <p>{@link dev.cited.answer.AnswerService} makes a follow-up standalone ({@code
 * QuestionCondenser}, or the model with {@code prompts/condense.md}), numbers the retrieved papers
 * as {@link dev.cited.check.NumberedSources sources} (one paper, one number; every version listed)
 * and asks the chosen profile's {@code Answerer} for a reply. The answerer is picked by the
 * profile's provider:
 *
 * <ul>
 *   <li>the built-in {@code extractive} profile: {@link dev.cited.answer.ExtractiveAnswerer}
 *       receives the question and the numbered sources as data (nothing is rendered and parsed
 *       back), needs no language model, and answers with sentences quoted from the sources;
 *   <li>a language model (Ollama, OpenAI or OpenAI-compatible, Anthropic): {@code
 *       ChatModelAnswerer} renders the prompt templates from {@code prompts/} ({@link
 *       dev.cited.answer.PromptTemplates}, with {@link dev.cited.check.NumberedSources#render()} as
 *       the sources block) and calls the profile's LangChain4j {@code ChatModel}, or its {@code
 *       StreamingChatModel} when streaming, through {@code ModelCall} (overall deadline, failures as
 *       one readable line).
 * </ul>
 *
 * <p>When a language model fails, the extractive answerer answers from the same sources and the
 * answer's {@link dev.cited.answer.Outcome} records the fallback. Whatever answered, the {@link
 * dev.cited.check.CitationChecker} ({@code check}) then checks every citation; an answer with no
 * supported statement becomes an abstention that lists the closest papers without claiming them
 * as support.
 *
 * <p>A question that names a conversation is read against its last turns ({@link
 * dev.cited.answer.ConversationStore}, bounded in turns and characters) and its turn is stored
 * before the answer is returned: in the {@link dev.cited.history.History} database for the server
 * and the command line, in memory for evaluations and benchmarks.
 *
 * <p>Depends on {@code select}, {@code check}, {@code retrieve}, {@code index}, {@code ingest}, {@code llm} and
 * {@code history}; imports neither Lucene nor Javalin.
 */
package dev.cited.answer;

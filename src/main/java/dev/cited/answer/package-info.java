/**
 * Answer: a question and ranked papers in, a validated, cited answer out.
 *
 * <p>{@link dev.cited.answer.AnswerService} makes a follow-up standalone ({@code
 * QuestionCondenser}, or the model with {@code prompts/condense.md}), numbers the
 * retrieved papers as {@link dev.cited.answer.NumberedSources sources} (one paper, one number;
 * every version listed) and asks the chosen profile's {@code Answerer} for a
 * reply. The answerer is picked by the profile's provider:
 *
 * <ul>
 *   <li>the built-in {@code extractive} profile: {@link dev.cited.answer.ExtractiveAnswerer}
 *       receives the question and the numbered sources as data (nothing is rendered and parsed
 *       back), needs no language model, and answers with sentences quoted from the sources;
 *   <li>a language model (Ollama, OpenAI or OpenAI-compatible, Anthropic): {@code
 *       ChatModelAnswerer} renders the prompt templates from {@code prompts/}
 *       ({@link dev.cited.answer.PromptTemplates}, with {@link
 *       dev.cited.answer.NumberedSources#render()} as the sources block) and calls the profile's
 *       LangChain4j {@code ChatModel}, or its {@code StreamingChatModel} when streaming, through
 *       {@code ModelCall} (overall deadline, failures as one readable line).
 * </ul>
 *
 * <p>When a language model fails, the extractive answerer answers from the same sources and a
 * warning names the model and the failure. Whatever answered, {@link
 * dev.cited.answer.CitationChecker} then checks every {@code [n]} marker in code: markers that
 * point at no source are removed, quotes must appear verbatim in the cited version, and a
 * sentence the cited paper does not support loses its citation. An answer with no supported
 * sentence becomes an abstention that lists the closest papers without claiming them as support.
 * Besides the checked text, the checker returns its decision about every claim as data ({@link
 * dev.cited.answer.Judgement}: the claim's span in the reply, the markers it carried, those kept,
 * and why the others were removed).
 *
 * <p>{@link dev.cited.answer.AnswerReader} reads a model's Markdown reply into a {@link
 * dev.cited.answer.Reply}: blocks (paragraphs, list items, headings, framing lines, a closing source
 * list) and statements, each with the source numbers it cites, the numbers it names in passing and
 * its quotes; {@link dev.cited.answer.Reply#render} writes the checked reply back in its shape.
 *
 * <p>Claim checks, pure functions of text that a checker can combine: {@link
 * dev.cited.answer.Quantities} (the numbers a claim states that its evidence does not, with digits,
 * words and scales normalised), {@link dev.cited.answer.Polarity} (a negation or direction on one
 * side of content both share), {@link dev.cited.answer.Verdict} (a "Yes"/"No"/"Partly" verdict
 * and what evidence says about a question's claim) and {@link dev.cited.answer.AbsenceStatement}
 * ("source [2] does not mention X").
 *
 * <p>Depends on {@code retrieve}, {@code index}, {@code ingest} and {@code llm}; imports neither
 * Lucene nor Javalin.
 */
package dev.cited.answer;

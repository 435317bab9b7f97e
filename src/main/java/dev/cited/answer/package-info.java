/**
 * Answer: a question and ranked papers in, a validated, cited answer out.
 *
 * <p>{@link dev.cited.answer.AnswerService} numbers the retrieved papers as {@link
 * dev.cited.answer.NumberedSources sources} (one paper, one number; every version listed), renders
 * the prompt templates from {@code prompts/} ({@link dev.cited.answer.PromptTemplates}) and asks a
 * LangChain4j {@link dev.langchain4j.model.chat.ChatModel}. The default model is {@link
 * dev.cited.answer.ExtractiveChatModel}: it needs no language model, and answers with sentences
 * quoted from the sources. Whatever model answered, {@link dev.cited.answer.CitationChecker}
 * then checks every {@code [n]} marker in code: markers that point at no source are removed,
 * quotes must appear verbatim in the cited version, and a sentence the cited paper does not
 * support loses its citation. An answer with no supported sentence becomes an abstention that
 * lists the closest papers without claiming them as support.
 *
 * <p>Depends on {@code retrieve}, {@code index}, {@code ingest} and {@code llm}; imports neither
 * Lucene nor Javalin.
 */
package dev.cited.answer;

/**
 * Present: one answer, or one search, shown on every surface from one model.
 *
 * <p>{@link dev.cited.present.AnswerView} is built once from an {@link dev.cited.answer.Answer}:
 * the text split into cited statements, the cited papers with their quotes and versions, the
 * closest papers of an abstention, the warnings and the model that answered, all read from the
 * answer's {@link dev.cited.answer.Outcome}, never from its wording. Small renderers sit side by
 * side, each escaping for its surface:
 *
 * <ul>
 *   <li>{@link dev.cited.present.TerminalRenderer}: plain text for {@code cited ask} and {@code
 *       cited search}; nothing to escape.
 *   <li>{@link dev.cited.present.MarkdownRenderer}: the OpenAI-compatible endpoint's content;
 *       Markdown control characters backslash-escaped.
 *   <li>{@link dev.cited.present.SlackRenderer}: Block Kit and a plain-text fallback; {@code &},
 *       {@code <}, {@code >} escaped, so nothing pings {@code @channel} or fakes a link.
 *   <li>{@link dev.cited.present.MattermostRenderer}: Markdown with mentions defused.
 * </ul>
 *
 * <p>The answer's own shape (paragraphs, bullet and numbered lists, bold, italics) is written in
 * each surface's dialect by {@link dev.cited.present.MarkdownSubset}, every other piece of its text
 * through the surface's escape.
 *
 * <p>{@link dev.cited.present.SearchResults} is the one shape of ranked papers ({@link
 * dev.cited.present.SearchResult}: rank, ids, title, label, version, text, score and breakdown),
 * for {@code cited search} (text and {@code --json}) and {@code GET /api/v1/search}. The web page
 * draws from the same API fields ({@code outcome}, {@code citations}, {@code sources}) in the
 * browser.
 *
 * <p>Depends on {@code answer}, {@code retrieve}, {@code ingest} and {@code llm}; {@code chat},
 * {@code serve} and {@code cli} use it. Imports neither Javalin, Bolt, picocli nor Lucene (Slack's
 * Block Kit model classes only).
 */
package dev.cited.present;

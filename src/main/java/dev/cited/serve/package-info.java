/**
 * Serve: the HTTP face of Cited, on Javalin.
 *
 * <p>{@link dev.cited.serve.CitedServer} declares every route in one place: the versioned REST
 * API under {@code /api/v1} (ask, ask with Server-Sent Events, search, papers, models, health),
 * Prometheus {@code /metrics} ({@link dev.cited.serve.Metrics}: Micrometer, with JVM and Jetty
 * metrics beside Cited's own), the OpenAPI document, an OpenAI-compatible {@code
 * /v1/chat/completions}, and the web chat page (static files from the class path folder {@code
 * web}). Handlers are thin: {@link dev.cited.serve.ApiRequests} parses and validates, the answer
 * and retrieve stages do the work, Jackson renders. Errors are mapped once: every failure is JSON
 * {@code {"error": code, "message": text}} with a 4xx status, and nothing returns a stack trace.
 * One before-handler, {@link dev.cited.serve.BrowserPolicy}, checks every request's {@code Host}
 * (DNS rebinding), refuses cross-site browser requests to routes that change state or stream, and
 * answers CORS for the origins {@link dev.cited.serve.ServerSettings} allows.
 *
 * <p>Conversations: {@link dev.cited.serve.ConversationHandlers} lists, searches, reads, renames,
 * deletes and exports ({@code ConversationExport}: Markdown, JSON, BibTeX) the caller's own
 * conversations and takes feedback on a turn; {@code Owners} says who the caller is (the name of
 * the {@link dev.cited.serve.ApiKeys API key} it used, or an anonymous browser identity cookie);
 * an id the caller does not own is the same 404 as one that does not exist.
 *
 * <p>Imports neither Lucene nor the ingest readers; {@code cited serve} ({@code cli}) starts it
 * through the composition root ({@code app}).
 */
package dev.cited.serve;

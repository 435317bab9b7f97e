/**
 * App: the composition root. Builds the application from one validated settings record and
 * hands every command, the server, the chat adapters, the bench and the test fixtures their parts.
 *
 * <p>{@link dev.cited.app.CitedSettings} is everything the application is built from: the
 * collection ({@link dev.cited.app.CollectionSettings}), where its index lives ({@link
 * dev.cited.app.BackendSettings}: embedded Lucene or OpenSearch), the retriever, the model
 * profiles ({@link dev.cited.app.ModelSettings}) and the prompts folder. {@link
 * dev.cited.app.Cited} builds from it, each in exactly one way: the embedder, the backend, the
 * retriever, the model registry, answer services, chat adapters and the HTTP server. {@link
 * dev.cited.app.IndexProvisioner} is the one place that decides whether an index is current and
 * builds it when it is not, for either backend.
 *
 * <p>Knows every stage; no stage knows it. Does not know the command line: {@code cli} turns
 * options into settings before anything here runs.
 */
package dev.cited.app;

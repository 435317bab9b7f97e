/**
 * Backend: where the index lives and the commands that build and search it whatever it is.
 *
 * <p>{@link dev.cited.backend.BackendOptions} chooses the embedded Lucene index ({@code index}
 * and {@code retrieve}) or an OpenSearch cluster ({@code opensearch}) and opens it as a {@link
 * dev.cited.retrieve.SearchBackend}; every later stage (answering, the server, evaluation,
 * benchmarks) works on that interface and never learns which it is. {@link
 * dev.cited.backend.IndexCommand} ({@code cited index}) and {@link dev.cited.backend.SearchCommand}
 * ({@code cited search}) live here because they drive either backend.
 *
 * <p>Depends on {@code ingest}, {@code index}, {@code retrieve} and {@code opensearch}.
 */
package dev.cited.backend;

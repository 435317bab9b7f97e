/**
 * OpenSearch: the same index and retrieval on an OpenSearch 3.x cluster, for collections beyond
 * one machine.
 *
 * <p>{@link dev.cited.opensearch.OpenSearchIndexer} indexes the chunks and vectors the embedded
 * build would index (same chunker, same embedding cache) into a new index behind an alias, with
 * bulk requests that back off and retry when the cluster is overloaded, and moves the alias only
 * when the new index is complete and green. {@link dev.cited.opensearch.OpenSearchMapping} is the
 * mapping: BM25 text with the English analyzer and {@code knn_vector} with the Lucene engine.
 * {@link dev.cited.opensearch.OpenSearchBackend} answers searches with one {@code _msearch} and
 * groups and fuses in Java with the {@code retrieve} package's code. {@link
 * dev.cited.opensearch.OpenSearchClient} is the REST client (JDK HTTP client and Jackson).
 *
 * <p>Depends on {@code index}, {@code retrieve} and {@code ingest}; talks to the cluster only
 * over HTTP (the cluster's own Lucene never shares a JVM with ours).
 */
package dev.cited.opensearch;

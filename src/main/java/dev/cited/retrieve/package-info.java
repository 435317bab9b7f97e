/**
 * Retrieve: a question in, ranked papers out, each paper once, with its score breakdown.
 *
 * <p>{@link dev.cited.retrieve.Bm25Retriever} (Lucene BM25 over title and chunk text, English
 * analysis) and {@link dev.cited.retrieve.VectorRetriever} (HNSW search over chunk embeddings)
 * each rank chunks and keep each paper's best chunk. {@link dev.cited.retrieve.HybridRetriever}
 * runs both and combines them with a {@link dev.cited.retrieve.Fusion}: reciprocal rank fusion or
 * a convex combination of min-max normalised scores, keyed by paper id. Ties are broken by paper
 * id, so results are deterministic.
 *
 * <p>Depends on {@code index} (and through it on Lucene); knows nothing of answering.
 */
package dev.cited.retrieve;

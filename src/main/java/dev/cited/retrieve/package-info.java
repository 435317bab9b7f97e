/**
 * Retrieve: a question in, ranked papers out, each paper once, with its score breakdown.
 *
 * <p>{@link dev.cited.retrieve.Bm25Retriever} (Lucene BM25 over title and chunk text, English
 * analysis) and {@link dev.cited.retrieve.VectorRetriever} (HNSW search over chunk embeddings)
 * each rank chunks and keep each paper's best chunk. {@link dev.cited.retrieve.HybridRetriever}
 * runs both and combines them with a {@link dev.cited.retrieve.Fusion}: reciprocal rank fusion or
 * a convex combination of min-max normalised scores, keyed by paper id. Ties are broken by paper
 * id, so results are deterministic. {@link dev.cited.retrieve.ChunkGrouper} (a paper counts once)
 * and the fusion are the only implementations: a remote engine supplies chunk hits through a
 * {@link dev.cited.retrieve.HybridRetriever.Source} and is grouped and fused here. {@link
 * dev.cited.retrieve.SentenceReranker} optionally re-scores the hybrid's best papers by their
 * best-matching sentence, from the sentence vectors the index stores (it embeds nothing).
 *
 * <p>{@link dev.cited.retrieve.SearchBackend} is an opened index with its retrievers; {@link
 * dev.cited.retrieve.EmbeddedBackend} is the Lucene one, over one index generation; {@link
 * dev.cited.retrieve.ReloadingBackend} is the same for a server, following the index directory's
 * {@code CURRENT} to each newly published generation. {@link dev.cited.retrieve.RetrieverSettings}
 * says which retriever a backend builds.
 *
 * <p>{@link dev.cited.retrieve.ChunkGrouper#CHUNKS_PER_PAPER} is how many chunk hits every
 * retriever of every backend fetches per paper wanted. {@link dev.cited.retrieve.HnswRecall} and
 * {@link dev.cited.retrieve.Statistics} (the median the evaluations and benchmarks share) measure.
 *
 * <p>Depends on {@code index} (and through it on Lucene); knows nothing of answering.
 */
package dev.cited.retrieve;

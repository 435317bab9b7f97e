/**
 * Index: papers in, a Lucene index of their chunks out, rebuilt only when its inputs change.
 *
 * <p>{@link dev.cited.index.Chunker} cuts each version of an abstract into chunks of whole
 * sentences. {@link dev.cited.index.Embedder} embeds them in process with a quantized ONNX model
 * ({@link dev.cited.index.EmbeddingModelSpec}: bge-small-en-v1.5 by default), one ONNX Runtime
 * thread per worker and one worker per core; {@link dev.cited.index.EmbeddingCache} keeps every
 * vector by content hash so a rebuild embeds only new text. The index holds one Lucene document
 * per chunk (title and chunk text for BM25 with English analysis, the vector for HNSW search, and
 * doc values naming paper and version) and one per paper (its JSON and the {@link
 * dev.cited.index.SentenceVectors} of its sentences, which spare answering from embedding them;
 * see {@link dev.cited.index.IndexFields}).
 *
 * <p>{@link dev.cited.index.IndexStore} owns an index directory: a {@link
 * dev.cited.index.IndexManifest} records model, dimensions, chunking, analyzer, every source file
 * with its hash, and a fingerprint; {@link dev.cited.index.IndexStore#staleness} says whether
 * that still matches the inputs; a build writes a new generation and switches to it atomically
 * only once it is complete. {@link dev.cited.index.PaperIndex} is an open generation, a {@link
 * dev.cited.index.PaperLookup} like any backend's index. {@link dev.cited.index.ChunkedCorpus} is
 * the part of a build every backend shares: ingest, chunk, embed chunks and sentences through the
 * cache.
 *
 * <p>Every binary file or blob this package writes (the embedding cache files, the sentence
 * vectors) starts with a {@link dev.cited.index.FormatHeader} (magic number, codec name, version),
 * checked on read. In-memory caches ({@link dev.cited.index.PaperCache}, the embedder's query and
 * passage vectors) are Caffeine caches, each with a maximum size stated and justified beside it.
 *
 * <p>Depends on {@code ingest} and Lucene; knows nothing of retrieval or answers.
 */
package dev.cited.index;

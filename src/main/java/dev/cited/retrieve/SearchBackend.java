package dev.cited.retrieve;

import dev.cited.index.PaperLookup;
import java.io.Closeable;
import java.util.Optional;

/**
 * An opened, searchable index: its papers by id and retrievers over its chunks. The embedded
 * backend is {@link EmbeddedBackend}; a remote engine implements this in its own package with
 * the same chunk grouping ({@link ChunkGrouper}) and fusion ({@link HybridRetriever}).
 * Reading a paper ({@link #paper}) also hands the sentence vectors stored with it to the
 * backend's embedder ({@link dev.cited.index.StoredPaper#primed}), so answering over the papers
 * a retriever found embeds none of their sentences. Thread-safe; closing it releases what it
 * opened.
 */
public interface SearchBackend extends PaperLookup, Closeable {

    /**
     * The retriever {@code options} describe, over this backend.
     *
     * @throws IllegalArgumentException naming an option this backend cannot honour
     */
    Retriever retriever(RetrieverSettings options);

    /**
     * The collection's term statistics, when this backend can read them cheaply; empty otherwise
     * (callers then fall back to statistics over the papers at hand).
     */
    default Optional<TermStatistics> termStatistics() {
        return Optional.empty();
    }

    /** Where the index lives, for messages and status, e.g. a directory or a cluster URL. */
    String location();
}

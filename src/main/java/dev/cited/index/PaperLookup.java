package dev.cited.index;

import dev.cited.ingest.Paper;
import java.io.IOException;
import java.util.Optional;

/**
 * Papers of a built index by id, and what the index was built from. Implemented by the embedded
 * {@link PaperIndex} and by remote backends; implementations are thread-safe.
 */
public interface PaperLookup {

    /** The paper with this id, if indexed. */
    Optional<Paper> paper(String id) throws IOException;

    /** Number of papers in the index. */
    int paperCount();

    /** How and from what the index was built. */
    IndexManifest manifest();

    /** The index generation served, e.g. {@code gen-000004}; null for a backend without generations. */
    default String generation() {
        return null;
    }
}

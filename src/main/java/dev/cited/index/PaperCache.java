package dev.cited.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.Optional;

/**
 * Papers already read from an index, with their stored sentence vectors, so that answering and
 * display do not fetch and parse a paper again. Holds at most {@value #MAXIMUM_SIZE} papers; when
 * full, the ones least likely to be asked for again are evicted (Caffeine's size-based policy).
 * Thread-safe.
 */
public final class PaperCache {

    /** Reads one paper from the index. */
    @FunctionalInterface
    public interface Loader {
        Optional<StoredPaper> load(String id) throws IOException;
    }

    /**
     * Papers kept: about 40 MB at roughly 10 kB a paper (JSON plus quantized sentence vectors),
     * which covers the sources of several hundred recent answers.
     */
    static final int MAXIMUM_SIZE = 4096;

    private final Cache<String, StoredPaper> papers =
            Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).build();

    /** The cached paper with this id, else what {@code loader} reads (and then caches). */
    public Optional<StoredPaper> get(String id, Loader loader) throws IOException {
        StoredPaper cached = papers.getIfPresent(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredPaper> loaded = loader.load(id);
        loaded.ifPresent(p -> papers.put(id, p));
        return loaded;
    }

    /** Drops pending evictions at once; for tests that check the bound. */
    void cleanUp() {
        papers.cleanUp();
    }

    /** Papers currently held (approximate while evictions are pending). */
    long size() {
        return papers.estimatedSize();
    }
}

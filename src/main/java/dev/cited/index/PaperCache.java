package dev.cited.index;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Papers already read from an index, with their stored sentence vectors, so that answering and
 * display do not fetch and parse a paper again. Holds at most {@value #SIZE} papers (the first
 * ones asked for); thread-safe.
 */
public final class PaperCache {

    /** Reads one paper from the index. */
    @FunctionalInterface
    public interface Loader {
        Optional<StoredPaper> load(String id) throws IOException;
    }

    static final int SIZE = 4096;
    private final Map<String, StoredPaper> papers = new ConcurrentHashMap<>();

    /** The cached paper with this id, else what {@code loader} reads (cached while there is room). */
    public Optional<StoredPaper> get(String id, Loader loader) throws IOException {
        StoredPaper cached = papers.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredPaper> loaded = loader.load(id);
        if (loaded.isPresent() && papers.size() < SIZE) {
            papers.put(id, loaded.get());
        }
        return loaded;
    }
}

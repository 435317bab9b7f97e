package dev.cited.retrieve;

import dev.cited.index.Embedder;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexStore;
import dev.cited.index.PaperIndex;
import dev.cited.ingest.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded backend of a long-running server: it follows the index directory's {@code CURRENT}
 * pointer, so a generation published by {@code cited index} (in another process) is served
 * without a restart.
 *
 * <p>At most once per {@code checkEvery}, a request reads {@code CURRENT} (one small file and a
 * stat of the generation's manifest, {@link IndexStore#current}). When it names another
 * generation, that generation is opened and takes over; requests already running finish on the
 * old one, which is closed when the last of them releases it. {@code CURRENT} only ever names a
 * complete, committed generation, so a half-built index is never served; a generation that cannot
 * be opened (removed by a newer build in between) leaves the served one in place until the next
 * check, and so does one built with another embedding model than the server embeds queries with
 * (that needs a restart). Each search and each paper lookup runs on one generation; an answer that searches and
 * then reads its papers across a switch reads them from the new generation. Thread-safe.
 */
public final class ReloadingBackend implements SearchBackend {

    /** How often a server looks at {@code CURRENT}, at most: a rebuilt index is served within a second. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private static final System.Logger LOG = System.getLogger(ReloadingBackend.class.getName());

    private final IndexStore store;
    private final Embedder embedder;
    private final long checkEveryNanos;
    private final Object switching = new Object();
    private volatile Generation current;
    private volatile long nextCheck;
    private volatile boolean closed;

    /**
     * Opens the live generation of {@code store}.
     *
     * @param embedder embeds queries and receives stored sentence vectors; stays the caller's
     * @param checkEvery how often, at most, {@code CURRENT} is read again
     * @throws IOException when the store has no generation or it cannot be opened
     */
    public ReloadingBackend(IndexStore store, Embedder embedder, Duration checkEvery) throws IOException {
        this.store = store;
        this.embedder = embedder;
        this.checkEveryNanos = checkEvery.toNanos();
        Path live = store.current().orElseThrow(() -> new IOException("no index in " + store.root()));
        this.current = open(live);
        this.nextCheck = System.nanoTime() + checkEveryNanos;
    }

    /** One opened generation and how many holders it has (the backend, while it is current, is one). */
    private final class Generation {
        final String name;
        final EmbeddedBackend backend;
        final Map<RetrieverSettings, Retriever> retrievers = new ConcurrentHashMap<>();
        final AtomicInteger holders = new AtomicInteger(1);

        Generation(String name, EmbeddedBackend backend) {
            this.name = name;
            this.backend = backend;
        }

        /** Takes a hold; false when the generation is already closed. */
        boolean hold() {
            for (int n = holders.get(); n > 0; n = holders.get()) {
                if (holders.compareAndSet(n, n + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Gives a hold back; the last one closes the generation. */
        void release() {
            if (holders.decrementAndGet() == 0) {
                try {
                    backend.close();
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "closing index generation " + name + " failed", e);
                }
            }
        }
    }

    private Generation open(Path dir) throws IOException {
        return new Generation(
                dir.getFileName().toString(), new EmbeddedBackend(PaperIndex.open(dir), embedder, store.root()));
    }

    /** A hold on the generation to serve now, after switching to a newer one when it is time to look. */
    private Generation hold() {
        if (System.nanoTime() - nextCheck >= 0) {
            follow();
        }
        while (true) {
            Generation g = current;
            if (g.hold()) {
                return g;
            }
            if (closed) {
                throw new IllegalStateException("the index at " + store.root() + " is closed");
            }
        }
    }

    /** Reads {@code CURRENT} and switches to the generation it names, if it is another. */
    private void follow() {
        synchronized (switching) {
            if (System.nanoTime() - nextCheck < 0 || closed) {
                return;
            }
            nextCheck = System.nanoTime() + checkEveryNanos;
            try {
                Optional<Path> live = store.current();
                if (live.isEmpty() || live.get().getFileName().toString().equals(current.name)) {
                    return;
                }
                Generation next = open(live.get());
                if (!next.backend
                        .manifest()
                        .embeddingModel()
                        .equals(current.backend.manifest().embeddingModel())) {
                    next.release();
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "index generation " + next.name + " was built with another embedding model ("
                                    + next.backend.manifest().embeddingModel() + "); restart the server to serve it");
                    return;
                }
                Generation old = current;
                current = next;
                old.release();
                LOG.log(System.Logger.Level.INFO, "serving index generation " + next.name + " (was " + old.name + ")");
            } catch (IOException | RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "cannot open the new index generation in " + store.root() + "; still serving " + current.name,
                        e);
            }
        }
    }

    @Override
    public Retriever retriever(RetrieverSettings settings) {
        String name = current.backend.retriever(settings).name();
        return new Retriever() {
            @Override
            public List<PaperHit> search(String query, int k) throws IOException {
                Generation g = hold();
                try {
                    return g.retrievers
                            .computeIfAbsent(settings, g.backend::retriever)
                            .search(query, k);
                } finally {
                    g.release();
                }
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Override
    public Optional<Paper> paper(String id) throws IOException {
        Generation g = hold();
        try {
            return g.backend.paper(id);
        } finally {
            g.release();
        }
    }

    @Override
    public int paperCount() {
        Generation g = hold();
        try {
            return g.backend.paperCount();
        } finally {
            g.release();
        }
    }

    @Override
    public IndexManifest manifest() {
        Generation g = hold();
        try {
            return g.backend.manifest();
        } finally {
            g.release();
        }
    }

    /** The generation served now, e.g. {@code gen-000004}. */
    @Override
    public String generation() {
        Generation g = hold();
        try {
            return g.name;
        } finally {
            g.release();
        }
    }

    @Override
    public String location() {
        return store.root().toString();
    }

    /** Stops following and closes the served generation once no request holds it. */
    @Override
    public void close() {
        synchronized (switching) {
            if (!closed) {
                closed = true;
                current.release();
            }
        }
    }
}

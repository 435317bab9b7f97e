package dev.cited.app;

import dev.cited.index.Embedder;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexStore;
import dev.cited.index.PaperIndex;
import dev.cited.opensearch.OpenSearchBackend;
import dev.cited.opensearch.OpenSearchClient;
import dev.cited.opensearch.OpenSearchIndexer;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.ReloadingBackend;
import dev.cited.retrieve.SearchBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;

/**
 * The one place that decides whether an index is current and builds it when it is not, for
 * either backend. {@code cited index} calls {@link #refresh}; every other command opens the index
 * through {@link #open}, which builds a missing or stale embedded index first.
 */
public final class IndexProvisioner {

    private static final Duration OPENSEARCH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /**
     * What {@link #refresh} found or did.
     *
     * @param built whether it built the index
     * @param reason why it built (the staleness, or "--force"); null when the index was current
     * @param manifest the manifest of the index now in use
     * @param location where the index lives: a folder, or the cluster URL and index name
     */
    public record Refresh(boolean built, String reason, IndexManifest manifest, String location) {}

    private final CollectionSettings collection;
    private final BackendSettings backend;

    public IndexProvisioner(CollectionSettings collection, BackendSettings backend) {
        this.collection = collection;
        this.backend = backend;
    }

    /**
     * Builds the index when it is missing or stale, or always when {@code force}; an unchanged
     * index is left as it is. The embedding model is loaded only when something is built.
     *
     * @param log where build messages and progress go (standard error in the CLI)
     */
    public Refresh refresh(boolean force, PrintWriter log) throws IOException {
        if (backend.kind() == BackendSettings.Kind.EMBEDDED) {
            IndexStore store = new IndexStore(collection.indexDir());
            Optional<String> stale = store.staleness(collection.corpus(), collection.index());
            if (stale.isEmpty() && !force) {
                return new Refresh(
                        false,
                        null,
                        IndexManifest.read(store.current().orElseThrow()),
                        store.root().toString());
            }
            try (Embedder embedder = new Embedder(collection.index().model())) {
                return new Refresh(
                        true,
                        stale.orElse("--force"),
                        build(store, stale.orElse("--force"), embedder, log),
                        store.root().toString());
            }
        }
        try (OpenSearchClient client = opensearchClient()) {
            OpenSearchIndexer indexer = opensearchIndexer(client, log);
            String where = client.url() + "/" + backend.opensearchIndex();
            Optional<IndexManifest> live = indexer.live();
            Optional<String> stale = live.isEmpty()
                    ? Optional.of("no index '" + backend.opensearchIndex() + "' in " + client.url())
                    : OpenSearchIndexer.staleness(live.get(), collection.corpus(), collection.index());
            if (stale.isEmpty() && !force) {
                return new Refresh(false, null, live.get(), where);
            }
            try (Embedder embedder = new Embedder(collection.index().model())) {
                return new Refresh(
                        true, stale.orElse("--force"), build(indexer, stale.orElse("--force"), embedder, log), where);
            }
        }
    }

    /**
     * Opens the index for searching. The embedded index is built or rebuilt first when missing or
     * stale. An OpenSearch index is built when missing; when it is stale (the local corpus
     * changed) it is used as it is and a note says how to refresh it, because servers sharing a
     * cluster need not hold the corpus.
     *
     * @param embedder embeds queries (and a build); stays the caller's
     * @param log where build messages go (standard error in the CLI)
     */
    public SearchBackend open(Embedder embedder, PrintWriter log) throws IOException {
        return open(embedder, log, false);
    }

    /**
     * As {@link #open(Embedder, PrintWriter)}; with {@code follow}, an embedded index follows its
     * {@code CURRENT} pointer ({@link ReloadingBackend}), so a server serves a generation that
     * {@code cited index} publishes later without a restart.
     */
    public SearchBackend open(Embedder embedder, PrintWriter log, boolean follow) throws IOException {
        if (backend.kind() == BackendSettings.Kind.EMBEDDED) {
            IndexStore store = new IndexStore(collection.indexDir());
            Optional<String> stale = store.staleness(collection.corpus(), collection.index());
            if (stale.isPresent()) {
                build(store, stale.get(), embedder, log);
            }
            if (follow) {
                return new ReloadingBackend(store, embedder, ReloadingBackend.CHECK_EVERY);
            }
            return new EmbeddedBackend(PaperIndex.open(store.current().orElseThrow()), embedder, collection.indexDir());
        }
        OpenSearchClient client = opensearchClient();
        try {
            OpenSearchIndexer indexer = opensearchIndexer(client, log);
            Optional<IndexManifest> live = indexer.live();
            if (live.isEmpty()) {
                build(indexer, "no index '" + backend.opensearchIndex() + "' in " + client.url(), embedder, log);
            } else {
                Optional<String> stale =
                        OpenSearchIndexer.staleness(live.get(), collection.corpus(), collection.index());
                if (stale.isPresent()) {
                    log.println("note: OpenSearch index '" + backend.opensearchIndex() + "' is out of date ("
                            + stale.get() + "); refresh it with `cited index --backend opensearch`");
                    log.flush();
                }
            }
            return OpenSearchBackend.open(client, backend.opensearchIndex(), embedder);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private IndexManifest build(IndexStore store, String reason, Embedder embedder, PrintWriter log)
            throws IOException {
        announce(reason, log);
        return store.build(
                collection.corpus(), collection.format(), collection.index(), embedder, log, collection.progress());
    }

    private IndexManifest build(OpenSearchIndexer indexer, String reason, Embedder embedder, PrintWriter log)
            throws IOException {
        announce(reason, log);
        return indexer.build(
                collection.corpus(),
                collection.format(),
                collection.index(),
                embedder,
                collection.indexDir().resolve("embeddings"),
                collection.progress());
    }

    private static void announce(String reason, PrintWriter log) {
        log.println("building index (" + reason + ")");
        log.flush();
    }

    private OpenSearchClient opensearchClient() {
        return new OpenSearchClient(backend.opensearchUrl(), OPENSEARCH_TIMEOUT);
    }

    private OpenSearchIndexer opensearchIndexer(OpenSearchClient client, PrintWriter log) {
        return new OpenSearchIndexer(client, backend.opensearchIndex(), log, FIRST_BACKOFF);
    }
}

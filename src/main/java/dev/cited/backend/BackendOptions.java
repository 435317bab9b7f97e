package dev.cited.backend;

import dev.cited.index.Embedder;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexOptions;
import dev.cited.index.PaperIndex;
import dev.cited.opensearch.OpenSearchBackend;
import dev.cited.opensearch.OpenSearchClient;
import dev.cited.opensearch.OpenSearchIndexer;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.retrieve.SearchBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Command-line options that say where the index lives, shared as a picocli mixin: embedded
 * Lucene on this machine (default) or an OpenSearch cluster. Each option also has an environment
 * variable, so a server is configured the same way: {@code CITED_BACKEND}, {@code
 * CITED_OPENSEARCH_URL}, {@code CITED_OPENSEARCH_INDEX}.
 */
public final class BackendOptions {

    /** Where the index lives. */
    public enum Kind {
        EMBEDDED,
        OPENSEARCH
    }

    private static final Duration OPENSEARCH_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    @Mixin
    public IndexOptions index;

    @Option(names = "--backend", paramLabel = "KIND", defaultValue = "${env:CITED_BACKEND:-embedded}",
            description = "embedded (Lucene on this machine, default) or opensearch. Env: CITED_BACKEND.")
    String backend;

    @Option(names = "--opensearch-url", paramLabel = "URL", defaultValue = "${env:CITED_OPENSEARCH_URL}",
            description = "OpenSearch cluster, e.g. http://localhost:9200 (user:password@ allowed). Env: CITED_OPENSEARCH_URL.")
    String opensearchUrl;

    @Option(names = "--opensearch-index", paramLabel = "NAME", defaultValue = "${env:CITED_OPENSEARCH_INDEX}",
            description = "Index (alias) name in OpenSearch. Default: cited-<name of the local index folder>. Env: CITED_OPENSEARCH_INDEX.")
    String opensearchIndex;

    /**
     * The chosen backend.
     *
     * @throws IllegalArgumentException for an unknown kind, or opensearch without a URL
     */
    public Kind kind() {
        Kind kind = switch (backend.strip().toLowerCase(Locale.ROOT)) {
            case "embedded" -> Kind.EMBEDDED;
            case "opensearch" -> Kind.OPENSEARCH;
            default -> throw new IllegalArgumentException("--backend: unknown backend '" + backend + "', expected embedded or opensearch");
        };
        if (kind == Kind.OPENSEARCH && (opensearchUrl == null || opensearchUrl.isBlank())) {
            throw new IllegalArgumentException("--backend opensearch needs --opensearch-url URL (or CITED_OPENSEARCH_URL)");
        }
        return kind;
    }

    /** The OpenSearch index (alias) name: {@code --opensearch-index}, else derived from the local index folder. */
    public String opensearchIndex() {
        if (opensearchIndex != null && !opensearchIndex.isBlank()) {
            return opensearchIndex.strip();
        }
        String folder = index.indexDir().getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "_");
        return "cited-" + folder;
    }

    /** A client for {@code --opensearch-url}; the caller closes it. */
    public OpenSearchClient opensearchClient() {
        return new OpenSearchClient(opensearchUrl, OPENSEARCH_TIMEOUT);
    }

    /** An indexer for the OpenSearch index these options name. */
    public OpenSearchIndexer opensearchIndexer(OpenSearchClient client, PrintWriter log) {
        return new OpenSearchIndexer(client, opensearchIndex(), log, FIRST_BACKOFF);
    }

    /**
     * Opens the index for searching. The embedded index is built or rebuilt first when missing or
     * stale. An OpenSearch index is built when missing; when it is stale (the local corpus
     * changed) it is used as it is and a note says how to refresh it, because servers sharing a
     * cluster need not hold the corpus.
     *
     * @param log where build messages go (standard error in the CLI)
     */
    public SearchBackend open(Embedder embedder, PrintWriter log) throws IOException {
        if (kind() == Kind.EMBEDDED) {
            PaperIndex paperIndex = index.openOrBuild(embedder, log);
            return new EmbeddedBackend(paperIndex, embedder, index.indexDir());
        }
        OpenSearchClient client = opensearchClient();
        try {
            OpenSearchIndexer indexer = opensearchIndexer(client, log);
            Optional<IndexManifest> live = indexer.live();
            if (live.isEmpty()) {
                log.println("building index (no index '" + opensearchIndex() + "' in " + client.url() + ")");
                log.flush();
                indexer.build(index.corpusPaths(), index.corpusFormat(), index.settings(), embedder,
                        index.indexDir().resolve("embeddings"), index.progress());
            } else {
                Optional<String> stale = OpenSearchIndexer.staleness(live.get(), index.corpusPaths(), index.settings());
                if (stale.isPresent()) {
                    log.println("note: OpenSearch index '" + opensearchIndex() + "' is out of date (" + stale.get()
                            + "); refresh it with `cited index --backend opensearch`");
                    log.flush();
                }
            }
            return OpenSearchBackend.open(client, opensearchIndex(), embedder);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }
}

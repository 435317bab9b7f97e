package dev.cited.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.index.Chunk;
import dev.cited.index.ChunkedCorpus;
import dev.cited.index.Embedder;
import dev.cited.index.EmbeddingCache;
import dev.cited.index.IndexFields;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexSettings;
import dev.cited.index.IndexStore;
import dev.cited.index.SentenceVectors;
import dev.cited.index.SourceFile;
import dev.cited.index.VectorEncoding;
import dev.cited.ingest.CorpusFormat;
import dev.cited.ingest.Paper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds Cited's index in an OpenSearch cluster, as {@link IndexStore} does on disk: the same
 * chunks and vectors ({@link ChunkedCorpus}, with the local embedding cache), written to a new
 * concrete index {@code <name>-<millis>}; only when every document is in and the index is healthy
 * does the alias {@code <name>} move to it (one atomic {@code _aliases} call) and the old index
 * go. A failed build leaves the alias, and so the live index, untouched.
 *
 * <p>Documents go in {@code _bulk} requests of at most {@value #BULK_DOCS} documents, one request
 * in flight (the cluster's pace is the pace), through a {@link BulkLoader}, which retries what the
 * cluster refuses for load.
 */
public final class OpenSearchIndexer {

    static final int BULK_DOCS = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenSearchClient client;
    private final String alias;
    private final PrintWriter log;
    private final BulkLoader bulk;

    /**
     * @param alias the name searches use; the concrete indices are named after it
     * @param firstBackoff the wait before the first retry; each further retry waits twice as long
     */
    public OpenSearchIndexer(OpenSearchClient client, String alias, PrintWriter log, Duration firstBackoff) {
        this.client = client;
        this.alias = OpenSearchBackend.checkIndexName(alias);
        this.log = log;
        this.bulk = new BulkLoader(client, log, firstBackoff);
    }

    /**
     * The manifest of the live index behind the alias, if there is one.
     *
     * @throws IncompatibleIndexException when the name is taken by an index Cited cannot use
     */
    public Optional<IndexManifest> live() throws IOException {
        return OpenSearchBackend.liveManifest(client, alias);
    }

    /**
     * Why the index described by {@code live} (see {@link #live()}) must be rebuilt for these
     * inputs, or empty when it is current.
     */
    public static Optional<String> staleness(IndexManifest live, List<Path> corpusPaths, IndexSettings settings)
            throws IOException {
        Optional<String> built = live.mismatch(settings);
        if (built.isPresent()) {
            return built;
        }
        String fingerprint = IndexStore.fingerprint(IndexStore.sourceFiles(corpusPaths), settings);
        return fingerprint.equals(live.corpusFingerprint())
                ? Optional.empty()
                : Optional.of("source files changed since the live index was built");
    }

    /**
     * Ingests, chunks and embeds the corpus (embeddings cached in {@code cacheDir}), indexes it
     * into a new OpenSearch index and moves the alias to it.
     */
    public IndexManifest build(
            List<Path> corpusPaths,
            CorpusFormat format,
            IndexSettings settings,
            Embedder embedder,
            Path cacheDir,
            boolean progress)
            throws IOException {
        if (settings.vectors() != VectorEncoding.FLOAT32) {
            throw new IllegalArgumentException("--vector-encoding " + settings.vectors()
                    + " is for the embedded backend; OpenSearch's Lucene engine indexes float32 vectors");
        }
        Instant start = Instant.now();
        Optional<String> previous = OpenSearchBackend.aliasTarget(client, alias);
        if (previous.isEmpty() && client.exists("/" + alias)) {
            throw new IncompatibleIndexException(
                    "OpenSearch index '" + alias + "' exists and is not an alias made by Cited; "
                            + "choose another --opensearch-index or delete that index");
        }
        List<SourceFile> sources = IndexStore.sourceFiles(corpusPaths);
        ChunkedCorpus prepared;
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir, settings.model(), log)) {
            prepared = ChunkedCorpus.prepare(corpusPaths, format, settings, embedder, cache, log, progress);
            int dataNodes = client.send("GET", "/_cluster/health", null)
                    .path("number_of_data_nodes")
                    .asInt(1);
            removeAbandonedBuilds(previous);
            String target = alias + "-" + System.currentTimeMillis();
            IndexManifest provisional = manifest(settings, sources, prepared, start);
            client.send("PUT", "/" + target, OpenSearchMapping.createBody(provisional, Math.max(1, dataNodes)));
            try {
                upload(target, prepared, cache);
                IndexManifest manifest = manifest(settings, sources, prepared, start);
                finish(target, manifest, dataNodes);
                publish(target, previous);
                return manifest;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(target);
                throw e;
            }
        }
    }

    private void upload(String target, ChunkedCorpus prepared, EmbeddingCache cache) throws IOException {
        List<String> batch = new ArrayList<>(BULK_DOCS * 2);
        Iterator<Chunk> chunks = prepared.chunks().iterator();
        Chunk next = chunks.hasNext() ? chunks.next() : null;
        int sent = 0;
        for (Paper paper : prepared.corpus().papers()) {
            ObjectNode doc = JSON.createObjectNode()
                    .put(IndexFields.TYPE, IndexFields.TYPE_PAPER)
                    .put(IndexFields.PAPER, paper.id());
            doc.set(IndexFields.JSON, JSON.valueToTree(paper));
            doc.put(IndexFields.SENTENCE_VECTORS, SentenceVectors.encode(paper, cache));
            add(batch, "paper:" + paper.id(), doc);
            while (next != null && next.paperId().equals(paper.id())) {
                ObjectNode c = JSON.createObjectNode()
                        .put(IndexFields.TYPE, IndexFields.TYPE_CHUNK)
                        .put(IndexFields.PAPER, next.paperId())
                        .put(IndexFields.VERSION, next.version())
                        .put(IndexFields.CHUNK, next.number())
                        .put(IndexFields.CONTENTS, next.indexedText());
                float[] vector = cache.get(next.indexedText());
                var array = c.putArray(IndexFields.VECTOR);
                for (float f : vector) {
                    array.add(f);
                }
                add(batch, "chunk:" + next.paperId() + ":" + next.version() + ":" + next.number(), c);
                next = chunks.hasNext() ? chunks.next() : null;
            }
            if (batch.size() >= BULK_DOCS * 2) {
                sent += bulk.load(target, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            sent += bulk.load(target, batch);
        }
        log.printf(Locale.ROOT, "sent %d documents to %s/%s%n", sent, client.url(), target);
        log.flush();
    }

    private static void add(List<String> batch, String id, ObjectNode doc) throws IOException {
        batch.add(JSON.writeValueAsString(
                JSON.createObjectNode().set("index", JSON.createObjectNode().put("_id", id))));
        batch.add(JSON.writeValueAsString(doc));
    }

    /** Refreshes, restores replicas and refresh interval, records the final manifest, waits for health. */
    private void finish(String target, IndexManifest manifest, int dataNodes) throws IOException {
        client.send("POST", "/" + target + "/_refresh", null);
        ObjectNode settings = JSON.createObjectNode();
        settings.putObject("index")
                .put("number_of_replicas", Math.min(1, dataNodes - 1))
                .putNull("refresh_interval");
        client.send("PUT", "/" + target + "/_settings", settings);
        ObjectNode meta = JSON.createObjectNode();
        meta.putObject("_meta").set("cited", JSON.valueToTree(manifest));
        client.send("PUT", "/" + target + "/_mapping", meta);
        String status;
        try {
            JsonNode health =
                    client.send("GET", "/_cluster/health/" + target + "?wait_for_status=green&timeout=120s", null);
            status = health.path("timed_out").asBoolean()
                    ? "timed out"
                    : health.path("status").asText();
        } catch (OpenSearchException e) {
            if (e.status() != 408) {
                throw e;
            }
            status = "timed out"; // OpenSearch answers a health wait that runs out with HTTP 408
        }
        if (!"green".equals(status)) {
            throw new IOException("OpenSearch index " + target + " did not become green within 120 s (" + status
                    + "); the live index was left as it was");
        }
    }

    private void publish(String target, Optional<String> previous) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        var actions = body.putArray("actions");
        previous.ifPresent(
                old -> actions.addObject().putObject("remove").put("index", old).put("alias", alias));
        actions.addObject().putObject("add").put("index", target).put("alias", alias);
        client.send("POST", "/_aliases", body);
        if (previous.isPresent()) {
            deleteQuietly(previous.get());
        }
    }

    /** Deletes {@code <alias>-<digits>} indices the alias does not point at: builds that died. */
    private void removeAbandonedBuilds(Optional<String> live) throws IOException {
        JsonNode indices = client.send("GET", "/_cat/indices/" + alias + "-*?format=json&h=index", null);
        for (JsonNode row : indices) {
            String name = row.path("index").asText();
            if (name.matches(java.util.regex.Pattern.quote(alias) + "-\\d+")
                    && !live.map(name::equals).orElse(false)) {
                log.println("removing abandoned build " + name);
                deleteQuietly(name);
            }
        }
    }

    private void deleteQuietly(String index) {
        try {
            client.send("DELETE", "/" + index, null);
        } catch (IOException e) {
            log.println("could not delete OpenSearch index " + index + ": " + e.getMessage());
        }
    }

    private IndexManifest manifest(
            IndexSettings settings, List<SourceFile> sources, ChunkedCorpus prepared, Instant start) {
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        return new IndexManifest(
                IndexManifest.FORMAT,
                settings.model().id(),
                settings.model().dimensions(),
                settings.model().queryPrefix(),
                settings.chunkWords(),
                IndexFields.CONTENTS_ANALYSIS,
                sources,
                IndexStore.fingerprint(sources, settings),
                prepared.corpus().papers().size(),
                prepared.versions(),
                prepared.chunks().size(),
                Instant.now().toString(),
                seconds,
                prepared.embedded(),
                settings.vectors().toString(),
                prepared.sentences(),
                prepared.embeddedSentences());
    }
}

package dev.cited.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.index.Embedder;
import dev.cited.index.IndexFields;
import dev.cited.index.IndexManifest;
import dev.cited.index.PaperCache;
import dev.cited.index.StoredPaper;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.ChunkGrouper;
import dev.cited.retrieve.HybridRetriever;
import dev.cited.retrieve.RankedRetriever;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.RetrieverSettings;
import dev.cited.retrieve.ScoredPaper;
import dev.cited.retrieve.SearchBackend;
import dev.cited.retrieve.SentenceReranker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Searches Cited's index in an OpenSearch cluster (built by {@link OpenSearchIndexer}). A hybrid
 * query is one {@code _msearch} round trip holding a BM25 {@code match} and a {@code knn} query
 * on chunks; the chunk hits are grouped into papers by {@link ChunkGrouper} and fused by {@link
 * HybridRetriever}, the same code as the embedded backend, so both backends rank alike. BM25
 * runs as {@code dfs_query_then_fetch}, so term statistics are the whole index's, not one
 * shard's, as in the single embedded index.
 */
public final class OpenSearchBackend implements SearchBackend {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenSearchClient client;
    private final String alias;
    private final Embedder embedder;
    private final IndexManifest manifest;
    private final PaperCache papers = new PaperCache();

    private OpenSearchBackend(OpenSearchClient client, String alias, Embedder embedder, IndexManifest manifest) {
        this.client = client;
        this.alias = alias;
        this.embedder = embedder;
        this.manifest = manifest;
    }

    /**
     * Opens the live index behind {@code alias}; the backend owns {@code client} from now on.
     *
     * @throws IOException when the cluster is unreachable, the index is missing, or its mapping is
     *     not one Cited built ({@link IncompatibleIndexException})
     * @throws IllegalArgumentException when its vectors come from another embedding model
     */
    public static OpenSearchBackend open(OpenSearchClient client, String alias, Embedder embedder) throws IOException {
        IndexManifest manifest = liveManifest(client, checkIndexName(alias))
                .orElseThrow(() -> new IOException("no index '" + alias + "' in OpenSearch at " + client.url()
                        + "; build it with `cited index --backend opensearch`"));
        if (!manifest.embeddingModel().equals(embedder.spec().id())) {
            throw new IllegalArgumentException("OpenSearch index '" + alias + "' was built with "
                    + manifest.embeddingModel()
                    + " but queries would be embedded with " + embedder.spec().id() + "; pass --embedding-model "
                    + manifest.embeddingModel());
        }
        return new OpenSearchBackend(client, alias, embedder, manifest);
    }

    /** The concrete index {@code alias} points at, if the alias exists. */
    static Optional<String> aliasTarget(OpenSearchClient client, String alias) throws IOException {
        if (!client.exists("/_alias/" + alias)) {
            return Optional.empty();
        }
        Iterator<String> names = client.send("GET", "/_alias/" + alias, null).fieldNames();
        return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
    }

    /** The manifest of the index behind {@code alias}, checked for compatibility; empty if none. */
    static Optional<IndexManifest> liveManifest(OpenSearchClient client, String alias) throws IOException {
        Optional<String> target = aliasTarget(client, alias);
        if (target.isEmpty()) {
            if (client.exists("/" + alias)) {
                throw new IncompatibleIndexException("OpenSearch index '" + alias
                        + "' exists and is not an alias made by Cited; " + "choose another --opensearch-index");
            }
            return Optional.empty();
        }
        JsonNode mapping =
                client.send("GET", "/" + target.get() + "/_mapping", null).path(target.get());
        return Optional.of(OpenSearchMapping.manifest(alias, mapping));
    }

    /**
     * Returns {@code name} if OpenSearch accepts it as an index name.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static String checkIndexName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_.-]{0,200}")) {
            throw new IllegalArgumentException(
                    "--opensearch-index: '" + name
                            + "' is not a usable index name (lowercase letters, digits, '-', '_', '.'; not starting with '-', '_' or '.')");
        }
        return name;
    }

    @Override
    public Retriever retriever(RetrieverSettings settings) {
        if (!settings.defaultBm25()) {
            throw new IllegalArgumentException(
                    "--k1/--b: the OpenSearch index scores BM25 with the k1 and b it was built with; "
                            + "they can be changed only with the embedded backend");
        }
        return switch (settings.kind()) {
            case BM25 ->
                RankedRetriever.of(
                        RankedRetriever.Signal.LEXICAL,
                        (q, depth) -> rank(q, depth, true, false).lexical());
            case DENSE ->
                RankedRetriever.of(
                        RankedRetriever.Signal.DENSE,
                        (q, depth) -> rank(q, depth, false, true).dense());
            case HYBRID -> {
                Retriever hybrid = new HybridRetriever((q, depth) -> rank(q, depth, true, true), settings.fusion());
                yield switch (settings.rerank()) {
                    case NONE -> hybrid;
                    case SENTENCES -> new SentenceReranker(hybrid, embedder, id -> papers.get(id, this::fetch));
                };
            }
        };
    }

    /** One {@code _msearch} with the BM25 and/or kNN query; each list grouped into papers. */
    private HybridRetriever.Rankings rank(String query, int depth, boolean lexical, boolean dense) throws IOException {
        int size = depth * ChunkGrouper.CHUNKS_PER_PAPER;
        StringBuilder body = new StringBuilder();
        if (lexical) {
            ObjectNode search = source(size);
            search.putObject("query")
                    .putObject("match")
                    .putObject(IndexFields.CONTENTS)
                    .put("query", query);
            body.append(JSON.writeValueAsString(JSON.createObjectNode().put("search_type", "dfs_query_then_fetch")))
                    .append('\n')
                    .append(JSON.writeValueAsString(search))
                    .append('\n');
        }
        if (dense) {
            ObjectNode search = source(size);
            ObjectNode knn = search.putObject("query").putObject("knn").putObject(IndexFields.VECTOR);
            ArrayNode vector = knn.putArray("vector");
            for (float f : embedder.embedQuery(query)) {
                vector.add(f);
            }
            knn.put("k", size);
            body.append("{}\n").append(JSON.writeValueAsString(search)).append('\n');
        }
        JsonNode responses =
                client.sendNdjson("/" + alias + "/_msearch", body.toString()).path("responses");
        List<ScoredPaper> bm25 = lexical ? papers(responses.path(0), depth, false) : List.of();
        List<ScoredPaper> knn = dense ? papers(responses.path(lexical ? 1 : 0), depth, true) : List.of();
        return new HybridRetriever.Rankings(bm25, knn);
    }

    private static ObjectNode source(int size) {
        ObjectNode search = JSON.createObjectNode().put("size", size);
        search.putArray("_source").add(IndexFields.PAPER).add(IndexFields.VERSION);
        return search;
    }

    private List<ScoredPaper> papers(JsonNode response, int depth, boolean cosine) throws IOException {
        if (response.has("error")) {
            throw new OpenSearchException(
                    response.path("status").asInt(500),
                    "OpenSearch search in '" + alias + "' at " + client.url() + " failed: "
                            + OpenSearchClient.reason(response));
        }
        List<ScoredPaper> chunks = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            float score = (float) hit.path("_score").asDouble();
            JsonNode src = hit.path("_source");
            chunks.add(new ScoredPaper(
                    src.path(IndexFields.PAPER).asText(),
                    src.path(IndexFields.VERSION).asInt(),
                    cosine ? Embedder.cosineOfVectorScore(score) : score));
        }
        return ChunkGrouper.group(chunks, depth);
    }

    /** The paper with this id; its sentence vectors go to the embedder ({@link StoredPaper#primed}). */
    @Override
    public Optional<Paper> paper(String id) throws IOException {
        return papers.get(id, this::fetch).map(p -> p.primed(embedder));
    }

    private Optional<StoredPaper> fetch(String id) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("ids").add("paper:" + id);
        JsonNode doc =
                client.send("POST", "/" + alias + "/_mget", body).path("docs").path(0);
        if (!doc.path("found").asBoolean()) {
            return Optional.empty();
        }
        JsonNode source = doc.path("_source");
        JsonNode vectors = source.path(IndexFields.SENTENCE_VECTORS);
        return Optional.of(new StoredPaper(
                JSON.treeToValue(source.path(IndexFields.JSON), Paper.class),
                vectors.isTextual() ? vectors.binaryValue() : new byte[0]));
    }

    @Override
    public int paperCount() {
        return manifest.papers();
    }

    @Override
    public IndexManifest manifest() {
        return manifest;
    }

    @Override
    public String location() {
        return client.url() + "/" + alias;
    }

    @Override
    public void close() {
        client.close();
    }
}

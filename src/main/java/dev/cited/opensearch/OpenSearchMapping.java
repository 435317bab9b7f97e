package dev.cited.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.index.IndexFields;
import dev.cited.index.IndexManifest;
import dev.cited.index.VectorEncoding;
import dev.cited.retrieve.Bm25Retriever;

/**
 * The OpenSearch index Cited writes: the same two kinds of document and the same fields as the
 * embedded Lucene index ({@link IndexFields}), with the manifest in the mapping's {@code _meta}.
 *
 * <ul>
 *   <li>{@code contents}: text with the built-in {@code english} analyzer (Lucene's
 *       EnglishAnalyzer) and BM25 with the embedded backend's k1 and b;
 *   <li>{@code vector}: {@code knn_vector}, HNSW with the <b>Lucene engine</b> (the 3.x default,
 *       faiss, needs native libraries and is not what the embedded backend runs), cosine, and the
 *       embedded index's HNSW M and beam width ({@link dev.cited.index.VectorEncoding#HNSW_M});
 *   <li>{@code json}: the paper, kept in {@code _source} only;
 *   <li>{@code sentence_vectors}: the paper's {@link dev.cited.index.SentenceVectors}, base64 in
 *       {@code _source} only.
 * </ul>
 */
final class OpenSearchMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenSearchMapping() {}

    /** The create-index body: settings and mappings for {@code manifest}'s vectors. */
    static ObjectNode createBody(IndexManifest manifest, int shards) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards)
                .put("number_of_replicas", 0)
                .put("refresh_interval", "-1")
                .put("knn", true);
        index.putObject("similarity")
                .putObject("cited_bm25")
                .put("type", "BM25")
                .put("k1", Bm25Retriever.DEFAULT_K1)
                .put("b", Bm25Retriever.DEFAULT_B);
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        mappings.putObject("_meta").set("cited", JSON.valueToTree(manifest));
        ObjectNode props = mappings.putObject("properties");
        props.putObject(IndexFields.TYPE).put("type", "keyword");
        props.putObject(IndexFields.PAPER).put("type", "keyword");
        props.putObject(IndexFields.VERSION).put("type", "integer");
        props.putObject(IndexFields.CHUNK).put("type", "integer");
        props.putObject(IndexFields.CONTENTS)
                .put("type", "text")
                .put("analyzer", "english")
                .put("similarity", "cited_bm25");
        ObjectNode vector =
                props.putObject(IndexFields.VECTOR).put("type", "knn_vector").put("dimension", manifest.dimensions());
        ObjectNode method = vector.putObject("method")
                .put("name", "hnsw")
                .put("engine", "lucene")
                .put("space_type", "cosinesimil");
        method.putObject("parameters")
                .put("m", VectorEncoding.HNSW_M)
                .put("ef_construction", VectorEncoding.HNSW_BEAM_WIDTH);
        props.putObject(IndexFields.JSON).put("type", "object").put("enabled", false);
        props.putObject(IndexFields.SENTENCE_VECTORS).put("type", "binary");
        return body;
    }

    /**
     * The manifest of an index Cited built, read from its mapping, after checking that the
     * fields are what Cited searches.
     *
     * @param mapping the reply of {@code GET /<index>/_mapping} for one index
     * @throws IncompatibleIndexException naming the index and what does not fit
     */
    static IndexManifest manifest(String index, JsonNode mapping) throws IncompatibleIndexException {
        JsonNode mappings = mapping.path("mappings");
        JsonNode meta = mappings.path("_meta").path("cited");
        if (!meta.isObject()) {
            throw new IncompatibleIndexException("OpenSearch index '" + index
                    + "' was not built by Cited (no _meta.cited in its mapping); choose another --opensearch-index");
        }
        IndexManifest manifest;
        try {
            manifest = JSON.treeToValue(meta, IndexManifest.class);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IncompatibleIndexException(
                    "OpenSearch index '" + index + "': unreadable _meta.cited: " + e.getMessage());
        }
        JsonNode props = mappings.path("properties");
        JsonNode vector = props.path(IndexFields.VECTOR);
        require(
                index,
                "knn_vector".equals(vector.path("type").asText()),
                "field 'vector' is " + describe(vector) + ", expected knn_vector");
        require(
                index,
                vector.path("dimension").asInt() == manifest.dimensions(),
                "field 'vector' has dimension " + vector.path("dimension").asInt() + " but the manifest says "
                        + manifest.dimensions());
        String engine = vector.path("method").path("engine").asText("(default)");
        require(index, "lucene".equals(engine), "field 'vector' uses the " + engine + " engine, expected lucene");
        require(
                index,
                "text".equals(props.path(IndexFields.CONTENTS).path("type").asText()),
                "field 'contents' is " + describe(props.path(IndexFields.CONTENTS)) + ", expected text");
        require(
                index,
                "keyword".equals(props.path(IndexFields.PAPER).path("type").asText()),
                "field 'paper' is " + describe(props.path(IndexFields.PAPER)) + ", expected keyword");
        return manifest;
    }

    private static String describe(JsonNode field) {
        return field.isMissingNode() ? "missing" : field.path("type").asText("an object");
    }

    private static void require(String index, boolean ok, String problem) throws IncompatibleIndexException {
        if (!ok) {
            throw new IncompatibleIndexException(
                    "OpenSearch index '" + index + "' has an incompatible mapping: " + problem
                            + "; rebuild it with `cited index --backend opensearch --force` or choose another --opensearch-index");
        }
    }
}

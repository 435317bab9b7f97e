package dev.cited.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A real two-node OpenSearch cluster in its own JVM: sharded, replicated, and answering Lucene-engine k-NN queries. */
@Tag("slow")
class OpenSearchTestClusterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static OpenSearchTestCluster cluster;

    @BeforeAll
    static void start() {
        cluster = OpenSearchTestCluster.start(2);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void a_two_node_cluster_with_knn_starts_and_answers_vector_queries() throws Exception {
        assertThat(call("GET", "/_cat/nodes?format=json", null)).hasSize(2);
        assertThat(call("GET", "/_cat/plugins?format=json", null).findValuesAsText("component"))
                .contains("org.opensearch.knn.plugin.KNNPlugin");

        call("PUT", "/papers", """
                {"settings": {"index": {"knn": true, "number_of_shards": 2, "number_of_replicas": 1}},
                 "mappings": {"properties": {
                   "text": {"type": "text"},
                   "emb": {"type": "knn_vector", "dimension": 3,
                           "method": {"name": "hnsw", "engine": "lucene", "space_type": "cosinesimil"}}}}}""");
        call("PUT", "/papers/_doc/1?refresh=true", """
                {"text": "retrieval augmented generation", "emb": [1.0, 0.0, 0.0]}""");
        call("PUT", "/papers/_doc/2?refresh=true", """
                {"text": "dense passage retrieval", "emb": [0.0, 1.0, 0.0]}""");
        call("PUT", "/papers/_doc/3?refresh=true", """
                {"text": "semantic vectors for search", "emb": [0.0, 0.0, 1.0]}""");

        JsonNode health = call("GET", "/_cluster/health/papers?wait_for_status=green&timeout=60s", null);
        assertThat(health.get("status").asText()).isEqualTo("green");
        assertThat(health.get("active_shards").asInt()).isEqualTo(4);

        JsonNode hits = call("POST", "/papers/_search", """
                {"size": 2, "query": {"knn": {"emb": {"vector": [0.1, 0.9, 0.0], "k": 2}}}}""").at("/hits/hits");
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.get("_id").asText()));
        assertThat(ids).hasSize(2).first().isEqualTo("2");
    }

    /** Sends a request (a JSON body or none) and returns the parsed answer, failing on any status but 2xx. */
    private static JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cluster.url() + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s %s -> %s", method, path, response.body())
                .isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}

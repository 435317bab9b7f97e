package dev.cited.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cited.BundledIndex;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch build's bulk loop against a loopback server that refuses and rejects documents
 * the way a loaded or misconfigured cluster does. (The real cluster is in {@link OpenSearchBackendTest}.)
 */
class OpenSearchIndexerTest {

    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();

    private Path corpus() throws IOException {
        Path file = dir.resolve("dump.txt");
        Files.writeString(file, """
                Abstract: We study sparse attention for long documents and show it matches dense attention at a fraction of the cost.
                arXiv:2401.00001
                Abstract: Graph neural networks over molecules predict solubility better than fingerprints on three benchmarks.
                arXiv:2401.00002
                """);
        return file;
    }

    private IndexManifest build(FakeOpenSearch fake) throws IOException {
        try (OpenSearchClient client = new OpenSearchClient(fake.url(), Duration.ofSeconds(10))) {
            return new OpenSearchIndexer(client, "cited-test", new PrintWriter(log, true), Duration.ofMillis(1))
                    .build(
                            List.of(corpus()),
                            null,
                            IndexSettings.defaults(),
                            BundledIndex.get().embedder,
                            dir.resolve("cache"),
                            false);
        }
    }

    @Test
    void documents_the_cluster_refuses_for_load_are_sent_again_until_they_are_in() throws IOException {
        try (FakeOpenSearch fake = new FakeOpenSearch((n, body) -> new FakeOpenSearch.Reply(
                200, FakeOpenSearch.bulkReply(body, id -> n == 0 && id.startsWith("chunk:") ? 429 : 201)))) {
            IndexManifest manifest = build(fake);

            assertThat(manifest.papers()).isEqualTo(2);
            assertThat(fake.bulkBodies()).hasSize(2);
            assertThat(fake.bulkBodies().get(0).lines()).hasSize(8);
            assertThat(fake.bulkBodies().get(1).lines()).hasSize(4).allMatch(l -> !l.contains("\"paper:"));
            assertThat(log.toString()).contains("2 document(s) refused for load (HTTP 429); retrying");
            assertThat(fake.requests()).last().isEqualTo("POST /_aliases");
        }
    }

    @Test
    void a_request_refused_as_a_whole_is_retried_with_back_off() throws IOException {
        try (FakeOpenSearch fake = new FakeOpenSearch((n, body) -> n < 2
                ? new FakeOpenSearch.Reply(
                        503, "{\"error\":{\"type\":\"cluster_block_exception\",\"reason\":\"busy\"},\"status\":503}")
                : new FakeOpenSearch.Reply(200, FakeOpenSearch.bulkReply(body, id -> 201)))) {
            build(fake);

            assertThat(fake.bulkBodies()).hasSize(3);
            assertThat(log.toString())
                    .contains("bulk request refused (HTTP 503); retrying in 1 ms (attempt 2 of 6)")
                    .contains("retrying in 2 ms (attempt 3 of 6)");
        }
    }

    @Test
    void a_rejected_document_fails_the_build_names_it_and_leaves_the_live_alias_alone() throws IOException {
        try (FakeOpenSearch fake = new FakeOpenSearch((n, body) -> new FakeOpenSearch.Reply(
                200, FakeOpenSearch.bulkReply(body, id -> id.equals("chunk:2401.00002:1:0") ? 400 : 201)))) {
            assertThatThrownBy(() -> build(fake))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("OpenSearch rejected 1 document(s)")
                    .hasMessageContaining(
                            "document chunk:2401.00002:1:0: mapper_parsing_exception: failed to parse field [vector]");

            assertThat(fake.requests())
                    .doesNotContain("POST /_aliases")
                    .anyMatch(r -> r.matches("DELETE /cited-test-\\d+"));
        }
    }

    @Test
    void an_unreachable_cluster_is_named_in_the_error() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (OpenSearchClient client = new OpenSearchClient("http://127.0.0.1:" + port, Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> client.send("GET", "/_cluster/health", null))
                    .hasMessage("cannot reach OpenSearch at http://127.0.0.1:" + port
                            + ": connection refused (is the cluster running?)");
        }
    }

    @Test
    void a_url_that_is_not_http_is_refused_with_the_option_name() {
        assertThatThrownBy(() -> new OpenSearchClient("localhost:9200", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--opensearch-url: expected http://host:port");
    }
}

package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.llm.ModelConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failures at the HTTP level (body framing, content types, methods, what Jetty itself refuses)
 * still answer {@code {"error", "message"}} JSON with the right status.
 */
class ServerHttpErrorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode error(String body) throws IOException {
        JsonNode e = JSON.readTree(body);
        assertThat(e.get("message").asText())
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("Jackson");
        return e;
    }

    @Test
    void text_after_the_json_object_is_malformed_json_with_its_position() throws Exception {
        var r = ServerApiTest.sendTo(server, "POST", "/api/v1/ask", "application/json", "{\"question\": \"q\"} xyz");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = error(r.body());
        assertThat(e.get("error").asText()).isEqualTo("malformed_json");
        assertThat(e.get("message").asText()).contains("after the JSON object").contains("(line 1, column 18)");
    }

    @Test
    void a_key_given_twice_is_malformed_json_naming_the_key() throws Exception {
        var r = ServerApiTest.sendTo(
                server, "POST", "/api/v1/ask", "application/json", "{\"question\": \"a\", \"question\": \"b\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = error(r.body());
        assertThat(e.get("error").asText()).isEqualTo("malformed_json");
        assertThat(e.get("message").asText()).contains("'question' appears twice");
    }

    @Test
    void broken_json_is_described_in_our_words_not_the_parsers() throws Exception {
        var r = ServerApiTest.sendTo(server, "POST", "/api/v1/ask", "application/json", "{\"question\": tru}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(error(r.body()).get("message").asText())
                .startsWith("the body is not valid JSON (line 1")
                .doesNotContain("Unrecognized token")
                .doesNotContain("Source:");
    }

    @Test
    void a_content_type_that_only_starts_with_application_json_is_415() throws Exception {
        var r = ServerApiTest.sendTo(server, "POST", "/api/v1/ask", "application/jsonfoo", "{\"question\": \"q\"}");

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(error(r.body()).get("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void application_json_with_a_charset_parameter_is_accepted() throws Exception {
        var r = ServerApiTest.sendTo(
                server, "POST", "/api/v1/ask", "Application/JSON; charset=utf-8", "{\"question\": \"backdoors\"}");

        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void a_gzip_body_is_415_unsupported_media_type_not_malformed_json() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("{\"question\": \"q\"}".getBytes(StandardCharsets.UTF_8));
        }
        String response = raw(
                "POST /api/v1/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Encoding: gzip\r\nContent-Length: " + zipped.size()
                        + "\r\nConnection: close\r\n\r\n",
                zipped.toByteArray());

        assertThat(response).startsWith("HTTP/1.1 415");
        assertThat(error(body(response)).get("error").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void a_wrong_method_on_a_known_path_is_405_json_with_an_allow_header() throws Exception {
        HttpResponse<String> get = plain("GET", server, "/api/v1/ask");
        HttpResponse<String> delete = plain("DELETE", server, "/api/v1/ask/stream");
        HttpResponse<String> post = plain("POST", server, "/api/v1/papers/2310.13548");

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(error(get.body()).get("error").asText()).isEqualTo("method_not_allowed");
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("POST, GET");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void head_on_a_protected_or_missing_resource_is_not_200() throws Exception {
        try (ServerFixture locked = ServerFixture.start(ModelConfig.builtIn(), "s3cret", null)) {
            HttpResponse<String> protectedModels = plain("HEAD", locked, "/api/v1/models");
            HttpResponse<String> missingPaper = plain("HEAD", locked, "/api/v1/papers/9999.99999");
            HttpResponse<String> missingRoute = plain("HEAD", locked, "/api/v1/nothing");

            assertThat(protectedModels.statusCode()).isIn(401, 405);
            assertThat(missingPaper.statusCode()).isIn(401, 405);
            assertThat(missingRoute.statusCode()).isIn(404, 405);
            assertThat(protectedModels.body()).isEmpty();
        }
        assertThat(plain("HEAD", server, "/api/v1/papers/9999.99999").statusCode())
                .isIn(404, 405);
    }

    private static HttpResponse<String> plain(String method, ServerFixture to, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(to.baseUrl() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_uri_too_long_for_jetty_is_414_json() throws Exception {
        String response = raw(
                "GET /api/v1/search?q=" + "a".repeat(ServerSettings.MAX_HEADER_BYTES + 8_000)
                        + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                new byte[0]);

        assertThat(response).startsWith("HTTP/1.1 414");
        assertThat(response).containsIgnoringCase("content-type: application/json");
        assertThat(error(body(response)).get("error").asText()).isEqualTo("uri_too_long");
    }

    @Test
    void headers_too_large_for_jetty_are_431_json() throws Exception {
        String response = raw(
                "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                        + "b".repeat(ServerSettings.MAX_HEADER_BYTES + 8_000) + "\r\nConnection: close\r\n\r\n",
                new byte[0]);

        assertThat(response).startsWith("HTTP/1.1 431");
        assertThat(error(body(response)).get("error").asText()).isEqualTo("headers_too_large");
    }

    @Test
    void a_nul_in_the_path_is_400_json_without_jettys_words() throws Exception {
        String response =
                raw("GET /api/v1/papers/a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("content-type: application/json");
        assertThat(error(body(response)).get("error").asText()).isEqualTo("bad_request");
        assertThat(body(response)).doesNotContain("<html").doesNotContain("Ambiguous");
    }

    @Test
    void a_declared_content_length_above_the_limit_is_413_at_once_without_reading() throws Exception {
        long start = System.nanoTime();
        String response = raw(
                "POST /api/v1/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000000\r\n\r\n",
                "{\"question\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(error(body(response)).get("error").asText()).isEqualTo("body_too_large");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_body_that_stops_arriving_is_answered_408_json_or_closed_within_the_read_timeout() throws Exception {
        URI base = URI.create(server.baseUrl());
        long start = System.nanoTime();
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(20_000);
            s.getOutputStream()
                    .write(("POST /api/v1/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 40\r\n\r\n{\"quest")
                            .getBytes(StandardCharsets.UTF_8));
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            if (!response.isEmpty()) {
                assertThat(response).startsWith("HTTP/1.1 408").contains("\"message\"");
                assertThat(error(body(response)).get("error").asText()).isEqualTo("request_timeout");
            }
        }
    }

    /** Sends raw bytes and reads the whole response (the server closes; at most 5 s of silence). */
    static String raw(String head, byte[] body) throws IOException {
        URI base = URI.create(server.baseUrl());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(5_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    got.write(buf, 0, n);
                }
            } catch (IOException closedOrSilent) {
                // what arrived so far is the answer
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}

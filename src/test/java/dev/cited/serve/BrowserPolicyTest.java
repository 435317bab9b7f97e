package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.llm.ModelConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Host and Origin checks (issue 15, item 9): a DNS-rebinding page, a cross-site page and an
 * allowed origin, against a real server bound to loopback.
 */
class BrowserPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ASK = "{\"question\": \"What is sycophancy in language models?\", \"k\": 1}";
    private static final String ALLOWED = "https://app.example.org";

    private static ServerFixture plain;
    private static ServerFixture proxied;

    @BeforeAll
    static void start() {
        plain = ServerFixture.start();
        proxied = ServerFixture.withSettings(
                ModelConfig.builtIn(),
                new ServerSettings("127.0.0.1", 0, null, null, "https://cited.example.org/", List.of(ALLOWED + "/")),
                answers -> List.of());
    }

    @AfterAll
    static void stop() {
        plain.close();
        proxied.close();
    }

    private static HttpResponse<String> send(
            ServerFixture to, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(to.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String error(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("message").asText()).isNotBlank();
        return e.get("error").asText();
    }

    @Test
    void a_host_that_is_neither_loopback_nor_the_public_url_gets_a_json_421_on_the_api_and_the_page() throws Exception {
        for (String path : List.of("/api/v1/health", "/api/v1/search?q=sycophancy", "/")) {
            HttpResponse<String> r = send(plain, "GET", path, null, "Host", "rebound.attacker.example");

            assertThat(r.statusCode()).as(path).isEqualTo(421);
            assertThat(error(r)).isEqualTo("misdirected_request");
        }
        HttpResponse<String> ask = send(plain, "POST", "/api/v1/ask", ASK, "Host", "rebound.attacker.example:7070");
        assertThat(ask.statusCode()).isEqualTo(421);
    }

    @Test
    void loopback_names_and_the_public_urls_host_are_answered() throws Exception {
        for (String host : List.of("localhost", "localhost:7070", "127.0.0.1", "[::1]:7070", "cited.localhost")) {
            assertThat(send(plain, "GET", "/api/v1/health", null, "Host", host).statusCode())
                    .as(host)
                    .isEqualTo(200);
        }
        assertThat(send(plain, "GET", "/api/v1/health", null, "Host", "cited.example.org")
                        .statusCode())
                .isEqualTo(421);
        assertThat(send(proxied, "GET", "/api/v1/health", null, "Host", "cited.example.org")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(proxied, "GET", "/api/v1/health", null, "Host", "CITED.example.org:443")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void another_site_cannot_start_an_answer_or_a_stream_or_change_the_model() throws Exception {
        String stream = "/api/v1/ask/stream?k=1&question=sycophancy";
        List<HttpResponse<String>> refused = List.of(
                send(plain, "POST", "/api/v1/ask", ASK, "Origin", "https://evil.example"),
                send(plain, "POST", "/api/v1/ask/stream", ASK, "Origin", "http://localhost:9999"),
                send(plain, "GET", stream, null, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors"),
                send(plain, "GET", stream, null, "Sec-Fetch-Site", "same-site"),
                send(plain, "GET", stream, null, "Origin", "null"),
                send(plain, "POST", "/v1/chat/completions", "{}", "Origin", "https://evil.example"),
                send(
                        plain,
                        "PUT",
                        "/api/v1/models/default",
                        "{\"name\": \"extractive\"}",
                        "Origin",
                        "https://e.example"));

        for (HttpResponse<String> r : refused) {
            assertThat(r.statusCode()).as(r.request().method() + " " + r.uri()).isEqualTo(403);
            assertThat(error(r)).isEqualTo("cross_site_request");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void the_page_itself_and_clients_without_browser_headers_are_answered() throws Exception {
        String self = plain.baseUrl();
        assertThat(send(plain, "POST", "/api/v1/ask", ASK, "Origin", self, "Sec-Fetch-Site", "same-origin")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(
                                plain,
                                "GET",
                                "/api/v1/ask/stream?k=1&question=sycophancy",
                                null,
                                "Sec-Fetch-Site",
                                "same-origin")
                        .statusCode())
                .isEqualTo(200);
        assertThat(send(plain, "POST", "/api/v1/ask", ASK).statusCode()).isEqualTo(200);
        assertThat(send(plain, "GET", "/api/v1/search?q=sycophancy", null, "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .as("a read-only route is not guarded")
                .isEqualTo(200);
        assertThat(send(
                                proxied,
                                "POST",
                                "/api/v1/ask",
                                ASK,
                                "Host",
                                "cited.example.org",
                                "Origin",
                                "https://cited.example.org")
                        .statusCode())
                .as("behind a proxy, the public URL is this server's own origin")
                .isEqualTo(200);
    }

    @Test
    void an_allowed_origin_gets_its_preflight_answered_and_cors_headers_on_the_answer() throws Exception {
        HttpResponse<String> preflight = send(
                proxied,
                "OPTIONS",
                "/api/v1/ask",
                null,
                "Origin",
                ALLOWED,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type, authorization");
        HttpResponse<String> ask = send(proxied, "POST", "/api/v1/ask", ASK, "Origin", ALLOWED);
        HttpResponse<String> other = send(
                proxied,
                "OPTIONS",
                "/api/v1/ask",
                null,
                "Origin",
                "https://evil.example",
                "Access-Control-Request-Method",
                "POST");

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(ALLOWED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("GET, POST, PUT");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("Authorization").contains("Content-Type"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
        assertThat(ask.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).contains("Origin"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(error(other)).isEqualTo("cross_site_request");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_public_url_or_origin_that_is_not_http_is_refused_at_start() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ServerSettings("127.0.0.1", 0, null, null, "javascript:alert(1)", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public URL");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new ServerSettings("127.0.0.1", 0, null, null, null, List.of("https://a.example/path")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowed origin");
    }
}

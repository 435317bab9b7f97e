package dev.cited.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small JSON-over-HTTP client for the OpenSearch REST API (JDK HTTP client and Jackson; the
 * request bodies Cited sends are few and small, so no SDK). Every failure becomes an {@link
 * OpenSearchException} or an {@link IOException} whose message names the cluster URL and the
 * request. Thread-safe.
 */
public final class OpenSearchClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI base;
    private final String authorization;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param url the cluster, e.g. {@code http://localhost:9200}; user and password may be given
     *     as {@code https://user:password@host:9200} and are sent as HTTP basic authentication
     * @param timeout the longest wait for any one response
     * @throws IllegalArgumentException when the URL is not an http(s) URL
     */
    public OpenSearchClient(String url, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--opensearch-url: not a URL: '" + url + "'");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "--opensearch-url: expected http://host:port or https://host:port, got '" + url + "'");
        }
        String userInfo = uri.getRawUserInfo();
        this.authorization = userInfo == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString(URLDecoder.decode(userInfo, StandardCharsets.UTF_8)
                                        .getBytes(StandardCharsets.UTF_8));
        this.base =
                URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        this.timeout = timeout;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The cluster URL without credentials. */
    public String url() {
        return base.toString();
    }

    /** Sends {@code body} (JSON, or null for none) and returns the parsed JSON reply. */
    public JsonNode send(String method, String path, Object body) throws IOException {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        return exchange(method, path, text, "application/json");
    }

    /** Sends newline-delimited JSON (for {@code _bulk} and {@code _msearch}). */
    public JsonNode sendNdjson(String path, String ndjson) throws IOException {
        return exchange("POST", path, ndjson, "application/x-ndjson");
    }

    /** Whether {@code path} exists (HEAD answered 200 rather than 404). */
    public boolean exists(String path) throws IOException {
        HttpResponse<String> response = call(request("HEAD", path, null, null), "HEAD", path);
        if (response.statusCode() == 200) {
            return true;
        }
        if (response.statusCode() == 404) {
            return false;
        }
        throw new OpenSearchException(
                response.statusCode(), "HEAD " + path + " at " + base + " returned HTTP " + response.statusCode());
    }

    private JsonNode exchange(String method, String path, String body, String contentType) throws IOException {
        HttpResponse<String> response = call(request(method, path, body, contentType), method, path);
        JsonNode reply;
        try {
            reply = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException(
                    method + " " + path + " at " + base + ": reply is not JSON (HTTP " + response.statusCode() + ")");
        }
        if (response.statusCode() >= 300) {
            throw new OpenSearchException(
                    response.statusCode(),
                    method + " " + path + " at " + base + " returned HTTP " + response.statusCode() + ": "
                            + reason(reply));
        }
        return reply;
    }

    private HttpRequest request(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    private HttpResponse<String> call(HttpRequest request, String method, String path) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new IOException("cannot reach OpenSearch at " + base + ": connection timed out");
        } catch (HttpTimeoutException e) {
            throw new IOException("OpenSearch at " + base + " did not answer " + method + " " + path + " within "
                    + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new IOException(
                    "cannot reach OpenSearch at " + base + ": connection refused (is the cluster running?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for OpenSearch at " + base);
        } catch (IOException e) {
            throw new IOException("cannot reach OpenSearch at " + base + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** The {@code error.type: error.reason} of an OpenSearch error reply, with the root cause. */
    static String reason(JsonNode reply) {
        JsonNode error = reply.path("error");
        if (error.isTextual()) {
            return error.asText();
        }
        if (error.isMissingNode()) {
            return reply.toString();
        }
        String reason =
                error.path("type").asText() + ": " + error.path("reason").asText();
        JsonNode cause = error.path("caused_by");
        if (cause.isObject()) {
            reason += " (" + cause.path("type").asText() + ": "
                    + cause.path("reason").asText() + ")";
        }
        return reason;
    }
}

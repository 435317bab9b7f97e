package dev.cited.llm.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as a {@link FakeLlmServer} received it, recorded before any reply is sent (also for requests the
 * fake rejects, such as a wrong path).
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the raw request path without the query, e.g. {@code /v1/chat/completions}
 * @param headers the request headers by lower-case name; several values of one header are joined with {@code ", "}
 * @param body the raw request body decoded as UTF-8, empty when there was none
 * @param json the body parsed as JSON; a {@link MissingNode} (never null) when the body is empty or not JSON, so
 *     {@code json().path("model").asText()} is always safe
 */
public record RecordedRequest(String method, String path, Map<String, String> headers, String body, JsonNode json) {

    /** Copies the headers (whose names must already be lower-case) and replaces a null {@code json} by a missing node. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
        body = Objects.requireNonNullElse(body, "");
        json = json == null ? MissingNode.getInstance() : json.deepCopy();
    }

    /**
     * Whether the request JSON says {@code "stream": true}. Absent or non-boolean means false. (The Ollama fake
     * streams unless {@code "stream": false}, as Ollama does; the LangChain4j Ollama client always sends the field.)
     */
    public boolean streaming() {
        return json.path("stream").asBoolean(false);
    }

    /**
     * The value of one header, looked up case-insensitively.
     *
     * @param name a header name in any case
     * @return the value, or null when the request did not carry the header
     */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The {@code "model"} field of the request JSON, or an empty string. */
    public String model() {
        return json.path("model").asText("");
    }
}

package dev.cited.serve;

/**
 * How the server is exposed.
 *
 * @param host the interface to bind, e.g. {@code 127.0.0.1}
 * @param port the port; 0 picks a free one
 * @param apiToken when not null, API requests need {@code Authorization: Bearer <apiToken>} (or
 *     one of {@code apiKeys}); it is the key named {@value ApiKeys#DEFAULT_NAME}
 * @param adminToken when not null, enables the admin endpoints, which need it as bearer token
 * @param apiKeys named API keys, name to token ({@code CITED_API_KEYS=name:token,...} or a keys
 *     file); the key's name owns the conversations started with it
 */
public record ServerSettings(
        String host, int port, String apiToken, String adminToken, java.util.Map<String, String> apiKeys) {

    public ServerSettings {
        apiKeys = java.util.Map.copyOf(apiKeys);
    }

    /** Settings with no named keys besides {@code apiToken}. */
    public ServerSettings(String host, int port, String apiToken, String adminToken) {
        this(host, port, apiToken, adminToken, java.util.Map.of());
    }

    /** Every API key, name to token: {@code apiKeys} and {@code apiToken} as {@value ApiKeys#DEFAULT_NAME}. */
    public ApiKeys keys() {
        return ApiKeys.of(apiToken, apiKeys);
    }

    public static final int DEFAULT_PORT = 7070;
    /** Request bodies larger than this are refused with 413. */
    public static final long MAX_BODY_BYTES = 64 * 1024;
    /**
     * The request line and headers may take this many bytes: room for a query of the longest
     * question, every character percent-encoded (up to 9 bytes each), so a long query gets a JSON
     * 400 from the API rather than Jetty's HTML 414.
     */
    public static final int MAX_HEADER_BYTES = 32 * 1024;
    /** A request whose head or body stops arriving for this long is answered 408 and closed. */
    public static final long READ_IDLE_MILLIS = 10_000;
    /** Once the body is read, how long an answer (a slow model, a stream) may stay silent. */
    public static final long ANSWER_IDLE_MILLIS = 30_000;

    @Override
    public String toString() {
        return "ServerSettings[" + host + ":" + port + ", api token " + (apiToken == null ? "off" : "on")
                + ", api keys " + new java.util.TreeSet<>(apiKeys.keySet())
                + ", admin token " + (adminToken == null ? "off" : "on") + "]";
    }
}

package dev.cited.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the server is exposed.
 *
 * @param host the interface to bind, e.g. {@code 127.0.0.1}
 * @param port the port; 0 picks a free one
 * @param apiToken when not null, API requests need {@code Authorization: Bearer <apiToken>} (or
 *     one of {@code apiKeys}); it is the key named {@value ApiKeys#DEFAULT_NAME}
 * @param adminToken when not null, enables the admin endpoints, which need it as bearer token
 * @param publicUrl the address clients use when it is not this host and port (a reverse proxy),
 *     e.g. {@code https://cited.example.org}; its host is accepted in {@code Host} and its origin
 *     in {@code Origin}; null when clients connect directly
 * @param allowedOrigins origins of other web sites allowed to call the API from a browser (CORS),
 *     each {@code scheme://host[:port]}, lower-cased, without a path
 * @param apiKeys named API keys, name to token ({@code CITED_API_KEYS=name:token,...} or a keys
 *     file); the key's name owns the conversations started with it
 */
public record ServerSettings(
        String host,
        int port,
        String apiToken,
        String adminToken,
        String publicUrl,
        List<String> allowedOrigins,
        Map<String, String> apiKeys) {

    /** Settings with no named keys besides {@code apiToken}. */
    public ServerSettings(
            String host, int port, String apiToken, String adminToken, String publicUrl, List<String> allowedOrigins) {
        this(host, port, apiToken, adminToken, publicUrl, allowedOrigins, Map.of());
    }

    /** Clients connect directly, with these named keys besides {@code apiToken}. */
    public ServerSettings(String host, int port, String apiToken, String adminToken, Map<String, String> apiKeys) {
        this(host, port, apiToken, adminToken, null, List.of(), apiKeys);
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

    /**
     * @throws IllegalArgumentException naming the value when the public URL or an origin is not an
     *     absolute http(s) URL, or an origin has a path
     */
    public ServerSettings {
        if (publicUrl != null) {
            origin(publicUrl, "public URL", true);
        }
        List<String> origins = new ArrayList<>();
        for (String o : allowedOrigins == null ? List.<String>of() : allowedOrigins) {
            origins.add(origin(o, "allowed origin", false));
        }
        allowedOrigins = List.copyOf(origins);
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
    }

    /** Clients connect directly; no other web site may call the API from a browser. */
    public ServerSettings(String host, int port, String apiToken, String adminToken) {
        this(host, port, apiToken, adminToken, null, List.of());
    }

    /**
     * The origin ({@code scheme://host[:port]}, lower-case, default port dropped) of an http(s)
     * URL.
     *
     * @param pathAllowed whether the URL may have a path (a public URL may, an origin may not)
     * @throws IllegalArgumentException naming {@code what} and the value otherwise
     */
    static String origin(String url, String what, boolean pathAllowed) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    what + " must be an absolute http or https URL such as https://cited.example.org, got: " + url);
        }
        boolean bare = (uri.getRawPath() == null
                        || uri.getRawPath().isEmpty()
                        || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null
                && uri.getRawUserInfo() == null;
        if (!pathAllowed && !bare) {
            throw new IllegalArgumentException(
                    what + " must be scheme://host[:port] with no path, e.g. https://app.example.org, got: " + url);
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + host + ":" + port + ", api token " + (apiToken == null ? "off" : "on")
                + ", api keys " + new TreeSet<>(apiKeys.keySet())
                + ", admin token " + (adminToken == null ? "off" : "on")
                + (publicUrl == null ? "" : ", public URL " + origin(publicUrl, "public URL", true))
                + (allowedOrigins.isEmpty() ? "" : ", allowed origins " + allowedOrigins) + "]";
    }
}

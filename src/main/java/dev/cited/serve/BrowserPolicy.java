package dev.cited.serve;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a browser may do with the server, checked before every request by one handler (so every
 * route, present or future, is covered):
 *
 * <ol>
 *   <li><b>Host.</b> When the server is bound to a loopback address, or a public URL is set, the
 *       {@code Host} header must name a loopback host ({@code localhost}, {@code *.localhost},
 *       {@code 127.x.x.x}, {@code [::1]}), the bound address or the public URL's host; anything else
 *       is a 421 {@code misdirected_request} (a DNS-rebinding page cannot reach the API). A server
 *       bound to every interface without a public URL cannot know its names and checks nothing.
 *   <li><b>Cross-site requests.</b> Routes that change state or start an answer (every method but
 *       GET, HEAD and OPTIONS, and every {@code …/stream}) refuse a browser request from another
 *       site with a 403 {@code cross_site_request}: an {@code Origin} that is neither this server's
 *       own (as addressed in {@code Host}), the public URL's nor an allowed origin's, or, without
 *       {@code Origin}, a {@code Sec-Fetch-Site} of {@code cross-site} or {@code same-site}.
 *       Requests without either header (curl, SDKs, chat platforms) pass.
 *   <li><b>CORS.</b> Only allowed origins get {@code Access-Control-Allow-Origin}; their preflight
 *       ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered 204 with the
 *       methods and headers the API uses. Any other origin's preflight is a 403. No cookies are
 *       used, so credentials are never allowed.
 * </ol>
 */
final class BrowserPolicy {

    static final String ALLOW_METHODS = "GET, POST, PUT";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, Last-Event-ID";
    static final String MAX_AGE_SECONDS = "600";

    private final boolean checkHost;
    private final Set<String> hosts = new HashSet<>();
    private final Set<String> trustedOrigins = new HashSet<>();
    private final Set<String> corsOrigins;

    BrowserPolicy(ServerSettings settings) {
        boolean wildcard = settings.host() == null
                || settings.host().isBlank()
                || settings.host().equals("0.0.0.0")
                || settings.host().equals("::")
                || settings.host().equals("[::]");
        if (!wildcard) {
            hosts.add(bare(settings.host()));
        }
        if (settings.publicUrl() != null) {
            String origin = ServerSettings.origin(settings.publicUrl(), "public URL", true);
            trustedOrigins.add(origin);
            hosts.add(URI.create(origin).getHost());
        }
        this.checkHost = settings.publicUrl() != null || (!wildcard && loopback(bare(settings.host())));
        this.corsOrigins = Set.copyOf(settings.allowedOrigins());
        trustedOrigins.addAll(corsOrigins);
    }

    /** The before-handler: checks Host, answers or refuses a preflight, refuses cross-site requests. */
    void check(Context ctx) {
        String hostHeader = ctx.header("Host");
        if (checkHost && hostHeader != null) {
            String host = hostOf(hostHeader);
            if (!loopback(host) && !hosts.contains(host)) {
                throw new ApiError(
                        421,
                        "misdirected_request",
                        "this server does not answer for the host '" + preview(hostHeader)
                                + "'; call it by a loopback address or the public URL it was started with");
            }
        }
        String origin = normalized(ctx.header("Origin"));
        boolean allowed = origin != null && corsOrigins.contains(origin);
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
        if (origin != null) {
            ctx.header("Vary", "Origin");
        }
        if (ctx.method() == HandlerType.OPTIONS
                && origin != null
                && ctx.header("Access-Control-Request-Method") != null) {
            if (!allowed) {
                throw crossSite(origin);
            }
            ctx.header("Access-Control-Allow-Methods", ALLOW_METHODS);
            ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
            ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
            ctx.status(204);
            ctx.skipRemainingHandlers();
            return;
        }
        if (guarded(ctx) && crossSite(ctx, origin, hostHeader)) {
            throw crossSite(origin == null ? ctx.header("Sec-Fetch-Site") + " request" : origin);
        }
    }

    /** Routes that change state or start an answer: any method but GET, HEAD, OPTIONS, and any stream. */
    private static boolean guarded(Context ctx) {
        HandlerType m = ctx.method();
        boolean read = m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS;
        return !read || ctx.path().endsWith("/stream");
    }

    private boolean crossSite(Context ctx, String origin, String hostHeader) {
        if (origin != null) {
            return !trustedOrigins.contains(origin) && !origin.equals(ownOrigin(ctx, hostHeader));
        }
        String site = ctx.header("Sec-Fetch-Site");
        return site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"));
    }

    /** This server's origin as the request addresses it, or null without a Host header. */
    private static String ownOrigin(Context ctx, String hostHeader) {
        if (hostHeader == null) {
            return null;
        }
        return normalized(ctx.scheme() + "://" + hostHeader.strip());
    }

    private static ApiError crossSite(String from) {
        return new ApiError(
                403,
                "cross_site_request",
                "requests from another web site (" + preview(from) + ") are refused; start the server with"
                        + " --allow-origin to let a named site call the API");
    }

    /** {@code Origin} as {@code scheme://host[:port]}, lower-case, default port dropped; "null" and junk stay as given. */
    private static String normalized(String origin) {
        if (origin == null || origin.isBlank()) {
            return null;
        }
        try {
            return ServerSettings.origin(origin, "origin", false);
        } catch (IllegalArgumentException notAnOrigin) {
            return origin.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** The host of a {@code Host} header: brackets and port removed, lower-case. */
    static String hostOf(String hostHeader) {
        String h = hostHeader.strip();
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return (end < 0 ? h.substring(1) : h.substring(1, end)).toLowerCase(Locale.ROOT);
        }
        int colon = h.indexOf(':');
        return (colon < 0 ? h : h.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    private static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** {@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8} and {@code ::1}. */
    static boolean loopback(String host) {
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
                || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }

    private static String preview(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}

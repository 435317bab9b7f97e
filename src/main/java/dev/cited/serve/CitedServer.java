package dev.cited.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.AnswerService;
import dev.cited.chat.ChatAdapter;
import dev.cited.history.History;
import dev.cited.index.PaperLookup;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.Retriever;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;

/**
 * The Javalin application: every route declared here, errors mapped here, handlers elsewhere.
 *
 * <p>API routes answer JSON; any failure is {@code {"error": code, "message": text}} with a 4xx
 * status (a 500 only for a bug, and never with a stack trace). With an API token configured,
 * every {@code /api/v1} and {@code /v1} route except health needs {@code Authorization: Bearer
 * <token>}; the admin route needs the admin token. Before any route, {@link BrowserPolicy} checks
 * {@code Host} and {@code Origin} (so a route added here is covered without more code).
 */
public final class CitedServer {

    /** Who may call a route. */
    public enum Access {
        /** Anyone: health, metrics, the OpenAPI document. */
        OPEN,
        /** The API token's holder, when an API token is configured; anyone otherwise. */
        API,
        /** The admin token's holder only; off (403) when no admin token is configured. */
        ADMIN
    }

    /** One route: method, path and who may call it. {@link #ROUTES} lists them all, for the OpenAPI check too. */
    public record Route(HandlerType method, String path, Access access) {}

    public static final List<Route> ROUTES = List.of(
            new Route(HandlerType.POST, "/api/v1/ask", Access.API),
            new Route(HandlerType.POST, "/api/v1/ask/stream", Access.API),
            new Route(HandlerType.GET, "/api/v1/ask/stream", Access.API),
            new Route(HandlerType.GET, "/api/v1/search", Access.API),
            new Route(HandlerType.GET, "/api/v1/papers/{id}", Access.API),
            new Route(HandlerType.GET, "/api/v1/models", Access.API),
            new Route(HandlerType.PUT, "/api/v1/models/default", Access.ADMIN),
            new Route(HandlerType.GET, "/api/v1/conversations", Access.API),
            new Route(HandlerType.GET, "/api/v1/conversations/{id}", Access.API),
            new Route(HandlerType.PATCH, "/api/v1/conversations/{id}", Access.API),
            new Route(HandlerType.DELETE, "/api/v1/conversations/{id}", Access.API),
            new Route(HandlerType.GET, "/api/v1/conversations/{id}/export", Access.API),
            new Route(HandlerType.POST, "/api/v1/conversations/{id}/turns/{n}/feedback", Access.API),
            new Route(HandlerType.GET, "/api/v1/health", Access.OPEN),
            new Route(HandlerType.GET, "/metrics", Access.OPEN),
            new Route(HandlerType.GET, "/openapi.json", Access.OPEN),
            new Route(HandlerType.POST, "/v1/chat/completions", Access.API),
            new Route(HandlerType.GET, "/v1/models", Access.API));

    static final ObjectMapper JSON = new ObjectMapper();
    /** Every 5xx is logged here with its cause (the client sees only the error's type). */
    private static final System.Logger LOG = System.getLogger(CitedServer.class.getName());

    private CitedServer() {}

    /**
     * Builds the application with chat platform adapters mounted (not started); conversations are
     * read from and written to {@code history}, which stays the caller's to close.
     */
    public static Javalin create(
            AnswerService answers,
            Retriever retriever,
            PaperLookup papers,
            ModelRegistry models,
            ServerSettings settings,
            List<ChatAdapter> chats,
            History history) {
        Metrics metrics = new Metrics();
        ApiKeys keys = settings.keys();
        Owners owners = new Owners(keys);
        ConversationHandlers conversations = new ConversationHandlers(history, owners, papers, metrics);
        ApiHandlers api = new ApiHandlers(answers, retriever, papers, models, metrics, conversations);
        OpenAiCompatibleHandler openAi = new OpenAiCompatibleHandler(answers, models, metrics);
        Map<String, Handler> handlers = Map.ofEntries(
                Map.entry("POST /api/v1/ask", api::ask),
                Map.entry("POST /api/v1/ask/stream", api::askStreamPost),
                Map.entry("GET /api/v1/ask/stream", api::askStreamGet),
                Map.entry("GET /api/v1/search", api::search),
                Map.entry("GET /api/v1/papers/{id}", api::paper),
                Map.entry("GET /api/v1/models", api::models),
                Map.entry("PUT /api/v1/models/default", api::setDefaultModel),
                Map.entry("GET /api/v1/conversations", conversations::list),
                Map.entry("GET /api/v1/conversations/{id}", conversations::get),
                Map.entry("PATCH /api/v1/conversations/{id}", conversations::rename),
                Map.entry("DELETE /api/v1/conversations/{id}", conversations::delete),
                Map.entry("GET /api/v1/conversations/{id}/export", conversations::export),
                Map.entry("POST /api/v1/conversations/{id}/turns/{n}/feedback", conversations::feedback),
                Map.entry("GET /api/v1/health", api::health),
                Map.entry(
                        "GET /metrics",
                        ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.render())),
                Map.entry("GET /openapi.json", CitedServer::openApi),
                Map.entry("POST /v1/chat/completions", openAi::handle),
                Map.entry("GET /v1/models", openAi::models));
        BrowserPolicy browsers = new BrowserPolicy(settings);
        AtomicReference<Server> jetty = new AtomicReference<>();
        return Javalin.create(cfg -> {
            cfg.jetty.modifyServer(server -> {
                server.setErrorHandler(new JsonErrorHandler());
                jetty.set(server);
            });
            cfg.events.serverStarted(() -> {
                BodyFirst.limitReads(jetty.get());
                metrics.bind(jetty.get());
            });
            cfg.events.serverStopped(metrics::close);
            cfg.http.maxRequestSize = ServerSettings.MAX_BODY_BYTES;
            cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(ServerSettings.MAX_HEADER_BYTES));
            cfg.http.prefer405over404 = true;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.routes.before(browsers::check);
            cfg.requestLogger.http((ctx, ms) -> metrics.request(routeOf(ctx), ctx.statusCode(), ms / 1000.0));
            cfg.routes.before(owners::identify);
            for (Route r : ROUTES) {
                Handler h = handlers.get(r.method() + " " + r.path());
                cfg.routes.addHttpHandler(
                        r.method(), r.path(), BodyFirst.wrap(AccessGuard.wrap(r.access(), h, settings, keys)));
                if (r.method() == HandlerType.GET) {
                    cfg.routes.addHttpHandler(
                            HandlerType.HEAD, r.path(), AccessGuard.wrap(r.access(), headOf(r, h), settings, keys));
                }
            }
            chats.forEach(chat -> {
                chat.recordFeedbackIn(history, metrics::feedback);
                chat.install(cfg);
            });
            cfg.routes.exception(ApiError.class, (e, ctx) -> {
                if (e.status == 405) {
                    ctx.header("Allow", allowedMethods(ctx.path()));
                }
                error(ctx, e.status, e.code, e.getMessage());
            });
            cfg.routes.exception(
                    History.NoSuchConversationException.class,
                    (e, ctx) -> error(ctx, 404, "conversation_not_found", e.getMessage()));
            cfg.routes.exception(
                    IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "invalid_request", e.getMessage()));
            cfg.routes.exception(
                    HttpResponseException.class,
                    (e, ctx) -> error(
                            ctx,
                            e.getStatus(),
                            code(e.getStatus()),
                            e.getStatus() == 413
                                    ? "the body is larger than " + ServerSettings.MAX_BODY_BYTES + " bytes"
                                    : e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed with a 500", e);
                error(
                        ctx,
                        500,
                        "internal_error",
                        "the server failed to answer (" + e.getClass().getSimpleName() + ")");
            });
            cfg.routes.error(404, ctx -> {
                boolean answered = ctx.result() != null && !ctx.result().isEmpty();
                if (!answered && (ctx.path().startsWith("/api/") || ctx.path().startsWith("/v1/"))) {
                    error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
            cfg.routes.error(408, ctx -> error(ctx, 408, "request_timeout", JsonErrorHandler.message(408)));
            cfg.routes.error(405, ctx -> {
                String allow = allowedMethods(ctx.path());
                ctx.header("Allow", allow);
                error(
                        ctx,
                        405,
                        "method_not_allowed",
                        ctx.method() + " is not allowed on " + ctx.path() + "; use " + allow);
            });
        });
    }

    /**
     * HEAD answers as GET would, without a body (Javalin alone answers 200 to any HEAD on a GET
     * path, before access checks); a stream is not started for a HEAD, which gets 405.
     */
    private static Handler headOf(Route route, Handler get) {
        if (!route.path().endsWith("/stream")) {
            return get;
        }
        return ctx -> {
            throw new ApiError(405, "method_not_allowed", "HEAD is not allowed on a stream; use GET or POST");
        };
    }

    private static void openApi(Context ctx) throws IOException {
        try (var in = CitedServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + body.getClass().getSimpleName(), e);
        }
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status);
        json(ctx, Map.of("error", code, "message", message == null ? code : message));
    }

    /** The methods {@link #ROUTES} declare for a concrete path, e.g. {@code "GET, POST"}, in declaration order. */
    static String allowedMethods(String path) {
        return ROUTES.stream()
                .filter(r -> path.matches(r.path().replaceAll("\\{[^/]+}", "[^/]+")))
                .map(r -> r.method().name())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 421 -> "misdirected_request";
            case 431 -> "headers_too_large";
            default -> "http_" + status;
        };
    }

    private static String routeOf(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return ctx.path().startsWith("/api/") || ctx.path().startsWith("/v1/") ? "unmatched" : "static";
        }
    }
}

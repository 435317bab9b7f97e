package dev.cited.serve;

import dev.cited.serve.CitedServer.Access;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Who may call a route: API keys, the admin token, bearer tokens compared in constant time. */
final class AccessGuard {

    private AccessGuard() {}

    /**
     * The handler behind its access check: an API route needs one of the API keys when any is
     * configured (the key's name is recorded as the request's owner); an admin route needs the
     * admin token (an API key is neither needed nor enough there), and is off with a 403 when no
     * admin token is configured.
     */
    static Handler wrap(Access access, Handler handler, ServerSettings settings, ApiKeys keys) {
        return switch (access) {
            case OPEN -> handler;
            case API ->
                keys.none()
                        ? handler
                        : ctx -> {
                            String name = keys.nameOf(bearer(ctx));
                            if (name == null) {
                                throw new ApiError(
                                        401,
                                        "unauthorized",
                                        "this API needs a bearer token (Authorization: Bearer <token>)");
                            }
                            ctx.attribute(Owners.KEY_OWNER, Owners.ofKey(name));
                            handler.handle(ctx);
                        };
            case ADMIN ->
                ctx -> {
                    if (settings.adminToken() == null) {
                        throw new ApiError(
                                403,
                                "admin_disabled",
                                "admin endpoints are off; start the server with CITED_ADMIN_TOKEN set");
                    }
                    requireBearer(
                            ctx,
                            settings.adminToken(),
                            "this endpoint needs the admin token (Authorization: Bearer <token>)");
                    handler.handle(ctx);
                };
        };
    }

    /** Checks {@code Authorization: Bearer <token>} in constant time; the scheme's case does not matter. */
    static void requireBearer(Context ctx, String token, String message) {
        if (!MessageDigest.isEqual(
                bearer(ctx).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "unauthorized", message);
        }
    }

    /** The token of {@code Authorization: Bearer <token>}, or "" without one. */
    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : "";
    }
}

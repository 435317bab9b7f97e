package dev.cited.serve;

import dev.cited.history.ConversationIds;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Who a request comes from, as the owner of the conversations it may read and start.
 *
 * <ul>
 *   <li>With API keys configured: {@code key:<name>}, the name of the key the request's bearer
 *       token matched ({@link CitedServer} checks it and records it on the request).
 *   <li>Without: an anonymous browser identity, {@code browser:<hash>}, from the {@value #COOKIE}
 *       cookie (128 random bits, HttpOnly, SameSite=Strict, a year), which every response to a
 *       request without it sets. Only a hash of the cookie is stored, so the database does not
 *       hold what it takes to act as that browser.
 *   <li>Neither (no key configured, no cookie sent, as with a plain {@code curl}): no owner. Such
 *       a request is a one-off: it is answered, not stored, and cannot name a conversation.
 * </ul>
 */
final class Owners {

    /** The identity cookie's name. */
    static final String COOKIE = "cited_identity";

    /** The request attribute holding the matched API key's owner. */
    static final String KEY_OWNER = "cited.owner";

    private static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private final ApiKeys keys;

    Owners(ApiKeys keys) {
        this.keys = keys;
    }

    /** A before-handler: with no API key configured, a request without a valid identity cookie gets one. */
    void identify(Context ctx) {
        if (keys.none() && !ConversationIds.looksIssued(ctx.cookie(COOKIE))) {
            ctx.header(
                    "Set-Cookie",
                    COOKIE + "=" + ConversationIds.next() + "; Path=/; Max-Age=" + COOKIE_MAX_AGE_SECONDS
                            + "; HttpOnly; SameSite=Strict");
        }
    }

    /** The owner of {@code ctx}'s request, or null for an anonymous one-off. */
    String of(Context ctx) {
        String key = ctx.attribute(KEY_OWNER);
        if (key != null) {
            return key;
        }
        String cookie = ctx.cookie(COOKIE);
        return keys.none() && ConversationIds.looksIssued(cookie) ? "browser:" + hash(cookie) : null;
    }

    /** The owner a request with API key {@code name} has. */
    static String ofKey(String name) {
        return "key:" + name;
    }

    private static String hash(String cookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cookie.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

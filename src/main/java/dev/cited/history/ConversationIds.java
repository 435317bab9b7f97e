package dev.cited.history;

import java.security.SecureRandom;
import java.util.Base64;

/** Issues conversation ids: 128 bits from {@link SecureRandom}, base64url without padding (22 characters). */
public final class ConversationIds {

    /** Bits of randomness in an id. */
    public static final int BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ConversationIds() {}

    /** A new id, such as {@code "q3Zr0s8H1lG5yT0cQm2u9A"}. Thread-safe. */
    public static String next() {
        byte[] bytes = new byte[BITS / 8];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for a string shaped like an id {@link #next} issues (22 base64url characters). */
    public static boolean looksIssued(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{22}");
    }
}

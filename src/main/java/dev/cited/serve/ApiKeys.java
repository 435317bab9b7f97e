package dev.cited.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named API keys a server accepts. A request's bearer token is compared with every key in
 * constant time; the matching key's name owns the conversations the request starts. Never
 * printed with its tokens.
 */
public final class ApiKeys {

    /** The name of the key given as {@code CITED_API_TOKEN}. */
    public static final String DEFAULT_NAME = "default";

    private final Map<String, byte[]> tokens;

    private ApiKeys(Map<String, byte[]> tokens) {
        this.tokens = tokens;
    }

    /** The keys in {@code named} plus {@code defaultToken} (when not null) as {@value #DEFAULT_NAME}. */
    static ApiKeys of(String defaultToken, Map<String, String> named) {
        Map<String, byte[]> t = new LinkedHashMap<>();
        named.forEach((name, token) -> t.put(name, token.getBytes(StandardCharsets.UTF_8)));
        if (defaultToken != null) {
            t.putIfAbsent(DEFAULT_NAME, defaultToken.getBytes(StandardCharsets.UTF_8));
        }
        return new ApiKeys(t);
    }

    /**
     * Keys from text such as {@code "alice:tok1,bob:tok2"} or one {@code name:token} a line (a keys
     * file; blank lines and lines starting with {@code #} are skipped).
     *
     * @throws IllegalArgumentException naming the entry that is not {@code name:token}, or a name given twice
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (text == null) {
            return keys;
        }
        for (String entry : text.split("[,\\n]")) {
            String e = entry.strip();
            if (e.isEmpty() || e.startsWith("#")) {
                continue;
            }
            int colon = e.indexOf(':');
            String name = colon < 0 ? "" : e.substring(0, colon).strip();
            String token = colon < 0 ? "" : e.substring(colon + 1).strip();
            if (!name.matches("[A-Za-z0-9._-]{1,64}") || token.isEmpty()) {
                throw new IllegalArgumentException("illegal API key entry '" + (colon < 0 ? e : name + ":***")
                        + "': use name:token, the name up to 64 letters, digits, '.', '_' or '-'");
            }
            if (keys.put(name, token) != null) {
                throw new IllegalArgumentException("API key '" + name + "' is given twice");
            }
        }
        return keys;
    }

    /** True when no key is configured: the API is open and browsers are told apart by a cookie. */
    boolean none() {
        return tokens.isEmpty();
    }

    /** The name of the key {@code token} is, or null; every key is compared, in constant time. */
    String nameOf(String token) {
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, byte[]> e : tokens.entrySet()) {
            if (MessageDigest.isEqual(given, e.getValue()) && found == null) {
                found = e.getKey();
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return "ApiKeys" + tokens.keySet();
    }
}

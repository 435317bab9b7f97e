package dev.cited.llm;

import java.time.Duration;
import java.util.Locale;

/**
 * A named model configuration.
 *
 * @param name lower-case profile name, e.g. {@code local}
 * @param provider where it runs
 * @param baseUrl the server's base URL, or null for the provider's default
 * @param model the provider's model name (null only for {@code extractive})
 * @param apiKey the API key, or null; never printed ({@link #toString()} masks it)
 * @param timeout how long one request may take
 * @param maxTokens the most tokens the model may write
 */
public record ModelProfile(
        String name, Provider provider, String baseUrl, String model, String apiKey, Duration timeout, int maxTokens) {

    public static final String EXTRACTIVE = "extractive";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_TOKENS = 1024;

    public ModelProfile {
        if (name == null || !name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException(
                    "illegal model profile name '" + name + "': use lower-case letters, digits, '-' and '_'");
        }
        if (provider != Provider.EXTRACTIVE && (model == null || model.isBlank())) {
            throw new IllegalArgumentException(
                    "model profile '" + name + "' (" + provider.id() + ") needs a model name");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("model profile '" + name + "': timeout must be positive");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("model profile '" + name + "': max tokens must be at least 1");
        }
    }

    /** The built-in extractive profile. */
    public static ModelProfile extractive() {
        return new ModelProfile(EXTRACTIVE, Provider.EXTRACTIVE, null, null, null, DEFAULT_TIMEOUT, DEFAULT_MAX_TOKENS);
    }

    /** The profile without its key, as shown to users and endpoints. */
    public String describe() {
        return switch (provider) {
            case EXTRACTIVE -> "extractive (built in, no model)";
            default ->
                String.format(
                        Locale.ROOT,
                        "%s %s at %s",
                        provider.id(),
                        model,
                        baseUrl == null ? "default URL" : displayUrl());
        };
    }

    /**
     * The base URL as it may be shown or logged: without {@code user:password@} and with the
     * values of key-like query parameters ({@code key}, {@code api_key}, {@code token},
     * {@code secret}, {@code password}, {@code sig}...) replaced by {@code ***}; null when there is
     * no base URL. Only the client that calls the provider ever sees the real one.
     */
    public String displayUrl() {
        return baseUrl == null ? null : redactUrls(baseUrl);
    }

    /**
     * {@code text} with every URL in it redacted as {@link #displayUrl} describes: for messages
     * that may quote a URL, such as a provider's or the HTTP client's error.
     */
    public static String redactUrls(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replaceAll("([A-Za-z][A-Za-z0-9+.-]*://)[^/@?#\\s]*@", "$1");
        return out.replaceAll(
                "(?i)([?&][^=&#\\s]*(?:key|token|secret|password|passwd|pwd|sig|signature|auth)[^=&#\\s]*=)[^&#\\s]*",
                "$1***");
    }

    @Override
    public String toString() {
        return "ModelProfile[" + name + ": " + describe() + ", key " + (apiKey == null ? "none" : "set") + ", timeout "
                + timeout.toMillis() + " ms]";
    }
}

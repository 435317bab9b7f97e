package dev.cited.llm;

import java.util.Locale;

/** Where a profile's model runs. */
public enum Provider {
    /** The built-in extractive answerer: no model, no network. */
    EXTRACTIVE,
    /** An Ollama server ({@code /api/chat}). */
    OLLAMA,
    /** The OpenAI API or any OpenAI-compatible server ({@code /v1/chat/completions}). */
    OPENAI,
    /** The Anthropic Messages API. */
    ANTHROPIC;

    /** The lower-case name used in configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code ollama}, {@code openai}, {@code anthropic} or {@code extractive}.
     *
     * @throws IllegalArgumentException naming the value and where it came from
     */
    public static Provider parse(String value, String where) {
        for (Provider p : values()) {
            if (p.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown provider '" + value + "' (" + where + "), expected ollama, openai, anthropic or extractive");
    }
}

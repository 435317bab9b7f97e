package dev.cited.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The configured profiles, their clients (built on first use and kept), and the default profile,
 * which {@link #setDefault} changes for every later request. The built-in {@code extractive}
 * profile has no clients: it is no language model, and the answer stage answers it from the
 * sources themselves. Thread-safe.
 */
public final class ModelRegistry {

    /**
     * A profile with its clients.
     *
     * @param chat the blocking client; null for the built-in extractive profile
     * @param streaming the streaming client; null for the built-in extractive profile
     */
    public record Model(ModelProfile profile, ChatModel chat, StreamingChatModel streaming) {
        public Model {
            if (profile.provider() != Provider.EXTRACTIVE && (chat == null || streaming == null)) {
                throw new IllegalArgumentException("model profile '" + profile.name() + "' ("
                        + profile.provider().id() + ") needs a chat and a streaming client");
            }
        }

        public String name() {
            return profile.name();
        }

        /** Whether this is the built-in extractive answerer, which has no chat model. */
        public boolean extractive() {
            return profile.provider() == Provider.EXTRACTIVE;
        }

        /**
         * The blocking client.
         *
         * @throws IllegalStateException for the extractive profile, which has none
         */
        @Override
        public ChatModel chat() {
            if (chat == null) {
                throw new IllegalStateException(
                        "model '" + name() + "' is the built-in extractive answerer, not a chat model");
            }
            return chat;
        }

        /**
         * The streaming client.
         *
         * @throws IllegalStateException for the extractive profile, which has none
         */
        @Override
        public StreamingChatModel streaming() {
            if (streaming == null) {
                throw new IllegalStateException(
                        "model '" + name() + "' is the built-in extractive answerer, not a chat model");
            }
            return streaming;
        }
    }

    private final ModelConfig config;
    private final AtomicReference<String> defaultName;
    private final Map<String, Model> built = new ConcurrentHashMap<>();

    public ModelRegistry(ModelConfig config) {
        this.config = config;
        this.defaultName = new AtomicReference<>(config.defaultName());
    }

    /** Whether {@code name} names a configured profile (case-insensitively); true for null or blank (the default). */
    public boolean has(String name) {
        return name == null
                || name.isBlank()
                || config.profiles().containsKey(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The named profile's model, or the default's when {@code name} is null or blank.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public Model get(String name) {
        String chosen = name == null || name.isBlank()
                ? defaultName.get()
                : name.strip().toLowerCase(Locale.ROOT);
        ModelProfile profile = config.profiles().get(chosen);
        if (profile == null) {
            throw new IllegalArgumentException(
                    "unknown model '" + name + "'; configured: " + String.join(", ", config.names()));
        }
        return built.computeIfAbsent(
                chosen,
                n -> profile.provider() == Provider.EXTRACTIVE
                        ? new Model(profile, null, null)
                        : new Model(profile, ProviderClients.chat(profile), ProviderClients.streaming(profile)));
    }

    /** The built-in extractive profile, which answers when another model fails. */
    public Model fallback() {
        return get(ModelProfile.EXTRACTIVE);
    }

    public String defaultName() {
        return defaultName.get();
    }

    /**
     * Makes {@code name} the default for the next requests.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public void setDefault(String name) {
        defaultName.set(get(name).name());
    }

    /** Every profile, extractive first. */
    public List<ModelProfile> profiles() {
        return config.names().stream().map(config.profiles()::get).toList();
    }
}

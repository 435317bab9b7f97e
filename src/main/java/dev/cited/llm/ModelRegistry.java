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
 * which {@link #setDefault} changes for every later request. Thread-safe.
 */
public final class ModelRegistry {

    /** A profile with its clients. */
    public record Model(ModelProfile profile, ChatModel chat, StreamingChatModel streaming) {
        public String name() {
            return profile.name();
        }
    }

    private final ModelConfig config;
    private final ChatModel extractive;
    private final AtomicReference<String> defaultName;
    private final Map<String, Model> built = new ConcurrentHashMap<>();

    /**
     * @param extractive the built-in model that serves the {@code extractive} profile and answers
     *     when another model fails
     */
    public ModelRegistry(ModelConfig config, ChatModel extractive) {
        this.config = config;
        this.extractive = extractive;
        this.defaultName = new AtomicReference<>(config.defaultName());
    }

    /**
     * The named profile's model, or the default's when {@code name} is null or blank.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public Model get(String name) {
        String chosen = name == null || name.isBlank() ? defaultName.get() : name.strip().toLowerCase(Locale.ROOT);
        ModelProfile profile = config.profiles().get(chosen);
        if (profile == null) {
            throw new IllegalArgumentException("unknown model '" + name + "'; configured: " + String.join(", ", config.names()));
        }
        return built.computeIfAbsent(chosen, n -> profile.provider() == Provider.EXTRACTIVE
                ? new Model(profile, extractive, new BlockingStreamer(extractive))
                : new Model(profile, ProviderClients.chat(profile), ProviderClients.streaming(profile)));
    }

    /** The built-in extractive model, the fallback for every failure. */
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

package dev.cited.llm;

import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Command-line options that choose the model configuration and profile, shared as a picocli
 * mixin. The configuration file is {@code --config}, else {@code $CITED_CONFIG}, else {@code
 * cited.properties} in the Cited home folder when it exists.
 */
public final class ModelOptions {

    @Option(names = "--model", paramLabel = "NAME", description = "Model profile to answer with (default: the configured default, else extractive).")
    String model;

    @Option(names = "--config", paramLabel = "FILE", description = "Model profiles file (default: $CITED_CONFIG, else cited.properties in the Cited folder).")
    Path config;

    public String model() {
        return model;
    }

    /** The configuration file in use, or null when there is none. */
    public Path configFile(Path home) {
        if (config != null) {
            return config;
        }
        String env = System.getenv("CITED_CONFIG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path file = home.resolve("cited.properties");
        return Files.isRegularFile(file) ? file : null;
    }

    /** Loads the configuration and builds a registry around the given extractive model. */
    public ModelRegistry registry(Path home, ChatModel extractive) throws IOException {
        return new ModelRegistry(load(home, System.getenv()), extractive);
    }

    ModelConfig load(Path home, Map<String, String> env) throws IOException {
        return ModelConfig.load(configFile(home), env);
    }
}

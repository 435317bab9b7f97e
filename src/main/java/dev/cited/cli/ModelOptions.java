package dev.cited.cli;

import dev.cited.llm.ModelConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options that choose the model configuration and profile, shared as a picocli mixin. The
 * configuration file is {@code --config}, else {@code $CITED_CONFIG}, else {@code
 * cited.properties} in the Cited home folder when it exists.
 */
public final class ModelOptions {

    @Option(
            names = "--model",
            paramLabel = "NAME",
            description = "Model profile to answer with (default: the configured default, else extractive).")
    String model;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Model profiles file (default: $CITED_CONFIG, else cited.properties in the Cited folder).")
    Path config;

    /** The profile named with {@code --model}, or null for the configured default. */
    public String model() {
        return model;
    }

    /** The configuration file in use, or null when there is none. */
    Path configFile(Path home) {
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

    /** The model profiles from the configuration file and {@code env}. */
    ModelConfig load(Path home, Map<String, String> env) throws IOException {
        return ModelConfig.load(configFile(home), env);
    }
}

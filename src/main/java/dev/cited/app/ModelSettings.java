package dev.cited.app;

import dev.cited.answer.ExtractiveAnswerer;
import dev.cited.llm.ModelConfig;
import java.util.Objects;

/**
 * The language models Cited may answer with.
 *
 * @param config the model profiles (from a properties file and the environment); API keys are
 *     held there and never printed
 * @param model the profile to answer with when a request names none, or null for the
 *     configured default
 * @param extractive how the built-in extractive answerer scores and chooses sentences
 */
public record ModelSettings(ModelConfig config, String model, ExtractiveAnswerer.Settings extractive) {

    public ModelSettings {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(extractive, "extractive");
    }

    /** Only the built-in extractive answerer, with its tuned settings. */
    public static ModelSettings builtIn() {
        return new ModelSettings(ModelConfig.builtIn(), null, ExtractiveAnswerer.Settings.DEFAULTS);
    }

    @Override
    public String toString() {
        return "ModelSettings[profiles " + config.names() + ", model " + model + ", extractive " + extractive + "]";
    }
}

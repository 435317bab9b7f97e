package dev.cited.cli;

import dev.cited.answer.ExtractiveAnswerer;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.app.ModelSettings;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Everything a command needs to answer questions, as one picocli mixin: the collection and
 * where its index lives, the retriever, the model profiles and the prompt templates. {@link
 * #settings()} turns them into the {@link CitedSettings} the application is built from.
 */
public final class AnswerOptions {

    @Mixin
    public BackendOptions backend;

    @Mixin
    public RetrieverOptions retriever;

    @Mixin
    public ModelOptions models;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Prompt templates folder (default: prompts/).")
    Path prompts;

    @Option(
            names = "--extractive",
            paramLabel = "SETTINGS",
            hidden = true,
            description =
                    "Override the extractive answerer's trained thresholds, e.g. min=0.3,keep=0.2,relative=0.6,max=3,answer=0.2 (answer: the answerability threshold).")
    String extractive;

    /**
     * The application settings these options describe; model profiles come from the configuration
     * file and the environment.
     *
     * @throws IllegalArgumentException naming the bad option
     */
    public CitedSettings settings() throws IOException {
        CollectionSettings collection = backend.collection.settings();
        Path home = CollectionOptions.home();
        ModelSettings modelSettings = new ModelSettings(
                models.load(home, System.getenv()),
                models.model(),
                extractive == null
                        ? ExtractiveAnswerer.Settings.DEFAULTS
                        : ExtractiveAnswerer.Settings.parse(extractive));
        return new CitedSettings(
                collection,
                backend.settings(collection),
                retriever.settings(),
                modelSettings,
                prompts != null ? prompts : home.resolve("prompts"));
    }
}

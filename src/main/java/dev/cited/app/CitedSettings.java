package dev.cited.app;

import dev.cited.retrieve.RetrieverSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the application is built from, validated: the command line (or a test) makes one,
 * {@link Cited} builds the parts from it. Its {@code toString} never prints a secret.
 *
 * @param collection the collection and its index folder
 * @param backend where the index lives
 * @param retriever which retriever ranks papers
 * @param models the model profiles and the default
 * @param prompts the prompt templates folder
 */
public record CitedSettings(
        CollectionSettings collection,
        BackendSettings backend,
        RetrieverSettings retriever,
        ModelSettings models,
        Path prompts) {

    public CitedSettings {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(retriever, "retriever");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(prompts, "prompts");
    }

    /** These settings with another model configuration (tests, and servers that load their own). */
    public CitedSettings withModels(ModelSettings models) {
        return new CitedSettings(collection, backend, retriever, models, prompts);
    }
}

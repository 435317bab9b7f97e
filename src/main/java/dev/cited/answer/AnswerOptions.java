package dev.cited.answer;

import dev.cited.backend.BackendOptions;
import dev.cited.index.Embedder;
import dev.cited.index.IndexOptions;
import dev.cited.llm.ModelOptions;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.RetrieverOptions;
import dev.cited.retrieve.SearchBackend;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Everything a command needs to answer questions: the collection and where its index lives, the
 * retriever, the model profiles and the prompt templates, as one picocli mixin.
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

    @Option(names = "--extractive", paramLabel = "SETTINGS", hidden = true,
            description = "Extractive answerer settings, e.g. lexical=0.4,min=0.66,margin=0.08,max=3.")
    String extractive;

    /** The prompt templates, loaded and checked now. */
    public PromptTemplates templates() throws IOException {
        return PromptTemplates.load(prompts != null ? prompts : IndexOptions.home().resolve("prompts"));
    }

    /** The model registry: the configured profiles around the extractive model. */
    public ModelRegistry registry(Embedder embedder) throws IOException {
        ExtractiveChatModel.Settings settings =
                extractive == null ? ExtractiveChatModel.Settings.DEFAULTS : ExtractiveChatModel.Settings.parse(extractive);
        return models.registry(IndexOptions.home(), new ExtractiveChatModel(embedder, settings));
    }

    /** An answer service over an open backend, with a registry made from these options. */
    public AnswerService service(SearchBackend index, Embedder embedder, ConversationStore conversations)
            throws IOException {
        return service(index, embedder, registry(embedder), conversations);
    }

    /** An answer service over an open backend and the given model registry. */
    public AnswerService service(SearchBackend index, Embedder embedder, ModelRegistry registry,
            ConversationStore conversations) throws IOException {
        return new AnswerService(index.retriever(retriever), index, registry, templates(),
                new CitationChecker(embedder), conversations);
    }
}

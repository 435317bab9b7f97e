package dev.cited.cli;

import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.app.ModelSettings;
import dev.cited.retrieve.Bm25Retriever;
import dev.cited.retrieve.Fusion;
import dev.cited.retrieve.RetrieverSettings;
import picocli.CommandLine.Option;

/** Options that choose and tune the retriever, shared as a picocli mixin. */
public final class RetrieverOptions {

    @Option(
            names = "--retriever",
            paramLabel = "KIND",
            defaultValue = "hybrid",
            description = "bm25, dense or hybrid (default).")
    String retriever;

    @Option(
            names = "--fusion",
            paramLabel = "SPEC",
            description = "rrf[:K] or convex[:ALPHA] (default: the tuned fusion).")
    String fusion;

    @Option(
            names = "--k1",
            paramLabel = "K1",
            defaultValue = "" + Bm25Retriever.DEFAULT_K1,
            description = "BM25 k1 (default: ${DEFAULT-VALUE}).")
    float k1;

    @Option(
            names = "--b",
            paramLabel = "B",
            defaultValue = "" + Bm25Retriever.DEFAULT_B,
            description = "BM25 b (default: ${DEFAULT-VALUE}).")
    float b;

    @Option(
            names = "--rerank",
            paramLabel = "HOW",
            defaultValue = "none",
            description = "Re-ranking of the hybrid retriever's best papers: none (default) or sentences (by"
                    + " each paper's best-matching stored sentence).")
    String rerank;

    /**
     * The retriever these options choose.
     *
     * @throws IllegalArgumentException for an unknown retriever or re-ranking, a malformed fusion or bad k1/b
     */
    public RetrieverSettings settings() {
        return new RetrieverSettings(
                RetrieverSettings.Kind.parse(retriever),
                fusion == null ? Fusion.defaults() : Fusion.parse(fusion),
                k1,
                b,
                RetrieverSettings.Rerank.parse(rerank));
    }

    /**
     * Settings for a command that only retrieves ({@code search}, {@code eval beir}): the
     * collection and backend {@code backend} names, this retriever, the built-in model and the
     * shipped prompts.
     */
    CitedSettings retrievalSettings(BackendOptions backend) {
        CollectionSettings collection = backend.collection.settings();
        return new CitedSettings(
                collection,
                backend.settings(collection),
                settings(),
                ModelSettings.builtIn(),
                CollectionOptions.home().resolve("prompts"));
    }
}

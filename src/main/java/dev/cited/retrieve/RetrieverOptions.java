package dev.cited.retrieve;

import dev.cited.index.Embedder;
import dev.cited.index.PaperIndex;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Command-line options that choose and tune the retriever, shared as a picocli mixin. */
public final class RetrieverOptions {

    @Option(names = "--retriever", paramLabel = "KIND", defaultValue = "hybrid", description = "bm25, dense or hybrid (default).")
    String retriever;

    @Option(names = "--fusion", paramLabel = "SPEC", description = "rrf[:K] or convex[:ALPHA] (default: the tuned fusion).")
    String fusion;

    @Option(names = "--k1", paramLabel = "K1", defaultValue = "" + Bm25Retriever.DEFAULT_K1, description = "BM25 k1 (default: ${DEFAULT-VALUE}).")
    float k1;

    @Option(names = "--b", paramLabel = "B", defaultValue = "" + Bm25Retriever.DEFAULT_B, description = "BM25 b (default: ${DEFAULT-VALUE}).")
    float b;

    /**
     * The retriever these options describe.
     *
     * @throws IllegalArgumentException naming a bad value
     */
    public Retriever create(PaperIndex index, Embedder embedder) {
        Fusion f = fusion == null ? Fusion.defaults() : Fusion.parse(fusion);
        return switch (retriever.toLowerCase(Locale.ROOT)) {
            case "bm25" -> new Bm25Retriever(index, k1, b);
            case "dense" -> new VectorRetriever(index, embedder);
            case "hybrid" -> new HybridRetriever(new Bm25Retriever(index, k1, b), new VectorRetriever(index, embedder), f);
            default -> throw new IllegalArgumentException(
                    "unknown retriever '" + retriever + "', expected bm25, dense or hybrid");
        };
    }
}

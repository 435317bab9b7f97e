package dev.cited.retrieve;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Command-line options that choose and tune the retriever, shared as a picocli mixin. */
public final class RetrieverOptions {

    /** The three retrievers. */
    public enum Kind {
        BM25,
        DENSE,
        HYBRID
    }

    @Option(names = "--retriever", paramLabel = "KIND", defaultValue = "hybrid", description = "bm25, dense or hybrid (default).")
    String retriever;

    @Option(names = "--fusion", paramLabel = "SPEC", description = "rrf[:K] or convex[:ALPHA] (default: the tuned fusion).")
    String fusion;

    @Option(names = "--k1", paramLabel = "K1", defaultValue = "" + Bm25Retriever.DEFAULT_K1, description = "BM25 k1 (default: ${DEFAULT-VALUE}).")
    float k1;

    @Option(names = "--b", paramLabel = "B", defaultValue = "" + Bm25Retriever.DEFAULT_B, description = "BM25 b (default: ${DEFAULT-VALUE}).")
    float b;

    /**
     * The chosen retriever.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public Kind kind() {
        return switch (retriever.toLowerCase(Locale.ROOT)) {
            case "bm25" -> Kind.BM25;
            case "dense" -> Kind.DENSE;
            case "hybrid" -> Kind.HYBRID;
            default -> throw new IllegalArgumentException(
                    "unknown retriever '" + retriever + "', expected bm25, dense or hybrid");
        };
    }

    /**
     * The fusion of a hybrid retriever: {@code --fusion}, else the tuned default.
     *
     * @throws IllegalArgumentException for a malformed spec
     */
    public Fusion fusion() {
        return fusion == null ? Fusion.defaults() : Fusion.parse(fusion);
    }

    public float k1() {
        return k1;
    }

    public float b() {
        return b;
    }

    /** Whether BM25's k1 and b are the tuned defaults. */
    public boolean defaultBm25() {
        return k1 == Bm25Retriever.DEFAULT_K1 && b == Bm25Retriever.DEFAULT_B;
    }
}

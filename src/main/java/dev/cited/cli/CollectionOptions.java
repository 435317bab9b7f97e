package dev.cited.cli;

import dev.cited.app.CollectionSettings;
import dev.cited.index.EmbeddingModelSpec;
import dev.cited.index.IndexSettings;
import dev.cited.index.VectorEncoding;
import dev.cited.ingest.ContentHash;
import dev.cited.ingest.CorpusFormat;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options that say which collection and which index a command works on, shared by every command
 * as a picocli mixin; {@link #settings()} turns them into a {@link CollectionSettings}.
 *
 * <p>Defaults: the bundled corpus in {@code <home>/index} and its index in {@code
 * <home>/index/build/bundled}; another corpus gets its own index folder under {@code
 * <home>/index/build/}, named after the corpus and a hash of its paths. {@code <home>} is the
 * {@code cited.home} system property (set by the {@code ./cited} launcher), else the working
 * directory.
 */
public final class CollectionOptions {

    @Option(
            names = "--corpus",
            split = ",",
            paramLabel = "PATH",
            description =
                    "Corpus files or folders (abstract dumps .txt, arXiv JSON lines, BEIR corpus.jsonl; .gz ok). Default: the bundled corpus.")
    List<Path> corpus;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Index directory. Default: derived from the corpus, under index/build/.")
    Path index;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Force the corpus format: dump, arxiv or beir. Default: recognised per file.")
    String format;

    @Option(
            names = "--embedding-model",
            paramLabel = "MODEL",
            defaultValue = "bge-small-en-v1.5-q",
            description = "bge-small-en-v1.5-q (default) or all-minilm-l6-v2-q (faster, lower quality).")
    String embeddingModel;

    @Option(
            names = "--chunk-words",
            paramLabel = "N",
            defaultValue = "" + IndexSettings.DEFAULT_CHUNK_WORDS,
            description = "Largest chunk, in words (default: ${DEFAULT-VALUE}).")
    int chunkWords;

    @Option(
            names = "--vector-encoding",
            paramLabel = "ENC",
            defaultValue = "float32",
            description =
                    "float32 (default) or int8 (scalar-quantized: less memory, slightly lower recall; embedded backend only).")
    String vectorEncoding;

    @Option(names = "--no-progress", description = "Do not draw a progress bar.")
    boolean noProgress;

    /** The folder Cited runs from: {@code cited.home}, else the working directory. */
    public static Path home() {
        return Path.of(System.getProperty("cited.home", ".")).toAbsolutePath().normalize();
    }

    /** Whether no {@code --corpus} was given, so the bundled corpus is used. */
    boolean bundled() {
        return corpus == null || corpus.isEmpty();
    }

    /**
     * The collection these options name.
     *
     * @throws IllegalArgumentException for an unknown format, embedding model or encoding
     */
    public CollectionSettings settings() {
        IndexSettings settings = new IndexSettings(
                EmbeddingModelSpec.fromId(embeddingModel), chunkWords, VectorEncoding.parse(vectorEncoding));
        return new CollectionSettings(
                bundled() ? List.of(home().resolve("index")) : corpus,
                format == null ? null : CorpusFormat.parse(format),
                indexDir(),
                settings,
                !noProgress);
    }

    private Path indexDir() {
        if (index != null) {
            return index;
        }
        Path build = home().resolve("index").resolve("build");
        if (bundled()) {
            return build.resolve("bundled");
        }
        StringBuilder key = new StringBuilder();
        corpus.forEach(p -> key.append(p.toAbsolutePath().normalize()).append('\n'));
        String name = corpus.getFirst()
                .toAbsolutePath()
                .normalize()
                .getFileName()
                .toString()
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return build.resolve(name + "-" + ContentHash.sha256(key.toString()).substring(0, 8));
    }
}

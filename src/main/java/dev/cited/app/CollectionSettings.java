package dev.cited.app;

import dev.cited.index.IndexSettings;
import dev.cited.ingest.CorpusFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which collection Cited answers from and where its index lives.
 *
 * @param corpus the corpus files or folders, at least one
 * @param format the forced corpus format, or null to recognise it per file
 * @param indexDir the local index folder (for OpenSearch: its embedding cache)
 * @param index how the index is built: embedding model, chunk size, vector encoding
 * @param progress whether a build draws progress bars
 */
public record CollectionSettings(
        List<Path> corpus, CorpusFormat format, Path indexDir, IndexSettings index, boolean progress) {

    /**
     * @throws IllegalArgumentException when no corpus path is given
     */
    public CollectionSettings {
        corpus = List.copyOf(corpus);
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("no corpus: give at least one corpus file or folder");
        }
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(index, "index");
    }
}

package dev.cited.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an index was built from and how: written beside the Lucene files, read before use to
 * decide whether the index is current.
 *
 * @param format manifest format version
 * @param embeddingModel embedding model id
 * @param dimensions vector dimensions
 * @param queryPrefix instruction prepended to queries
 * @param chunkWords largest chunk in words
 * @param analyzer the text analysis of the BM25 field
 * @param sources the input files, with sizes and hashes
 * @param corpusFingerprint SHA-256 over the sources' hashes and the settings
 * @param papers papers indexed
 * @param versions abstract versions indexed
 * @param chunks chunks indexed
 * @param builtAt ISO-8601 instant the build finished
 * @param buildSeconds wall time of the build
 * @param embedded chunks embedded in this build (the rest came from the cache)
 * @param vectorEncoding how vectors are stored ({@code float32} when absent: older manifests)
 * @param sentences sentence vectors stored with the papers
 * @param embeddedSentences sentences embedded in this build (the rest came from the cache)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndexManifest(
        @JsonProperty("format") int format,
        @JsonProperty("embedding_model") String embeddingModel,
        @JsonProperty("dimensions") int dimensions,
        @JsonProperty("query_prefix") String queryPrefix,
        @JsonProperty("chunk_words") int chunkWords,
        @JsonProperty("analyzer") String analyzer,
        @JsonProperty("sources") List<SourceFile> sources,
        @JsonProperty("corpus_fingerprint") String corpusFingerprint,
        @JsonProperty("papers") int papers,
        @JsonProperty("versions") int versions,
        @JsonProperty("chunks") int chunks,
        @JsonProperty("built_at") String builtAt,
        @JsonProperty("build_seconds") double buildSeconds,
        @JsonProperty("embedded") int embedded,
        @JsonProperty("vector_encoding") String vectorEncoding,
        @JsonProperty("sentences") int sentences,
        @JsonProperty("embedded_sentences") int embeddedSentences) {

    /**
     * 3: papers carry their {@link SentenceVectors}; 4: which start with a {@link FormatHeader}
     * (so an index of format 3 is stale and rebuilt).
     */
    public static final int FORMAT = 4;

    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public IndexManifest {
        vectorEncoding = vectorEncoding == null ? VectorEncoding.FLOAT32.toString() : vectorEncoding;
    }

    public static IndexManifest read(Path dir) throws IOException {
        return JSON.readValue(dir.resolve(FILE_NAME).toFile(), IndexManifest.class);
    }

    public void write(Path dir) throws IOException {
        JSON.writeValue(dir.resolve(FILE_NAME).toFile(), this);
    }

    /**
     * Why an index with this manifest cannot serve {@code settings}: another manifest format or
     * other settings; empty when it can (its sources are for the caller to compare).
     */
    public Optional<String> mismatch(IndexSettings settings) {
        if (format != FORMAT) {
            return Optional.of("index format " + format + " is not " + FORMAT);
        }
        if (!settings().equals(settings)) {
            return Optional.of("settings changed: " + settings() + " -> " + settings);
        }
        return Optional.empty();
    }

    /** The settings this index was built with. */
    public IndexSettings settings() {
        return new IndexSettings(
                EmbeddingModelSpec.fromId(embeddingModel), chunkWords, VectorEncoding.parse(vectorEncoding));
    }
}

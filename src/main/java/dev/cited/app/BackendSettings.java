package dev.cited.app;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the index lives: embedded Lucene on this machine, or an OpenSearch cluster.
 *
 * @param kind the backend
 * @param opensearchUrl the cluster's URL (may carry {@code user:password@}); null for embedded
 * @param opensearchIndex the index (alias) name in the cluster; null for embedded
 */
public record BackendSettings(Kind kind, String opensearchUrl, String opensearchIndex) {

    /** Where the index lives. */
    public enum Kind {
        EMBEDDED,
        OPENSEARCH;

        /**
         * Parses {@code embedded} or {@code opensearch}, in any case.
         *
         * @throws IllegalArgumentException naming the bad value
         */
        public static Kind parse(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "embedded" -> EMBEDDED;
                case "opensearch" -> OPENSEARCH;
                default ->
                    throw new IllegalArgumentException(
                            "--backend: unknown backend '" + name + "', expected embedded or opensearch");
            };
        }
    }

    /**
     * @throws IllegalArgumentException for OpenSearch without a URL or index name
     */
    public BackendSettings {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.OPENSEARCH && (opensearchUrl == null || opensearchUrl.isBlank())) {
            throw new IllegalArgumentException(
                    "--backend opensearch needs --opensearch-url URL (or CITED_OPENSEARCH_URL)");
        }
        if (kind == Kind.OPENSEARCH && (opensearchIndex == null || opensearchIndex.isBlank())) {
            throw new IllegalArgumentException("--backend opensearch needs an index name (--opensearch-index)");
        }
    }

    /** The embedded Lucene backend. */
    public static BackendSettings embedded() {
        return new BackendSettings(Kind.EMBEDDED, null, null);
    }

    /** Never prints the URL's credentials. */
    @Override
    public String toString() {
        return kind == Kind.EMBEDDED
                ? "BackendSettings[embedded]"
                : "BackendSettings[opensearch " + opensearchUrl.replaceFirst("//[^/@]*@", "//***@") + " "
                        + opensearchIndex + "]";
    }
}

package dev.cited.cli;

import dev.cited.app.BackendSettings;
import dev.cited.app.CollectionSettings;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options that say where the index lives, shared as a picocli mixin: embedded Lucene on this
 * machine (default) or an OpenSearch cluster. Each option also has an environment variable, so a
 * server is configured the same way: {@code CITED_BACKEND}, {@code CITED_OPENSEARCH_URL}, {@code
 * CITED_OPENSEARCH_INDEX}.
 */
public final class BackendOptions {

    @Mixin
    public CollectionOptions collection;

    @Option(
            names = "--backend",
            paramLabel = "KIND",
            defaultValue = "${env:CITED_BACKEND:-embedded}",
            description = "embedded (Lucene on this machine, default) or opensearch. Env: CITED_BACKEND.")
    String backend;

    @Option(
            names = "--opensearch-url",
            paramLabel = "URL",
            defaultValue = "${env:CITED_OPENSEARCH_URL}",
            description =
                    "OpenSearch cluster, e.g. http://localhost:9200 (user:password@ allowed). Env: CITED_OPENSEARCH_URL.")
    String opensearchUrl;

    @Option(
            names = "--opensearch-index",
            paramLabel = "NAME",
            defaultValue = "${env:CITED_OPENSEARCH_INDEX}",
            description =
                    "Index (alias) name in OpenSearch. Default: cited-<name of the local index folder>. Env: CITED_OPENSEARCH_INDEX.")
    String opensearchIndex;

    /**
     * Where the index of {@code collection} lives.
     *
     * @throws IllegalArgumentException for an unknown kind, or opensearch without a URL
     */
    public BackendSettings settings(CollectionSettings collection) {
        BackendSettings.Kind kind = BackendSettings.Kind.parse(backend);
        if (kind == BackendSettings.Kind.EMBEDDED) {
            return BackendSettings.embedded();
        }
        String name = opensearchIndex != null && !opensearchIndex.isBlank()
                ? opensearchIndex.strip()
                : "cited-"
                        + collection
                                .indexDir()
                                .getFileName()
                                .toString()
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9_.-]", "_");
        return new BackendSettings(kind, opensearchUrl, name);
    }
}

package dev.cited.backend;

import dev.cited.index.Embedder;
import dev.cited.index.IndexManifest;
import dev.cited.index.IndexOptions;
import dev.cited.index.IndexStore;
import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusLoader;
import dev.cited.opensearch.OpenSearchClient;
import dev.cited.opensearch.OpenSearchIndexer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited index}: builds the index when sources or settings changed, on either backend. */
@Command(name = "index", description = "Ingest the corpus and build (or refresh) its index.", mixinStandardHelpOptions = true)
public final class IndexCommand implements Callable<Integer> {

    @Mixin
    BackendOptions backend;

    @Option(names = "--force", description = "Rebuild even when the index is current (cached embeddings are reused).")
    boolean force;

    @Option(names = "--check", description = "Only ingest the corpus and print what was read and skipped; build nothing.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexOptions options = backend.index;
        if (check) {
            Corpus corpus = new CorpusLoader(options.corpusFormat()).load(options.corpusPaths());
            corpus.report().lines().forEach(out::println);
            return corpus.report().problems().isEmpty() ? 0 : 1;
        }
        return backend.kind() == BackendOptions.Kind.EMBEDDED ? embedded(options, out, err) : opensearch(options, out, err);
    }

    private int embedded(IndexOptions options, PrintWriter out, PrintWriter err) throws IOException {
        IndexStore store = new IndexStore(options.indexDir());
        Optional<String> stale = store.staleness(options.corpusPaths(), options.settings());
        if (stale.isEmpty() && !force) {
            IndexManifest m = IndexManifest.read(store.current().orElseThrow());
            out.printf(Locale.ROOT, "index is current: %d papers, %d versions, %d chunks in %s (built %s)%n",
                    m.papers(), m.versions(), m.chunks(), store.root(), m.builtAt());
            return 0;
        }
        err.println("building index (" + stale.orElse("--force") + ")");
        err.flush();
        try (Embedder embedder = new Embedder(options.settings().model())) {
            IndexManifest m = store.build(options.corpusPaths(), options.corpusFormat(), options.settings(), embedder,
                    err, options.progress());
            report(out, m, store.root().toString());
        }
        return 0;
    }

    private int opensearch(IndexOptions options, PrintWriter out, PrintWriter err) throws IOException {
        try (OpenSearchClient client = backend.opensearchClient()) {
            OpenSearchIndexer indexer = backend.opensearchIndexer(client, err);
            String where = client.url() + "/" + backend.opensearchIndex();
            Optional<IndexManifest> live = indexer.live();
            Optional<String> stale = live.isEmpty()
                    ? Optional.of("no index '" + backend.opensearchIndex() + "' in " + client.url())
                    : OpenSearchIndexer.staleness(live.get(), options.corpusPaths(), options.settings());
            if (stale.isEmpty() && !force) {
                IndexManifest m = live.get();
                out.printf(Locale.ROOT, "index is current: %d papers, %d versions, %d chunks in %s (built %s)%n",
                        m.papers(), m.versions(), m.chunks(), where, m.builtAt());
                return 0;
            }
            err.println("building index (" + stale.orElse("--force") + ")");
            err.flush();
            try (Embedder embedder = new Embedder(options.settings().model())) {
                IndexManifest m = indexer.build(options.corpusPaths(), options.corpusFormat(), options.settings(), embedder,
                        options.indexDir().resolve("embeddings"), options.progress());
                report(out, m, where);
            }
        }
        return 0;
    }

    private static void report(PrintWriter out, IndexManifest m, String where) {
        out.printf(Locale.ROOT, "indexed %d papers, %d versions, %d chunks (%d embedded, %d from cache), %d sentences"
                + " (%d embedded, %d from cache) in %.1f s -> %s%n", m.papers(), m.versions(), m.chunks(), m.embedded(),
                m.chunks() - m.embedded(), m.sentences(), m.embeddedSentences(), m.sentences() - m.embeddedSentences(),
                m.buildSeconds(), where);
    }
}

package dev.cited.index;

import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusLoader;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited index}: builds the index when sources or settings changed. */
@Command(name = "index", description = "Ingest the corpus and build (or refresh) its index.", mixinStandardHelpOptions = true)
public final class IndexCommand implements Callable<Integer> {

    @Mixin
    IndexOptions options;

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
        if (check) {
            Corpus corpus = new CorpusLoader(options.corpusFormat()).load(options.corpusPaths());
            corpus.report().lines().forEach(out::println);
            return corpus.report().problems().isEmpty() ? 0 : 1;
        }
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
            out.printf(Locale.ROOT, "indexed %d papers, %d versions, %d chunks (%d embedded, %d from cache) in %.1f s -> %s%n",
                    m.papers(), m.versions(), m.chunks(), m.embedded(), m.chunks() - m.embedded(), m.buildSeconds(),
                    store.root());
        }
        return 0;
    }
}

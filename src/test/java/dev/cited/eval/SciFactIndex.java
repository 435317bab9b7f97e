package dev.cited.eval;

import dev.cited.BundledIndex;
import dev.cited.TestData;
import dev.cited.index.IndexSettings;
import dev.cited.index.IndexStore;
import dev.cited.index.PaperIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * SciFact's corpus indexed with the default settings in {@code target/test-indexes/scifact},
 * built on first use (about 4 minutes on 2 cores: every abstract is embedded) and reused while
 * corpus and settings are unchanged. Shared by the slow SciFact suites.
 */
final class SciFactIndex {

    private SciFactIndex() {}

    /** Opens the current generation, building it first when it is missing or stale. */
    static synchronized PaperIndex open() throws IOException {
        IndexStore store = new IndexStore(Path.of("target", "test-indexes", "scifact"));
        List<Path> corpus = List.of(TestData.scifact().resolve("corpus.jsonl"));
        if (store.staleness(corpus, IndexSettings.defaults()).isPresent()) {
            store.build(
                    corpus,
                    null,
                    IndexSettings.defaults(),
                    BundledIndex.get().embedder,
                    new PrintWriter(new StringWriter()),
                    false);
        }
        return PaperIndex.open(store.current().orElseThrow());
    }
}

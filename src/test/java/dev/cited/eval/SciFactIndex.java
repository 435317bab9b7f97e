package dev.cited.eval;

import dev.cited.BundledIndex;
import dev.cited.TestData;
import dev.cited.app.BackendSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.app.IndexProvisioner;
import dev.cited.index.IndexSettings;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.EmbeddedBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * SciFact's corpus indexed with the default settings in {@code target/test-indexes/scifact},
 * built on first use (about 4 minutes on 2 cores: every abstract is embedded) and reused while
 * corpus and settings are unchanged, by the same {@link IndexProvisioner} every command uses.
 * Shared by the slow SciFact suites.
 */
public final class SciFactIndex {

    private SciFactIndex() {}

    /** Opens the current generation, building it first when it is missing or stale; the caller closes it. */
    public static synchronized PaperIndex open() throws IOException {
        CollectionSettings collection = new CollectionSettings(
                List.of(TestData.scifact().resolve("corpus.jsonl")),
                null,
                Path.of("target", "test-indexes", "scifact"),
                IndexSettings.defaults(),
                false);
        EmbeddedBackend backend = (EmbeddedBackend) new IndexProvisioner(collection, BackendSettings.embedded())
                .open(BundledIndex.get().embedder, new PrintWriter(new StringWriter()));
        return backend.index();
    }
}

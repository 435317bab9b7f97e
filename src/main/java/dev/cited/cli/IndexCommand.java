package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.app.CollectionSettings;
import dev.cited.app.IndexProvisioner;
import dev.cited.index.IndexManifest;
import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusLoader;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited index}: builds the index when sources or settings changed, on either backend. */
@Command(
        name = "index",
        description = "Ingest the corpus and build (or refresh) its index.",
        mixinStandardHelpOptions = true)
public final class IndexCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    BackendOptions backend;

    @Option(names = "--force", description = "Rebuild even when the index is current (cached embeddings are reused).")
    boolean force;

    @Option(
            names = "--check",
            description = "Only ingest the corpus and print what was read and skipped; build nothing.")
    boolean check;

    @Option(
            names = "--json",
            description = "Print exactly one JSON object: whether it built, why, where, and the index manifest.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CollectionSettings collection = backend.collection.settings();
        if (check) {
            Corpus corpus = new CorpusLoader(collection.format()).load(collection.corpus());
            corpus.report().lines().forEach(out::println);
            return corpus.report().problems().isEmpty() ? 0 : 1;
        }
        IndexProvisioner.Refresh r = new IndexProvisioner(collection, backend.settings(collection))
                .refresh(force, spec.commandLine().getErr());
        IndexManifest m = r.manifest();
        if (json) {
            ObjectNode root = JSON.createObjectNode()
                    .put("built", r.built())
                    .put("reason", r.reason())
                    .put("location", r.location());
            root.set("manifest", JSON.valueToTree(m));
            out.println(JSON.writeValueAsString(root));
        } else if (!r.built()) {
            out.printf(
                    Locale.ROOT,
                    "index is current: %d papers, %d versions, %d chunks in %s (built %s)%n",
                    m.papers(),
                    m.versions(),
                    m.chunks(),
                    r.location(),
                    m.builtAt());
        } else {
            out.printf(
                    Locale.ROOT,
                    "indexed %d papers, %d versions, %d chunks (%d embedded, %d from cache), %d sentences"
                            + " (%d embedded, %d from cache) in %.1f s -> %s%n",
                    m.papers(),
                    m.versions(),
                    m.chunks(),
                    m.embedded(),
                    m.chunks() - m.embedded(),
                    m.sentences(),
                    m.embeddedSentences(),
                    m.sentences() - m.embeddedSentences(),
                    m.buildSeconds(),
                    r.location());
        }
        return 0;
    }
}

package dev.cited.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cited.BundledIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexStoreTest {

    @TempDir
    Path dir;

    private final StringWriter log = new StringWriter();
    private final IndexSettings settings = IndexSettings.defaults();

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : List.of("000_07f2407b8faf0a52.txt", "004_0f2aee9a697d8547.txt")) {
            Files.copy(Path.of("index", name), corpus.resolve(name));
        }
        return corpus;
    }

    private IndexManifest build(IndexStore store, Path corpus) throws IOException {
        return store.build(List.of(corpus), null, settings, BundledIndex.get().embedder, new PrintWriter(log), false);
    }

    @Test
    void a_rebuild_of_an_unchanged_corpus_embeds_nothing_and_an_edit_embeds_only_the_change() throws IOException {
        Path corpus = corpus();
        IndexStore store = new IndexStore(dir.resolve("idx"));
        assertThat(store.staleness(List.of(corpus), settings))
                .hasValueSatisfying(r -> assertThat(r).startsWith("no index"));

        IndexManifest first = build(store, corpus);
        assertThat(first.papers()).isEqualTo(13);
        assertThat(first.embedded()).isEqualTo(first.chunks());
        assertThat(store.staleness(List.of(corpus), settings)).isEmpty();

        IndexManifest again = build(store, corpus);
        assertThat(again.embedded()).isZero();

        Files.writeString(
                corpus.resolve("004_0f2aee9a697d8547.txt"),
                "\nAbstract:A brand new abstract about index"
                        + " maintenance that nobody has embedded before, long enough to count as an abstract in a dump file.",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(store.staleness(List.of(corpus), settings))
                .hasValueSatisfying(r -> assertThat(r).contains("changed"));
        IndexManifest edited = build(store, corpus);
        assertThat(edited.papers()).isEqualTo(14);
        assertThat(edited.embedded()).isEqualTo(1);
        try (PaperIndex index = PaperIndex.open(store.current().orElseThrow())) {
            assertThat(index.paperCount()).isEqualTo(14);
        }
    }

    @Test
    void a_failed_build_leaves_the_previous_index_live_and_the_next_build_cleans_up() throws IOException {
        Path corpus = corpus();
        IndexStore store = new IndexStore(dir.resolve("idx"));
        build(store, corpus);
        Path live = store.current().orElseThrow();

        Files.write(corpus.resolve("broken.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        assertThatThrownBy(() -> build(store, corpus)).isInstanceOf(IOException.class);

        assertThat(store.current()).contains(live);
        try (PaperIndex index = PaperIndex.open(live)) {
            assertThat(index.paperCount()).isEqualTo(13);
        }
        Files.delete(corpus.resolve("broken.jsonl.gz"));
        build(store, corpus);
        try (Stream<Path> left = Files.list(store.root())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "CURRENT",
                            "build.lock",
                            "embeddings",
                            store.current().orElseThrow().getFileName().toString());
        }
    }

    @Test
    void changed_settings_make_the_index_stale() throws IOException {
        Path corpus = corpus();
        IndexStore store = new IndexStore(dir.resolve("idx"));
        build(store, corpus);

        assertThat(store.staleness(List.of(corpus), new IndexSettings(settings.model(), 120)))
                .hasValueSatisfying(r -> assertThat(r).startsWith("settings changed"));
    }
}

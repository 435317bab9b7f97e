package dev.cited.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import dev.cited.TestData;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code cited index} process killed with SIGKILL in the middle of embedding: the
 * previous index stays live, and the next build reuses the vectors cached before the kill.
 */
@Tag("slow")
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void a_killed_build_never_replaces_the_live_index() throws Exception {
        Path scifact = TestData.scifact().resolve("corpus.jsonl");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("index", "000_07f2407b8faf0a52.txt"), corpus.resolve("000.txt"));
        IndexStore store = new IndexStore(dir.resolve("idx"));
        IndexSettings settings = IndexSettings.defaults();
        store.build(
                List.of(corpus),
                null,
                settings,
                BundledIndex.get().embedder,
                new PrintWriter(new StringWriter()),
                false);
        Path live = store.current().orElseThrow();

        try (BufferedReader in = Files.newBufferedReader(scifact, StandardCharsets.UTF_8);
                Stream<String> lines = in.lines()) {
            Files.write(corpus.resolve("scifact-part.jsonl"), lines.limit(600).toList(), StandardCharsets.UTF_8);
        }
        Process build = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--add-modules",
                        "jdk.incubator.vector",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.cited.cli.Main",
                        "index",
                        "--no-progress",
                        "--corpus",
                        corpus.toString(),
                        "--index",
                        store.root().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile())
                .start();
        Path vectors =
                store.root().resolve("embeddings").resolve(settings.model().id() + ".vectors");
        long before = Files.size(vectors);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Files.size(vectors) < before + 100 * 1600L
                && build.isAlive()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(build.isAlive())
                .as("the build was still embedding when killed")
                .isTrue();
        build.destroyForcibly().waitFor();

        assertThat(store.current()).contains(live);
        try (PaperIndex index = PaperIndex.open(live)) {
            assertThat(index.paperCount()).isEqualTo(10);
        }
        IndexManifest rebuilt = store.build(
                List.of(corpus),
                null,
                settings,
                BundledIndex.get().embedder,
                new PrintWriter(new StringWriter()),
                false);
        assertThat(rebuilt.papers()).isEqualTo(610);
        assertThat(rebuilt.embedded())
                .as("vectors cached before the kill are reused")
                .isLessThan(rebuilt.chunks() - 10 - 100);
        try (Stream<Path> left = Files.list(store.root())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}

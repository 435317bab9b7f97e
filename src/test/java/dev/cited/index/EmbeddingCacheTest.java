package dev.cited.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {

    @TempDir
    Path dir;

    private final StringWriter notes = new StringWriter();
    private final PrintWriter log = new PrintWriter(notes);

    private static float[] vector(float seed) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = seed + i;
        }
        return v;
    }

    @Test
    void vectors_survive_a_reopen_and_a_torn_last_record_is_dropped() throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.open(dir, EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, log)) {
            cache.putAll(List.of("alpha", "beta"), List.of(vector(1), vector(2)));
        }
        Path file = dir.resolve("bge-small-en-v1.5-q.vectors");
        Files.write(file, new byte[] {1, 2, 3, 4, 5}, StandardOpenOption.APPEND);

        try (EmbeddingCache cache = EmbeddingCache.open(dir, EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, log)) {
            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.get("alpha")).containsExactly(vector(1));
            assertThat(cache.get("beta")).containsExactly(vector(2));
            assertThat(cache.get("gamma")).isNull();
            cache.putAll(List.of("gamma"), List.of(vector(3)));
        }
        try (EmbeddingCache cache = EmbeddingCache.open(dir, EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, log)) {
            assertThat(cache.get("gamma")).containsExactly(vector(3));
        }
    }

    @Test
    void a_cache_file_without_the_header_is_ignored_with_a_note_and_rebuilt() throws IOException {
        Path file = dir.resolve("bge-small-en-v1.5-q.vectors");
        Files.write(file, new byte[32 + 384 * Float.BYTES]); // one record as written before the header existed

        try (EmbeddingCache cache = EmbeddingCache.open(dir, EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, log)) {
            assertThat(cache.size()).isZero();
            cache.putAll(List.of("alpha"), List.of(vector(1)));
        }
        assertThat(notes.toString())
                .contains("note: ignoring the embedding cache")
                .contains(file.toString())
                .contains("no Cited header");

        try (EmbeddingCache cache = EmbeddingCache.open(dir, EmbeddingModelSpec.BGE_SMALL_EN_V15_Q, log)) {
            assertThat(cache.size()).isEqualTo(1);
            assertThat(cache.get("alpha")).containsExactly(vector(1));
        }
        assertThat(Files.readAllBytes(file))
                .startsWith(FormatHeader.bytes(EmbeddingCache.CODEC, EmbeddingCache.VERSION));
    }
}

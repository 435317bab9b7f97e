package dev.cited.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private static Paper paper(String title, String... versions) {
        List<PaperVersion> vs = new java.util.ArrayList<>();
        for (String v : versions) {
            vs.add(new PaperVersion(vs.size() + 1, v, List.of("f.txt:" + (vs.size() + 1))));
        }
        return new Paper("p1", null, title, null, null, List.of(), List.of(), List.of(), List.of(), vs);
    }

    @Test
    void a_short_abstract_is_one_chunk_with_the_title_in_front_for_indexing() {
        List<Chunk> chunks = new Chunker(300).chunks(paper("A Title", "One sentence. Two sentences."));

        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("One sentence. Two sentences.");
            assertThat(c.indexedText()).isEqualTo("A Title. One sentence. Two sentences.");
        });
    }

    @Test
    void a_long_abstract_is_cut_at_sentence_boundaries_into_balanced_chunks() {
        String sentence = "This sentence has exactly eight words in it. ";
        String text = sentence.repeat(10).strip();

        List<Chunk> chunks = new Chunker(32).chunks(paper(null, text));

        assertThat(chunks).hasSize(3);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(text).contains(c.text());
            assertThat(c.text()).endsWith("in it.");
            assertThat(c.text().split(" ")).hasSizeLessThanOrEqualTo(32);
        });
        assertThat(String.join(" ", chunks.stream().map(Chunk::text).toList())).isEqualTo(text);
    }

    @Test
    void every_version_is_chunked_and_numbered_separately() {
        List<Chunk> chunks = new Chunker(300).chunks(paper(null, "Version one text.", "Version two text."));

        assertThat(chunks)
                .extracting(Chunk::version, Chunk::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 0));
    }

    @Test
    void a_tiny_chunk_size_is_refused_with_the_value() {
        assertThatThrownBy(() -> new Chunker(3)).hasMessage("illegal chunk size: 3 words, must be at least 16");
    }
}

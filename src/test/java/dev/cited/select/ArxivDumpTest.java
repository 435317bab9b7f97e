package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Off-collection questions and samples drawn from a small dump in the arXiv dump's format. */
class ArxivDumpTest {

    @TempDir
    Path dir;

    private Path dump() throws IOException {
        List<String> lines = new ArrayList<>();
        String[][] papers = {
            {"2501.00001", "cs.CL", "A language model paper"},
            {"2501.00002", "cs.RO", "Grasping with soft robot hands"},
            {"2501.00003", "cs.RO\", \"cs.LG", "Learned robot control"},
            {"2501.00004", "cs.GR", "Rendering glossy scenes"},
            {"2501.00005", "cs.DB", "Query optimisation for column stores"},
            {"2501.00006", "cs.GR", "Mesh simplification at scale"},
            {"2501.00007", "cs.CV", "Segmenting cells in microscopy"}
        };
        for (String[] p : papers) {
            lines.add("{\"id\": \"" + p[0] + "\", \"title\": \"" + p[2] + "\", \"abstract\": \"We study " + p[2]
                    + ".\\nIt works well. Results improve.\", \"categories\": [\"" + p[1] + "\"]}");
        }
        Path file = dir.resolve("dump.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void off_collection_questions_come_from_fields_the_bundled_corpus_lacks_alternating_title_and_first_sentence()
            throws IOException {
        ArxivDump dump = ArxivDump.read(dump());

        List<LabelledQuestion> off = dump.offCollection(10, 13, Set.of("Query optimisation for column stores"));

        assertThat(off)
                .extracting(LabelledQuestion::id)
                .containsExactlyInAnyOrder(
                        "offgen-2501.00002", "offgen-2501.00004", "offgen-2501.00006", "offgen-2501.00007");
        assertThat(off).noneMatch(LabelledQuestion::answerable).noneMatch(LabelledQuestion::heldout);
        assertThat(off.get(0).question()).doesNotStartWith("We study");
        assertThat(off.get(1).question()).startsWith("We study").endsWith(".");
        assertThat(off).extracting(LabelledQuestion::question).noneMatch(q -> q.contains("\n"));
    }

    @Test
    void the_same_seed_draws_the_same_questions_and_another_seed_may_not() throws IOException {
        ArxivDump dump = ArxivDump.read(dump());

        List<String> first = dump.offCollection(3, 7, Set.of()).stream()
                .map(LabelledQuestion::id)
                .toList();
        List<String> again = dump.offCollection(3, 7, Set.of()).stream()
                .map(LabelledQuestion::id)
                .toList();

        assertThat(again).isEqualTo(first);
        assertThat(java.util.stream.LongStream.of(1, 99_991, 7_777_777, 123_456_789, 987_654_321_987L)
                        .mapToObj(seed -> dump.offCollection(3, seed, Set.of()).stream()
                                .map(LabelledQuestion::id)
                                .toList())
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }

    @Test
    void a_sample_holds_the_kept_papers_and_the_drawn_others_and_is_not_rewritten_when_unchanged() throws IOException {
        ArxivDump dump = ArxivDump.read(dump());
        Path sample = dir.resolve("out/sample.jsonl");

        int papers = dump.writeSample(Set.of("2501.00001", "2501.00005"), 2, 13, sample);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(sample, written);
        dump.writeSample(Set.of("2501.00001", "2501.00005"), 2, 13, sample);

        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        assertThat(papers).isEqualTo(4);
        assertThat(lines).hasSize(4).anyMatch(l -> l.contains("2501.00001")).anyMatch(l -> l.contains("2501.00005"));
        assertThat(Files.getLastModifiedTime(sample)).isEqualTo(written);
        assertThat(ArxivDump.read(sample).offCollection(10, 1, Set.of())).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void a_sample_of_papers_the_dump_lacks_is_refused_by_id() throws IOException {
        ArxivDump dump = ArxivDump.read(dump());

        assertThatThrownBy(() -> dump.writeSample(Set.of("2501.99999"), 1, 13, dir.resolve("s.jsonl")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2501.99999");
    }
}

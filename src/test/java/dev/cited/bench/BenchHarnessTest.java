package dev.cited.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchHarnessTest {

    @TempDir
    Path dir;

    @Test
    void the_corpus_editor_rewords_one_abstract_in_a_hundred_spread_over_the_files() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : List.of("a.jsonl", "b.jsonl")) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                lines.add(String.format(
                        Locale.ROOT,
                        "{\"_id\":\"%s%d\",\"title\":\"T\",\"text\":\"Abstract number %d.\"}",
                        name,
                        i,
                        i));
            }
            Files.write(corpus.resolve(name), lines, StandardCharsets.UTF_8);
        }

        int edited = CorpusEditor.copyWithEdits(List.of(corpus), dir.resolve("copy"));

        assertThat(edited).isEqualTo(3);
        List<String> a = Files.readAllLines(dir.resolve("copy/000-a.jsonl"));
        List<String> b = Files.readAllLines(dir.resolve("copy/001-b.jsonl"));
        assertThat(a).hasSize(150);
        assertThat(a.stream().filter(l -> l.contains("measure incremental rebuilds")))
                .hasSize(2);
        assertThat(b.stream().filter(l -> l.contains("measure incremental rebuilds")))
                .hasSize(1);
    }

    @Test
    void a_report_section_replaces_the_earlier_run_of_the_same_name_and_keeps_the_rest() throws IOException {
        Path file = dir.resolve("BENCHMARKS.md");
        Files.writeString(file, "# Benchmarks\n\nHand-written notes.\n");

        BenchReport.write(file, "scifact", "first run\n");
        BenchReport.write(file, "bundled", "bundled run\n");
        BenchReport.write(file, "scifact", "second run\n");

        assertThat(Files.readString(file)).isEqualTo("""
                # Benchmarks

                Hand-written notes.

                <!-- bench:scifact -->
                second run
                <!-- /bench:scifact -->

                <!-- bench:bundled -->
                bundled run
                <!-- /bench:bundled -->
                """);
    }

    @Test
    void cited_bench_measures_the_bundled_corpus_and_writes_its_section() throws IOException {
        Path report = dir.resolve("BENCHMARKS.md");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "bench",
                "--limit",
                "3",
                "--raw-sample",
                "16",
                "--output",
                report.toString(),
                "--json");

        assertThat(exit).as(err.toString()).isZero();
        String md = Files.readString(report);
        assertThat(md)
                .contains(
                        "<!-- bench:bundled -->",
                        "### bundled: 28 papers, 30 chunks",
                        "Command: `./cited bench --limit 3 --raw-sample 16",
                        "| fresh build, end to end | ",
                        "| search | 1 | 3 |",
                        "| ask | 8 | 3 |")
                .containsPattern("\\(1 records edited, 1 chunks and [1-9][0-9]* sentences embedded\\)");
        assertThat(out.toString())
                .contains("\"raw_chunks_per_s\"", "\"raw_sentences_per_s\"", "\"overhead_pct\"")
                .as("--json: standard out is one JSON document; the Markdown report goes to standard error")
                .startsWith("{")
                .doesNotContain("### bundled");
        assertThat(new ObjectMapper().readTree(out.toString()).isObject()).isTrue();
        assertThat(err.toString()).contains("### bundled: 28 papers, 30 chunks");
    }
}

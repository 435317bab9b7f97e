package dev.cited.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReadersTest {

    @TempDir
    Path dir;

    @Test
    void arxiv_metadata_is_read_from_gzip_and_a_malformed_line_is_reported_by_line() throws IOException {
        Path file = dir.resolve("papers.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(String.join(
                            "\n",
                            "{\"id\": \"2401.05566v2\", \"title\": \"Sleeper Agents\", \"abstract\": \"We train\\nbackdoored models.\","
                                    + " \"authors\": [\"E. Hubinger\", \"C. Denison\"], \"categories\": \"cs.CR cs.AI\", \"comment\": \"70 pages\"}",
                            "{\"id\": \"2310.13548\", \"title\": broken",
                            "{\"id\": \"2310.13798\", \"title\": \"Principles\"}",
                            "{\"id\": \"2212.08073\", \"title\": \"Constitutional AI\", \"abstract\": \"We train a harmless assistant.\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }

        Corpus corpus = new CorpusLoader(null).load(List.of(file));

        assertThat(corpus.papers()).extracting(Paper::id).containsExactly("2212.08073", "2401.05566");
        Paper sleeper = corpus.paper("2401.05566").orElseThrow();
        assertThat(sleeper.title()).isEqualTo("Sleeper Agents");
        assertThat(sleeper.firstVersion().text()).isEqualTo("We train backdoored models.");
        assertThat(sleeper.authors()).containsExactly("E. Hubinger", "C. Denison");
        assertThat(sleeper.categories()).containsExactly("cs.CR", "cs.AI");
        assertThat(sleeper.comments()).containsExactly("70 pages");
        assertThat(sleeper.url()).isEqualTo("https://arxiv.org/abs/2401.05566");
        assertThat(corpus.report().problems())
                .extracting(IngestProblem::toString)
                .satisfiesExactly(
                        p -> assertThat(p).startsWith(file + ":2: malformed JSON"),
                        p -> assertThat(p).isEqualTo(file + ":3: missing field 'abstract'"));
    }

    @Test
    void beir_corpus_keeps_its_ids_and_reports_records_without_one() throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"_id\": \"4983\", \"title\": \"White matter\", \"text\": \"Diffusion imaging of newborns.\"}",
                        "{\"title\": \"No id\", \"text\": \"Lost.\"}",
                        "{\"_id\": \"5836\", \"text\": 12}",
                        "{\"_id\": \"77\", \"title\": \"Same text, other id\", \"text\": \"Diffusion imaging of newborns.\"}"));

        Corpus corpus = new CorpusLoader(null).load(List.of(file));

        assertThat(corpus.papers()).extracting(Paper::id).containsExactly("4983", "5836", "77");
        assertThat(corpus.report().problems())
                .extracting(IngestProblem::toString)
                .containsExactly(file + ":2: missing field '_id'");
        assertThat(corpus.report().duplicatesMerged()).isZero();
    }

    @Test
    void an_unrecognisable_json_file_is_reported_and_the_rest_still_ingests() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"_id\": \"1\", \"text\": \"Some text.\"}\n");
        Files.writeString(dir.resolve("b.jsonl"), "{\"name\": \"not a paper\"}\n");

        Corpus corpus = new CorpusLoader(null).load(List.of(dir));

        assertThat(corpus.papers()).extracting(Paper::id).containsExactly("1");
        assertThat(corpus.report().problems())
                .singleElement()
                .asString()
                .contains("b.jsonl")
                .contains("cannot tell the format");
    }
}

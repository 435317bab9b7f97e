package dev.cited.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog's URLs (issue 15, item 5): only http(s) is accepted, the rest is reported by file and entry. */
class CatalogUrlTest {

    @TempDir
    Path dir;

    @Test
    void a_catalog_url_that_is_not_http_is_reported_with_file_and_entry_and_the_rest_still_loads() throws IOException {
        Files.writeString(
                dir.resolve("papers.jsonl"),
                String.join(
                        "\n",
                        "{\"id\": \"2401.05566\", \"title\": \"raw\", \"abstract\": \"We train backdoored models.\"}",
                        "{\"id\": \"2310.13548\", \"title\": \"raw\", \"abstract\": \"Sycophancy is common.\"}",
                        "{\"id\": \"2212.08073\", \"title\": \"raw\", \"abstract\": \"We train a harmless assistant.\"}"));
        Path catalog = dir.resolve(Catalog.FILE_NAME);
        Files.writeString(catalog, """
                [
                  {"arxiv_id": "2401.05566", "title": "Sleeper Agents <img src=x onerror=alert(1)>", "year": 2024,
                   "url": "javascript:alert(document.cookie)"},
                  {"arxiv_id": "2310.13548", "title": "Towards Understanding Sycophancy", "year": 2023,
                   "url": "https://arxiv.org/abs/2310.13548"},
                  {"title": "Constitutional AI", "opening": "We train a harmless assistant", "url": "data:text/html,<b>x</b>"}
                ]
                """);

        Corpus corpus = new CorpusLoader(null).load(List.of(dir));

        assertThat(corpus.papers()).hasSize(3);
        Paper sleeper = corpus.paper("2401.05566").orElseThrow();
        assertThat(sleeper.title()).isEqualTo("Sleeper Agents <img src=x onerror=alert(1)>");
        assertThat(sleeper.url()).isEqualTo("https://arxiv.org/abs/2401.05566");
        assertThat(corpus.paper("2310.13548").orElseThrow().url()).isEqualTo("https://arxiv.org/abs/2310.13548");
        assertThat(corpus.papers()).extracting(Paper::url).noneMatch(u -> u != null && !u.startsWith("https://"));
        assertThat(corpus.report().problems())
                .extracting(IngestProblem::toString)
                .containsExactly(
                        catalog + ": entry 1 (arxiv_id 2401.05566): url 'javascript:alert(document.cookie)' is not an"
                                + " http or https URL; the entry is kept without it",
                        catalog + ": entry 3 (title 'Constitutional AI'): url 'data:text/html,<b>x</b>' is not an"
                                + " http or https URL; the entry is kept without it");
        assertThat(corpus.report().lines()).anySatisfy(l -> assertThat(l).contains("javascript:alert"));
    }
}

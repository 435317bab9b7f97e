package dev.cited.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled corpus in {@code index/}: every quirk of the scraped dumps handled. */
class BundledCorpusTest {

    private static Corpus corpus;

    @BeforeAll
    static void load() throws IOException {
        corpus = new CorpusLoader(null).load(List.of(Path.of("index")));
    }

    private static Paper paper(String id) {
        return corpus.paper(id).orElseThrow(() -> new AssertionError("no paper " + id));
    }

    @Test
    void holds_28_distinct_papers_two_of_them_in_two_versions() {
        assertThat(corpus.papers()).hasSize(28);
        assertThat(corpus.papers())
                .filteredOn(p -> p.versions().size() > 1)
                .extracting(Paper::id)
                .containsExactlyInAnyOrder("2310.13548", "2401.05566");
        assertThat(corpus.report().versions()).isEqualTo(30);
        assertThat(corpus.report().duplicatesMerged()).isEqualTo(16);
    }

    @Test
    void trailing_arxiv_ids_go_to_the_abstract_before_them() {
        assertThat(paper("2401.05566").title()).startsWith("Sleeper Agents");
        assertThat(paper("2401.05566").versions())
                .allSatisfy(v -> assertThat(v.text()).startsWith("Humans are capable"));
        assertThat(paper("2310.13548").title()).isEqualTo("Towards Understanding Sycophancy in Language Models");
        assertThat(paper("2310.13548").versions())
                .extracting(PaperVersion::text)
                .anySatisfy(t -> assertThat(t).startsWith("Reinforcement learning from human feedback (RLHF)"));
        assertThat(paper("2211.05100").firstVersion().text())
                .startsWith("Large language models (LLMs) have been shown");
        assertThat(paper("2002.05317").firstVersion().text())
                .startsWith("In this work, we generalize the graph-theoretic");
    }

    @Test
    void comment_lines_are_metadata_of_their_paper() {
        assertThat(paper("2310.13548").comments()).containsExactly("32 pages, 20 figures");
        assertThat(paper("2307.11768").links())
                .contains("https://github.com/anthropics/DecompositionFaithfulnessPaper");
        assertThat(paper("2206.10482").comments()).containsExactly("84 pages, 7 figures");
        assertThat(paper("2211.05100").comments()).isEmpty();
        assertThat(corpus.papers())
                .allSatisfy(p -> p.versions().forEach(v -> assertThat(v.text()).doesNotContain("pages,")));
    }

    @Test
    void the_lone_name_is_skipped_and_reported_where_it_is() {
        assertThat(corpus.report().problems())
                .singleElement()
                .asString()
                .contains("001_b8d5aeb820a8726d.txt:1")
                .contains("Shammie");
    }

    @Test
    void latex_residue_is_cleaned_from_display_text_and_the_url_kept() {
        Paper deepChrome = corpus.papers().stream()
                .filter(p -> p.firstVersion().text().startsWith("Histone modifications"))
                .findFirst()
                .orElseThrow();
        assertThat(deepChrome.firstVersion().text())
                .doesNotContain("\\")
                .endsWith("(github.com/ssss1029/gene_expression_294).");
        assertThat(deepChrome.links()).contains("github.com/ssss1029/gene_expression_294");
    }

    @Test
    void the_catalog_names_every_paper_and_never_guesses() {
        assertThat(corpus.papers()).allSatisfy(p -> {
            assertThat(p.arxivId()).isEqualTo(p.id());
            assertThat(p.title()).isNotBlank();
            assertThat(p.url()).isEqualTo("https://arxiv.org/abs/" + p.arxivId());
        });
        assertThat(corpus.papers())
                .extracting(Paper::title)
                .contains("The AI Index 2021 Annual Report", "The AI Index 2022 Annual Report");
    }

    @Test
    void without_a_catalog_papers_get_stable_content_ids_and_readable_labels(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("index", "004_0f2aee9a697d8547.txt"), dir.resolve("dump.txt"));

        Corpus first = new CorpusLoader(null).load(List.of(dir));
        Corpus again = new CorpusLoader(null).load(List.of(dir));

        assertThat(first.papers()).hasSize(6).allSatisfy(p -> {
            assertThat(p.id()).matches("doc-[0-9a-f]{10}");
            assertThat(p.title()).isNull();
            assertThat(p.label()).endsWith("…").doesNotContain("Abstract:");
        });
        assertThat(first.papers())
                .extracting(Paper::id)
                .isEqualTo(again.papers().stream().map(Paper::id).toList());
        assertThat(first.papers()).extracting(Paper::label).contains("Welcome to the fifth edition of the AI…");
    }
}

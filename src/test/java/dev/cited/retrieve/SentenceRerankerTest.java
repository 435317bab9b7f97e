package dev.cited.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.index.IndexSettings;
import dev.cited.index.IndexStore;
import dev.cited.index.PaperIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-ranking by sentence evidence over a small fixture indexed with the real model: one paper
 * states the claim in a single sentence among unrelated ones, another talks around every word of
 * it without stating it.
 */
class SentenceRerankerTest extends RetrieverContractTest {

    private static final String CLAIM = "Vitamin D supplements reduce hip fractures in elderly women.";
    private static final String ONE_SENTENCE = "one-sentence";
    private static final String DIFFUSE = "diffuse";

    private static final List<Map<String, String>> PAPERS = List.of(
            Map.of(
                    "_id",
                    ONE_SENTENCE,
                    "title",
                    "Outcomes of a multi-arm community health trial in older women",
                    "text",
                    "We ran a community health trial with six arms in twelve towns. Walking groups improved"
                            + " self-reported mood. In the supplement arm, vitamin D reduced hip fractures in"
                            + " elderly women by a third. Dropout was highest in the smoking cessation arm."),
            Map.of(
                    "_id",
                    DIFFUSE,
                    "title",
                    "Vitamin D and hip fractures in elderly women in nursing homes",
                    "text",
                    "We surveyed elderly women living in nursing homes. Most of them took vitamin D"
                            + " supplements. Some had broken a hip in the past. Supplement use differed by"
                            + " region."),
            Map.of(
                    "_id",
                    "cardio",
                    "title",
                    "Statins and cardiovascular events",
                    "text",
                    "Statin therapy lowered cardiovascular events in adults with high cholesterol."
                            + " Muscle pain was the most frequent side effect."),
            Map.of(
                    "_id",
                    "sleep",
                    "title",
                    "Sleep duration in adolescents",
                    "text",
                    "Adolescents who used phones at night slept less. Shorter sleep predicted lower grades."),
            Map.of(
                    "_id",
                    "bone",
                    "title",
                    "Bone density after menopause",
                    "text",
                    "Bone mineral density fell fastest in the first years after menopause. Exercise slowed the"
                            + " loss in some women."),
            Map.of(
                    "_id",
                    "diet",
                    "title",
                    "Dietary calcium intake in older adults",
                    "text",
                    "Older adults rarely met the recommended calcium intake. Dairy was the main source."));

    @TempDir
    static Path dir;

    private static EmbeddedBackend backend;

    @BeforeAll
    static void index() throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Map<String, String> p : PAPERS) {
            lines.add(json.writeValueAsString(p));
        }
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        IndexStore store = new IndexStore(dir.resolve("index"));
        store.build(
                List.of(corpus),
                null,
                IndexSettings.defaults(),
                BundledIndex.get().embedder,
                new PrintWriter(new StringWriter()),
                false);
        backend = new EmbeddedBackend(PaperIndex.open(store.current().orElseThrow()), BundledIndex.get().embedder, dir);
    }

    @AfterAll
    static void close() throws IOException {
        backend.close();
    }

    private static Retriever hybrid(RetrieverSettings.Rerank rerank) {
        RetrieverSettings d = RetrieverSettings.defaults();
        return backend.retriever(new RetrieverSettings(d.kind(), d.fusion(), d.k1(), d.b(), rerank));
    }

    @Override
    Retriever retriever() {
        RetrieverSettings d = RetrieverSettings.defaults();
        return BundledIndex.get()
                .backend
                .retriever(
                        new RetrieverSettings(d.kind(), d.fusion(), d.k1(), d.b(), RetrieverSettings.Rerank.SENTENCES));
    }

    @Test
    void the_paper_stating_the_claim_in_one_sentence_moves_above_the_one_that_only_talks_around_it()
            throws IOException {
        List<String> fused = ids(hybrid(RetrieverSettings.Rerank.NONE).search(CLAIM, 6));
        List<String> reranked = ids(hybrid(RetrieverSettings.Rerank.SENTENCES).search(CLAIM, 6));

        assertThat(fused.indexOf(DIFFUSE)).isLessThan(fused.indexOf(ONE_SENTENCE));
        assertThat(reranked.indexOf(ONE_SENTENCE))
                .as(hybrid(RetrieverSettings.Rerank.SENTENCES).search(CLAIM, 6).toString())
                .isLessThan(reranked.indexOf(DIFFUSE));
    }

    @Test
    void the_breakdown_names_the_best_sentence_and_its_cosine() throws IOException {
        PaperHit hit = hybrid(RetrieverSettings.Rerank.SENTENCES).search(CLAIM, 6).stream()
                .filter(h -> h.paperId().equals(ONE_SENTENCE))
                .findFirst()
                .orElseThrow();

        assertThat(hit.scores().bestSentence())
                .isEqualTo("In the supplement arm, vitamin D reduced hip fractures in elderly women by a third.");
        assertThat(hit.scores().sentence()).isBetween(0.5f, 1f);
        assertThat(hit.scores().vector()).isLessThan(hit.scores().sentence());
    }

    @Test
    void without_re_ranking_the_breakdown_has_no_sentence() throws IOException {
        ScoreBreakdown s = hybrid(RetrieverSettings.Rerank.NONE)
                .search(CLAIM, 1)
                .getFirst()
                .scores();

        assertThat(s.sentence()).isNull();
        assertThat(s.bestSentence()).isNull();
    }

    @Test
    void the_name_says_the_fused_ranking_is_re_ranked_by_sentences() {
        assertThat(hybrid(RetrieverSettings.Rerank.SENTENCES).name()).isEqualTo("hybrid(convex:0.60)+sentences");
        assertThat(hybrid(RetrieverSettings.Rerank.NONE).name()).isEqualTo("hybrid(convex:0.60)");
    }

    @Test
    void the_re_ranking_option_is_parsed_in_any_case_and_an_unknown_one_is_refused_naming_it() {
        assertThat(RetrieverSettings.Rerank.parse(" Sentences ")).isEqualTo(RetrieverSettings.Rerank.SENTENCES);
        assertThat(RetrieverSettings.Rerank.parse("none")).isEqualTo(RetrieverSettings.Rerank.NONE);
        assertThat(RetrieverSettings.defaults().rerank()).isEqualTo(RetrieverSettings.Rerank.NONE);
        assertThatThrownBy(() -> RetrieverSettings.Rerank.parse("cross-encoder"))
                .hasMessage("unknown re-ranking 'cross-encoder', expected none or sentences");
    }

    private static List<String> ids(List<PaperHit> hits) {
        return hits.stream().map(PaperHit::paperId).toList();
    }
}

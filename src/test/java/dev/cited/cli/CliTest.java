package dev.cited.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code cited} command line, run in-process with real components. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX =
            Path.of("target", "test-indexes", "bundled").toString();

    record Run(int exit, String out, String err) {}

    static Run cited(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void index() {
        BundledIndex.get();
        System.setProperty("cited.home", Path.of("").toAbsolutePath().toString());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void ask_json_prints_exactly_one_object_in_the_documented_shape() throws Exception {
        Run r = cited("ask", "--json", "--index", INDEX, "Does adversarial training remove backdoors?");

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode a = JSON.readTree(r.out());
        assertThat(fields(a))
                .containsExactly(
                        "question",
                        "answer",
                        "abstained",
                        "outcome",
                        "citations",
                        "sources",
                        "warnings",
                        "model",
                        "timings_ms");
        assertThat(fields(a.get("outcome"))).containsExactly("status", "answered_by", "closest", "fallbacks");
        assertThat(a.get("outcome").get("status").asText()).isEqualTo("answered");
        assertThat(a.get("model").asText()).isEqualTo("extractive");
        assertThat(fields(a.get("citations").get(0)))
                .containsExactly("n", "paper_id", "arxiv_id", "title", "version", "quote");
        assertThat(fields(a.get("sources").get(0)))
                .contains("n", "paper_id", "arxiv_id", "title", "url", "text", "score", "scores", "cited_versions");
        assertThat(fields(a.get("sources").get(0).get("scores"))).containsExactly("bm25", "vector", "fused");
        assertThat(fields(a.get("timings_ms"))).containsExactly("retrieve", "answer", "total");
        assertThat(a.get("citations").get(0).get("arxiv_id").asText()).isEqualTo("2401.05566");
    }

    @Test
    void search_json_ranks_papers_with_their_score_breakdown() throws Exception {
        Run r = cited("search", "--json", "-k", "3", "--index", INDEX, "influence functions");

        JsonNode s = JSON.readTree(r.out());
        assertThat(s.get("query").asText()).isEqualTo("influence functions");
        assertThat(s.get("results")).hasSize(3);
        assertThat(fields(s.get("results").get(0)))
                .containsExactly(
                        "rank", "paper_id", "arxiv_id", "title", "label", "version", "text", "score", "scores");
        assertThat(s.get("results").get(0).get("paper_id").asText()).isEqualTo("2308.03296");
    }

    @Test
    void human_output_lists_the_cited_papers_with_their_quotes() {
        Run r = cited("ask", "--index", INDEX, "What corpus was BLOOM trained on?");

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("[1] BLOOM: A 176B-Parameter Open-Access Multilingual Language Model (2022)")
                .contains("https://arxiv.org/abs/2211.05100")
                .contains("ROOTS corpus");
    }

    @Test
    void bad_input_is_an_error_on_stderr_with_a_nonzero_exit() {
        Run empty = cited("ask", "--index", INDEX, "   ");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("cited: question is empty");
        assertThat(empty.out()).isEmpty();

        Run missing = cited("search", "--corpus", "no/such/folder", "--index", INDEX + "-missing", "q");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no/such/folder");

        Run badK = cited("search", "-k", "0", "--index", INDEX, "q");
        assertThat(badK.exit()).isEqualTo(2);
        assertThat(badK.err()).contains("illegal k: 0");
    }

    @Test
    void serve_refuses_a_public_url_or_allowed_origin_that_is_not_an_http_origin_before_starting() {
        Run origin = cited("serve", "--index", INDEX, "--port", "0", "--allow-origin", "https://app.example.org/page");
        Run publicUrl = cited("serve", "--index", INDEX, "--port", "0", "--public-url", "javascript:alert(1)");

        assertThat(origin.exit()).isEqualTo(2);
        assertThat(origin.err()).contains("allowed origin must be scheme://host[:port]");
        assertThat(publicUrl.exit()).isEqualTo(2);
        assertThat(publicUrl.err()).contains("public URL must be an absolute http or https URL");
    }

    @Test
    void eval_beir_prints_ndcg_and_recall_for_the_judged_queries(@TempDir Path dir) throws Exception {
        Path beir = Path.of("src", "test", "resources", "beir-tiny");
        Run r = cited(
                "eval",
                "beir",
                "--json",
                "--no-progress",
                "--corpus",
                beir.resolve("corpus.jsonl").toString(),
                "--index",
                dir.resolve("idx").toString(),
                "--queries",
                beir.resolve("queries.jsonl").toString(),
                "--qrels",
                beir.resolve("qrels/test.tsv").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = JSON.readTree(r.out());
        assertThat(fields(m)).containsExactly("ndcg@10", "recall@10", "recall@100", "queries");
        assertThat(m.get("queries").asInt()).isEqualTo(2);
        assertThat(m.get("ndcg@10").asDouble()).isEqualTo(1.0);
        assertThat(m.get("recall@100").asDouble()).isEqualTo(1.0);
    }

    @Test
    void eval_beir_evaluates_only_the_listed_queries_and_re_ranks_on_request(@TempDir Path dir) throws Exception {
        Path beir = Path.of("src", "test", "resources", "beir-tiny");
        Path ids = Files.writeString(dir.resolve("ids.txt"), "# only the caffeine claim\n2\n", StandardCharsets.UTF_8);
        Run r = cited(
                "eval",
                "beir",
                "--json",
                "--no-progress",
                "--rerank",
                "sentences",
                "--query-ids",
                ids.toString(),
                "--corpus",
                beir.resolve("corpus.jsonl").toString(),
                "--index",
                dir.resolve("idx").toString(),
                "--queries",
                beir.resolve("queries.jsonl").toString(),
                "--qrels",
                beir.resolve("qrels/test.tsv").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode m = JSON.readTree(r.out());
        assertThat(m.get("queries").asInt()).isEqualTo(1);
        assertThat(m.get("ndcg@10").asDouble()).isEqualTo(1.0);
    }

    static Stream<List<String>> jsonCommands() {
        Path beir = Path.of("src", "test", "resources", "beir-tiny");
        return Stream.of(
                List.of("index", "--json", "--index", INDEX),
                List.of("models", "--json"),
                List.of("search", "--json", "--index", INDEX, "influence functions"),
                List.of("ask", "--json", "--index", INDEX, "What corpus was BLOOM trained on?"),
                List.of("ask", "--json", "--stream", "--index", INDEX, "What corpus was BLOOM trained on?"),
                List.of(
                        "eval",
                        "questions",
                        "--json",
                        "--index",
                        INDEX,
                        "src/test/resources/eval/bundled-questions.jsonl"),
                List.of(
                        "eval",
                        "citations",
                        "--json",
                        "--split",
                        "heldout",
                        "src/test/resources/citations/bundled.jsonl"),
                List.of(
                        "eval",
                        "beir",
                        "--json",
                        "--no-progress",
                        "--corpus",
                        beir.resolve("corpus.jsonl").toString(),
                        "--index",
                        Path.of("target", "test-indexes", "beir-tiny-json").toString(),
                        "--queries",
                        beir.resolve("queries.jsonl").toString(),
                        "--qrels",
                        beir.resolve("qrels/test.tsv").toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonCommands")
    void json_output_is_exactly_one_json_document_on_standard_output(List<String> args) throws Exception {
        Run r = cited(args.toArray(String[]::new));

        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(r.out())) {
            it.forEachRemaining(documents::add);
        }
        assertThat(documents).as(r.out()).hasSize(1);
        assertThat(documents.getFirst().isObject()).isTrue();
    }

    @Test
    void eval_citations_prints_a_table_per_style_and_split_and_the_misses() {
        Run r = cited("eval", "citations", "src/test/resources/citations/bundled.jsonl");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("bundled.jsonl: 56 labelled answers, split all")
                .contains("bundled  careful")
                .contains("bundled  all       heldout")
                .contains("faults shown with a citation, by kind (bundled): ")
                .contains("misses:");
    }

    @Test
    void eval_citations_names_the_record_and_the_id_a_corpus_lacks() {
        Run r = cited("eval", "citations", "src/test/resources/citations/scifact.jsonl");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("labelled answer scifact-").contains("unknown paper id '");
    }

    @Test
    void index_json_says_whether_it_built_and_carries_the_manifest() throws Exception {
        JsonNode r = JSON.readTree(cited("index", "--json", "--index", INDEX).out());

        assertThat(r.get("built").asBoolean()).isFalse();
        assertThat(r.get("reason").isNull()).isTrue();
        assertThat(r.get("manifest").get("papers").asInt()).isEqualTo(28);
    }

    @Test
    void index_reports_a_current_index_without_rebuilding() {
        Run r = cited("index", "--index", INDEX);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("index is current: 28 papers, 30 versions");
    }

    @Test
    void bench_latency_prints_percentiles_for_search_and_ask_at_two_concurrency_levels() {
        Run r = cited(
                "bench",
                "latency",
                "--index",
                INDEX,
                "--queries",
                "src/test/resources/eval/bundled-questions.jsonl",
                "--limit",
                "9",
                "--concurrency",
                "2");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("| operation | concurrency | queries | p50 ms | p95 ms | p99 ms | throughput (q/s) |")
                .containsPattern("\\| search \\| 1 \\| 9 \\| [0-9.]+ \\|")
                .containsPattern("\\| ask \\| 2 \\| 9 \\|");
        Run tooFew = cited(
                "bench",
                "latency",
                "--index",
                INDEX,
                "--queries",
                "src/test/resources/eval/bundled-questions.jsonl",
                "--limit",
                "100");
        assertThat(tooFew.exit()).isEqualTo(2);
        assertThat(tooFew.err()).contains("need 5 x --limit");
    }

    @Test
    void the_hidden_extractive_option_sets_the_extractive_answerer() throws Exception {
        String question = "Does adversarial training remove backdoors?";
        JsonNode strict = JSON.readTree(cited("ask", "--json", "--index", INDEX, "--extractive", "min=1", question)
                .out());
        JsonNode one = JSON.readTree(cited("ask", "--json", "--index", INDEX, "--extractive", "max=1", question)
                .out());
        Run bad = cited("ask", "--index", INDEX, "--extractive", "lexcal=0.4", question);

        assertThat(strict.get("abstained").asBoolean()).isTrue();
        assertThat(one.get("abstained").asBoolean()).isFalse();
        assertThat(one.get("citations")).hasSize(1);
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err())
                .contains("unknown extractive setting 'lexcal', expected min, keep, relative, max or answer");
    }
}

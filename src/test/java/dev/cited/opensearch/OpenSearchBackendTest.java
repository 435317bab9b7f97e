package dev.cited.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cited.BundledIndex;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.cli.Main;
import dev.cited.eval.Question;
import dev.cited.index.Embedder;
import dev.cited.index.IndexSettings;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.RetrieverSettings;
import dev.cited.retrieve.SearchBackend;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cited on a real two-node OpenSearch 3.5 cluster (k-NN plugin, Lucene engine) running in its
 * own JVM: the bundled corpus indexed through {@code cited index --backend opensearch}, then
 * searched and answered through the OpenSearch backend and compared with the embedded backend.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchBackendTest {

    private static final String ALIAS = "cited-bundled-it";
    private static OpenSearchTestCluster cluster;
    private static List<Question> questions;

    @TempDir
    static Path localIndex;

    @BeforeAll
    static void startClusterAndIndexTheBundledCorpus() throws IOException {
        cluster = OpenSearchTestCluster.start(2);
        questions = Question.read(Path.of("src/test/resources/eval/bundled-questions.jsonl"));
        // Reuse the bundled test index's vectors: the build below then embeds nothing.
        BundledIndex.get();
        Path cache = Path.of("target", "test-indexes", "bundled", "embeddings");
        Files.createDirectories(localIndex.resolve("embeddings"));
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) {
                Files.copy(
                        f,
                        localIndex.resolve("embeddings").resolve(f.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static String[] cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--backend",
                "opensearch",
                "--opensearch-url",
                cluster.url(),
                "--opensearch-index",
                ALIAS,
                "--index",
                localIndex.toString(),
                "--no-progress"));
        return all.toArray(String[]::new);
    }

    private static String[] run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(expectedExit);
        return new String[] {out.toString(), err.toString()};
    }

    private static OpenSearchClient client() {
        return new OpenSearchClient(cluster.url(), Duration.ofSeconds(30));
    }

    private static RetrieverSettings retriever(String kind) {
        RetrieverSettings d = RetrieverSettings.defaults();
        return new RetrieverSettings(RetrieverSettings.Kind.parse(kind), d.fusion(), d.k1(), d.b());
    }

    @Test
    @Order(1)
    void the_bundled_corpus_is_indexed_into_a_replicated_index_on_both_nodes() throws IOException {
        String[] io = run(0, cli("index"));

        assertThat(io[0])
                .contains("indexed 28 papers, 30 versions")
                .contains("30 chunks (0 embedded, 30 from cache)")
                .containsPattern("[1-9][0-9]* sentences \\(0 embedded, [1-9][0-9]* from cache\\)")
                .contains(cluster.url() + "/" + ALIAS);
        try (OpenSearchClient client = client()) {
            JsonNode health = client.send("GET", "/_cluster/health/" + ALIAS, null);
            assertThat(health.path("status").asText()).isEqualTo("green");
            assertThat(health.path("number_of_nodes").asInt()).isEqualTo(2);
            JsonNode shards = client.send("GET", "/_cat/shards/" + ALIAS + "?format=json", null);
            assertThat(shards).hasSize(4);
            assertThat(new HashSet<>(shards.findValuesAsText("node"))).hasSize(2);
        }
    }

    @Test
    @Order(2)
    void both_backends_rank_the_same_top_papers_for_every_bundled_question() throws IOException {
        try (OpenSearchBackend remote = OpenSearchBackend.open(client(), ALIAS, BundledIndex.get().embedder)) {
            SearchBackend local = BundledIndex.get().backend;
            for (String kind : List.of("bm25", "dense", "hybrid")) {
                Retriever embedded = local.retriever(retriever(kind));
                Retriever opensearch = remote.retriever(retriever(kind));
                for (Question q : questions) {
                    assertThat(ids(opensearch.search(q.question(), 5)))
                            .as("%s top 5 for %s", kind, q.id())
                            .isEqualTo(ids(embedded.search(q.question(), 5)));
                }
            }
        }
    }

    @Test
    @Order(3)
    void both_backends_give_the_same_answers_and_citations_from_the_sentence_vectors_stored_at_index_time()
            throws IOException {
        try (Embedder embedder = new Embedder(IndexSettings.defaults().model());
                OpenSearchBackend remote = OpenSearchBackend.open(client(), ALIAS, embedder)) {
            AnswerService overOpenSearch = answers(remote, embedder);
            // the OpenSearch backend has no collection term statistics, so the extractive answerer
            // weighs terms over the sources at hand: compare with the embedded backend doing the same
            SearchBackend local = BundledIndex.get().backend;
            SearchBackend withoutStatistics = new SearchBackend() {
                @Override
                public Retriever retriever(RetrieverSettings options) {
                    return local.retriever(options);
                }

                @Override
                public String location() {
                    return local.location();
                }

                @Override
                public java.util.Optional<dev.cited.ingest.Paper> paper(String id) throws IOException {
                    return local.paper(id);
                }

                @Override
                public int paperCount() {
                    return local.paperCount();
                }

                @Override
                public dev.cited.index.IndexManifest manifest() {
                    return local.manifest();
                }

                @Override
                public void close() {}
            };
            AnswerService embedded = Cited.over(BundledIndex.settings(), BundledIndex.get().embedder, withoutStatistics)
                    .answers(ConversationStore.inMemory());
            for (Question q : questions) {
                Answer a = overOpenSearch.ask(AskRequest.of(q.question()));
                Answer b = embedded.ask(AskRequest.of(q.question()));
                assertThat(a.answer()).as(q.id()).isEqualTo(b.answer());
                assertThat(a.citations()).as(q.id()).isEqualTo(b.citations());
                assertThat(a.abstained()).as(q.id()).isEqualTo(b.abstained());
            }
            assertThat(embedder.passagesEmbedded())
                    .as("sentences embedded at question time")
                    .isZero();
        }
    }

    @Test
    @Order(4)
    void an_unchanged_corpus_is_not_reindexed_and_a_forced_rebuild_replaces_the_index_behind_the_alias()
            throws IOException {
        assertThat(run(0, cli("index"))[0]).startsWith("index is current: 28 papers");
        String before;
        try (OpenSearchClient client = client()) {
            before = client.send("GET", "/_alias/" + ALIAS, null).fieldNames().next();
        }

        run(0, cli("index", "--force"));

        try (OpenSearchClient client = client()) {
            String after =
                    client.send("GET", "/_alias/" + ALIAS, null).fieldNames().next();
            assertThat(after).isNotEqualTo(before);
            assertThat(client.exists("/" + before)).isFalse();
        }
        String[] io = run(0, cli("search", "backdoor attacks on code models", "-k", "3", "--json"));
        assertThat(io[0]).contains("\"rank\":1");
    }

    @Test
    @Order(5)
    void an_index_not_made_by_cited_is_refused_with_its_name() throws IOException {
        try (OpenSearchClient client = client()) {
            client.send("PUT", "/plain-papers", "{\"mappings\":{\"properties\":{\"text\":{\"type\":\"text\"}}}}");
        }
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of(cli("search", "attention")));
        args.set(args.indexOf(ALIAS), "plain-papers");
        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("OpenSearch index 'plain-papers' exists and is not an alias made by Cited");
    }

    @Test
    @Order(6)
    void bm25_parameters_that_the_index_does_not_use_are_refused() {
        String[] io = run(2, cli("search", "attention", "--k1", "1.2"));
        assertThat(io[1]).contains("--k1/--b: the OpenSearch index scores BM25 with the k1 and b it was built with");
    }

    @Test
    @Order(7)
    void asking_against_a_missing_index_builds_it_first() {
        List<String> args = new ArrayList<>(List.of(cli("ask", "What is BLOOM trained on?")));
        args.set(args.indexOf(ALIAS), "cited-built-on-demand");

        String[] io = run(0, args.toArray(String[]::new));

        assertThat(io[1]).contains("building index (no index 'cited-built-on-demand' in " + cluster.url() + ")");
        assertThat(io[0]).contains("ROOTS").contains("[1]");
    }

    private static AnswerService answers(SearchBackend backend, Embedder embedder) throws IOException {
        return Cited.over(BundledIndex.settings(), embedder, backend).answers(ConversationStore.inMemory());
    }

    private static List<String> ids(List<PaperHit> hits) {
        return hits.stream().map(PaperHit::paperId).toList();
    }
}

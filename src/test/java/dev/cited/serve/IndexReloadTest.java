package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.app.BackendSettings;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.app.IndexProvisioner;
import dev.cited.app.ModelSettings;
import dev.cited.history.History;
import dev.cited.history.HistoryDatabase;
import dev.cited.index.IndexSettings;
import dev.cited.retrieve.RetrieverSettings;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running server picks up an index that {@code cited index} rebuilt (issue 15, item 10): the
 * new paper is found without a restart, health names the new generation, and a {@code CURRENT}
 * naming an incomplete generation is not followed.
 */
class IndexReloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private static String paper(String id, String title, String text) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"abstract\": \"" + text + "\"}\n";
    }

    private JsonNode get(String base, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private List<String> found(String base, String query) throws Exception {
        List<String> ids = new ArrayList<>();
        get(base, "/api/v1/search?k=3&q=" + query)
                .get("results")
                .forEach(r -> ids.add(r.get("paper_id").asText()));
        return ids;
    }

    @Test
    void a_running_server_serves_the_generation_a_rebuild_published_without_a_restart() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path papers = corpus.resolve("papers.jsonl");
        Files.writeString(
                papers,
                paper(
                                "2501.00001",
                                "Backdoors",
                                "Backdoored language models keep their triggers after safety training.")
                        + paper(
                                "2501.00002",
                                "Sycophancy",
                                "Assistants agree with users even when the users are wrong.")
                        + paper("2501.00003", "Corpora", "A multilingual corpus of web text trains a large model."));
        CollectionSettings collection =
                new CollectionSettings(List.of(corpus), null, dir.resolve("index"), IndexSettings.defaults(), false);
        CitedSettings settings = new CitedSettings(
                collection,
                BackendSettings.embedded(),
                RetrieverSettings.defaults(),
                ModelSettings.builtIn(),
                Path.of("prompts"));
        PrintWriter quiet = new PrintWriter(new StringWriter());

        try (Cited cited = Cited.open(settings, quiet, true);
                History history = HistoryDatabase.sqlite(dir.resolve("history.sqlite"))) {
            AnswerService answers = cited.answers(ConversationStore.in(history));
            Javalin app = cited.server(
                    answers, cited.models(), new ServerSettings("127.0.0.1", 0, null, null), List.of(), history);
            app.start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                String first = get(base, "/api/v1/health")
                        .get("index")
                        .get("generation")
                        .asText();
                assertThat(found(base, "quokka")).doesNotContain("2501.00004");
                assertThat(get(base, "/api/v1/health").get("papers").asInt()).isEqualTo(3);

                Files.writeString(
                        papers,
                        paper(
                                "2501.00004",
                                "Quokkas",
                                "Quokka populations on Rottnest Island recover after culling stops."),
                        StandardOpenOption.APPEND);
                IndexProvisioner.Refresh rebuilt =
                        new IndexProvisioner(collection, BackendSettings.embedded()).refresh(false, quiet);
                assertThat(rebuilt.built()).isTrue();

                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!found(base, "quokka").contains("2501.00004") && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(found(base, "quokka")).first().isEqualTo("2501.00004");
                JsonNode health = get(base, "/api/v1/health");
                String second = health.get("index").get("generation").asText();
                assertThat(second).isNotEqualTo(first).startsWith("gen-");
                assertThat(health.get("papers").asInt()).isEqualTo(4);
                assertThat(get(base, "/api/v1/papers/2501.00004").get("title").asText())
                        .isEqualTo("Quokkas");

                Path incomplete = Files.createDirectories(dir.resolve("index").resolve("gen-000777"));
                Files.writeString(incomplete.resolve("_0.cfs"), "half written", StandardCharsets.UTF_8);
                Files.writeString(dir.resolve("index").resolve("CURRENT"), "gen-000777\n", StandardCharsets.UTF_8);
                Thread.sleep(1_500);

                assertThat(found(base, "quokka")).first().isEqualTo("2501.00004");
                assertThat(get(base, "/api/v1/health")
                                .get("index")
                                .get("generation")
                                .asText())
                        .isEqualTo(second);
            } finally {
                app.stop();
            }
        }
    }
}

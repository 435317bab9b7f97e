package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.history.ConversationIds;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole {@code cited serve} processes (child JVMs on the test class path) on one database: a turn
 * survives SIGKILL right after it was answered, and two servers on one PostgreSQL see each other's
 * conversations. Slow: each server loads the embedding model and the index.
 */
@Tag("slow")
class ServerProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LISTENING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String INDEX =
            Path.of("target", "test-indexes", "bundled").toString();

    @TempDir
    Path dir;

    @BeforeAll
    static void index() {
        BundledIndex.get();
    }

    /** A running {@code cited serve} child process and its port. */
    record Server(Process process, int port) implements AutoCloseable {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static Server serve(String database, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-modules") || a.startsWith("--enable-native-access"))
                .forEach(cmd::add);
        cmd.addAll(List.of(
                "-Xmx1g",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dcited.home=" + Path.of("").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.cited.cli.Main",
                "serve",
                "--port",
                "0",
                "--index",
                INDEX,
                "--database",
                database));
        Process p = new ProcessBuilder(cmd)
                .redirectError(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                return new Server(p, Integer.parseInt(m.group(1)));
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("cited serve exited before listening; see " + log);
    }

    static HttpResponse<String> send(Server s, String method, String path, String json, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path)))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Cookie", Owners.COOKIE + "=" + cookie);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_turn_answered_just_before_sigkill_is_there_after_a_restart() throws Exception {
        String db = dir.resolve("history.sqlite").toString();
        String cookie = ConversationIds.next();
        String id;
        try (Server first = serve(db, dir.resolve("first.log"))) {
            HttpResponse<String> r = send(
                    first,
                    "POST",
                    "/api/v1/ask",
                    "{\"question\": \"Can safety training remove backdoors from sleeper agents?\"}",
                    cookie);
            first.process().destroyForcibly(); // SIGKILL, the moment the answer arrived
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            id = JSON.readTree(r.body()).get("conversation_id").asText();
            assertThat(first.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        try (Server second = serve(db, dir.resolve("second.log"))) {
            HttpResponse<String> r = send(second, "GET", "/api/v1/conversations/" + id, null, cookie);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).get("turns")).hasSize(1);
        }
    }

    @Test
    void two_servers_on_one_postgresql_see_each_others_conversations() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE shared");
            }
            String db = "postgresql://postgres:postgres@localhost:" + pg.getPort() + "/shared";
            String cookie = ConversationIds.next();
            try (Server a = serve(db, dir.resolve("a.log"));
                    Server b = serve(db, dir.resolve("b.log"))) {
                JsonNode first = JSON.readTree(send(
                                a,
                                "POST",
                                "/api/v1/ask",
                                "{\"question\": \"Can safety training remove backdoors from sleeper agents?\"}",
                                cookie)
                        .body());
                String id = first.get("conversation_id").asText();

                HttpResponse<String> followUp = send(
                        b,
                        "POST",
                        "/api/v1/ask",
                        "{\"question\": \"and did adversarial training help?\", \"conversation_id\": \"" + id + "\"}",
                        cookie);
                assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(200);
                assertThat(JSON.readTree(followUp.body())
                                .get("sources")
                                .get(0)
                                .get("n")
                                .asInt())
                        .isEqualTo(first.get("sources").get(0).get("n").asInt());

                JsonNode onA = JSON.readTree(send(a, "GET", "/api/v1/conversations/" + id, null, cookie)
                        .body());
                assertThat(onA.get("turns")).hasSize(2);
                assertThat(JSON.readTree(send(b, "GET", "/api/v1/conversations", null, cookie)
                                        .body())
                                .get("conversations"))
                        .hasSize(1);
            }
        }
    }
}

package dev.cited.serve;

import static dev.cited.serve.ServerApiTest.sendTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.history.ConversationIds;
import dev.cited.history.NewTurn;
import dev.cited.llm.ModelConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conversation routes over real HTTP, on a server with a real SQLite history, checked against openapi.json. */
class ConversationApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLEEPER = "Can safety training remove backdoors from sleeper agents?";

    private static ServerFixture open;
    private static ServerFixture keyed;

    @BeforeAll
    static void start() {
        open = ServerFixture.start();
        keyed = ServerFixture.withSettings(
                ModelConfig.builtIn(),
                new ServerSettings("127.0.0.1", 0, null, null, Map.of("alice", "alice-token", "bob", "bob-token")),
                answers -> List.of());
    }

    @AfterAll
    static void stop() {
        open.close();
        keyed.close();
    }

    static String[] browser(String cookie) {
        return new String[] {"Cookie", Owners.COOKIE + "=" + cookie};
    }

    static String[] key(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    static HttpResponse<String> call(ServerFixture s, String method, String path, String json, String... headers)
            throws IOException, InterruptedException {
        return sendTo(s, method, path, json == null ? null : "application/json", json, headers);
    }

    static JsonNode ask(ServerFixture s, String question, String conversation, String... headers) throws Exception {
        HttpResponse<String> r = call(
                s,
                "POST",
                "/api/v1/ask",
                JSON.writeValueAsString(
                        conversation == null
                                ? Map.of("question", question)
                                : Map.of("question", question, "conversation_id", conversation)),
                headers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void an_owner_lists_reads_renames_exports_and_deletes_a_conversation() throws Exception {
        String[] me = browser(ConversationIds.next());
        JsonNode first = ask(open, SLEEPER, null, me);
        String id = first.get("conversation_id").asText();
        assertThat(ConversationIds.looksIssued(id)).isTrue();
        ask(open, "and did adversarial training help?", id, me);

        JsonNode list = JSON.readTree(
                call(open, "GET", "/api/v1/conversations", null, me).body());
        assertThat(list.get("conversations")).singleElement().satisfies(c -> {
            assertThat(c.get("id").asText()).isEqualTo(id);
            assertThat(c.get("title").asText()).isEqualTo(SLEEPER);
            assertThat(c.get("turn_count").asInt()).isEqualTo(2);
        });
        assertThat(list.get("next_before").isNull()).isTrue();

        JsonNode read = JSON.readTree(
                call(open, "GET", "/api/v1/conversations/" + id, null, me).body());
        assertThat(read.get("turns")).hasSize(2);
        assertThat(read.get("turns").get(1).get("question").asText()).isEqualTo("and did adversarial training help?");
        assertThat(read.get("turns")
                        .get(0)
                        .get("answer")
                        .get("citations")
                        .get(0)
                        .get("arxiv_id")
                        .asText())
                .isEqualTo("2401.05566");
        assertThat(read.get("turns").get(0).get("answer").get("sources")).isNotEmpty();

        HttpResponse<String> renamed =
                call(open, "PATCH", "/api/v1/conversations/" + id, "{\"title\": \"Sleeper agents\"}", me);
        assertThat(JSON.readTree(renamed.body()).get("title").asText()).isEqualTo("Sleeper agents");

        HttpResponse<String> md =
                call(open, "GET", "/api/v1/conversations/" + id + "/export?format=markdown", null, me);
        assertThat(md.headers().firstValue("content-type").orElseThrow()).startsWith("text/markdown");
        assertThat(md.body())
                .startsWith("# Sleeper agents\n")
                .contains("## 1. " + SLEEPER)
                .contains("## References")
                .contains("[1] ")
                .contains("https://arxiv.org/abs/2401.05566");
        HttpResponse<String> bib = call(open, "GET", "/api/v1/conversations/" + id + "/export?format=bibtex", null, me);
        assertThat(bib.body()).contains("@misc{2401.05566,").contains("eprint = {2401.05566}");
        HttpResponse<String> json = call(open, "GET", "/api/v1/conversations/" + id + "/export?format=json", null, me);
        assertThat(JSON.readTree(json.body()).get("turns")).hasSize(2);
        assertThat(call(open, "GET", "/api/v1/conversations/" + id + "/export?format=pdf", null, me)
                        .statusCode())
                .isEqualTo(400);

        assertThat(call(open, "DELETE", "/api/v1/conversations/" + id, null, me).statusCode())
                .isEqualTo(204);
        assertThat(call(open, "GET", "/api/v1/conversations/" + id, null, me).statusCode())
                .isEqualTo(404);
        assertThat(JSON.readTree(call(open, "GET", "/api/v1/conversations", null, me)
                                .body())
                        .get("conversations"))
                .isEmpty();
    }

    @Test
    void another_owners_id_and_an_unknown_id_are_the_same_404_everywhere() throws Exception {
        String[] alice = browser(ConversationIds.next());
        String[] mallory = browser(ConversationIds.next());
        String id = ask(open, SLEEPER, null, alice).get("conversation_id").asText();

        for (String target : List.of(id, ConversationIds.next())) {
            String base = "/api/v1/conversations/" + target;
            List<HttpResponse<String>> answers = List.of(
                    call(open, "GET", base, null, mallory),
                    call(open, "PATCH", base, "{\"title\": \"mine\"}", mallory),
                    call(open, "DELETE", base, null, mallory),
                    call(open, "GET", base + "/export", null, mallory),
                    call(open, "POST", base + "/turns/1/feedback", "{\"rating\": \"down\"}", mallory),
                    call(
                            open,
                            "POST",
                            "/api/v1/ask",
                            "{\"question\": \"and what about it?\", \"conversation_id\": \"" + target + "\"}",
                            mallory));
            for (HttpResponse<String> r : answers) {
                assertThat(r.statusCode())
                        .as(r.request().method() + " " + r.uri())
                        .isEqualTo(404);
                assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("conversation_not_found");
            }
        }
        assertThat(JSON.readTree(call(open, "GET", "/api/v1/conversations/" + id, null, alice)
                                .body())
                        .get("turns"))
                .hasSize(1);
        assertThat(JSON.readTree(call(open, "GET", "/api/v1/conversations", null, mallory)
                                .body())
                        .get("conversations"))
                .isEmpty();
    }

    @Test
    void an_anonymous_one_off_is_answered_not_stored_and_given_an_identity_cookie() throws Exception {
        HttpResponse<String> r = call(open, "POST", "/api/v1/ask", "{\"question\": \"" + SLEEPER + "\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).has("conversation_id")).isFalse();
        String cookie = r.headers().firstValue("set-cookie").orElseThrow();
        assertThat(cookie)
                .startsWith(Owners.COOKIE + "=")
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Path=/");
        String value = cookie.substring(Owners.COOKIE.length() + 1, cookie.indexOf(';'));
        assertThat(ConversationIds.looksIssued(value)).isTrue();
        assertThat(call(open, "GET", "/api/v1/health", null, browser(value))
                        .headers()
                        .firstValue("set-cookie"))
                .isEmpty();
    }

    @Test
    void each_api_key_owns_its_conversations_and_needs_no_cookie() throws Exception {
        String id = ask(keyed, SLEEPER, null, key("alice-token"))
                .get("conversation_id")
                .asText();

        assertThat(call(keyed, "GET", "/api/v1/conversations/" + id, null, key("alice-token"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(call(keyed, "GET", "/api/v1/conversations/" + id, null, key("bob-token"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(keyed, "GET", "/api/v1/conversations/" + id, null).statusCode())
                .isEqualTo(401);
        assertThat(keyed.history.conversation("key:alice", id)).isPresent();
    }

    @Test
    void chat_conversations_are_not_reachable_through_the_api() throws Exception {
        String thread = "slack-C1-1700000000_000100";
        open.history.append(
                "slack:T1",
                thread,
                new NewTurn(
                        "private topic?",
                        "private topic?",
                        "a [1]",
                        "extractive",
                        "answered",
                        List.of(),
                        Map.of(),
                        "{}",
                        1));
        String[] me = browser(ConversationIds.next());

        assertThat(call(open, "GET", "/api/v1/conversations/" + thread, null, me)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(
                                open,
                                "POST",
                                "/api/v1/ask",
                                "{\"question\": \"and what was it?\", \"conversation_id\": \"" + thread + "\"}",
                                me)
                        .statusCode())
                .isEqualTo(404);
        assertThat(open.history.turns("slack:T1", thread)).hasSize(1);
    }

    @Test
    void search_finds_conversations_by_their_answers_and_pages_with_before() throws Exception {
        String[] me = browser(ConversationIds.next());
        String sleeper = ask(open, SLEEPER, null, me).get("conversation_id").asText();
        String other = ask(open, "Which papers study sycophancy in RLHF-trained assistants?", null, me)
                .get("conversation_id")
                .asText();

        JsonNode found = JSON.readTree(call(
                        open,
                        "GET",
                        "/api/v1/conversations?q=" + URLEncoder.encode("backdoors", StandardCharsets.UTF_8),
                        null,
                        me)
                .body());
        assertThat(found.get("conversations"))
                .extracting(c -> c.get("id").asText())
                .containsExactly(sleeper);

        JsonNode page = JSON.readTree(
                call(open, "GET", "/api/v1/conversations?limit=1", null, me).body());
        assertThat(page.get("conversations"))
                .extracting(c -> c.get("id").asText())
                .containsExactly(other);
        JsonNode next = JSON.readTree(call(
                        open,
                        "GET",
                        "/api/v1/conversations?limit=1&before="
                                + page.get("next_before").asText(),
                        null,
                        me)
                .body());
        assertThat(next.get("conversations"))
                .extracting(c -> c.get("id").asText())
                .containsExactly(sleeper);
        assertThat(call(open, "GET", "/api/v1/conversations?limit=0", null, me).statusCode())
                .isEqualTo(400);
        assertThat(call(open, "GET", "/api/v1/conversations?before=yesterday", null, me)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void feedback_is_stored_with_the_turn_and_counted_in_metrics() throws Exception {
        String[] me = browser(ConversationIds.next());
        String id = ask(open, SLEEPER, null, me).get("conversation_id").asText();

        HttpResponse<String> r = call(
                open,
                "POST",
                "/api/v1/conversations/" + id + "/turns/1/feedback",
                "{\"rating\": \"down\", \"comment\": \"cites the wrong paper\"}",
                me);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode turn = JSON.readTree(call(open, "GET", "/api/v1/conversations/" + id, null, me)
                        .body())
                .get("turns")
                .get(0);
        assertThat(turn.get("feedback").get("rating").asText()).isEqualTo("down");
        assertThat(turn.get("feedback").get("comment").asText()).isEqualTo("cites the wrong paper");
        assertThat(call(open, "GET", "/metrics", null).body())
                .containsPattern("cited_feedback_total\\{rating=\"down\"} [1-9]");

        assertThat(call(open, "POST", "/api/v1/conversations/" + id + "/turns/2/feedback", "{\"rating\": \"up\"}", me)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call(open, "POST", "/api/v1/conversations/" + id + "/turns/1/feedback", "{\"rating\": \"meh\"}", me)
                        .statusCode())
                .isEqualTo(400);
    }
}

package dev.cited.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.llm.ModelConfig;
import dev.cited.serve.ServerFixture;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Mattermost slash command and outgoing webhook, against a loopback response URL. */
class MattermostAdapterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SlackWebApiFake sink;
    private static ServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        sink = new SlackWebApiFake();
        server = ServerFixture.start(
                ModelConfig.builtIn(), null, null, answers -> List.of(new MattermostAdapter(answers, "mm-token")));
    }

    @AfterAll
    static void stop() {
        server.close();
        sink.close();
    }

    static HttpResponse<String> form(String path, String form) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_slash_command_answers_in_markdown_at_the_response_url() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> ack = form(
                "/mattermost/command",
                "token=mm-token&command=%2Fcite&text=" + enc("does adversarial training remove backdoors?")
                        + "&response_url=" + enc(sink.responseUrl(id)));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ack.body()).get("response_type").asText()).isEqualTo("ephemeral");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (sink.calls("/response/" + id).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        JsonNode reply =
                JSON.readTree(sink.calls("/response/" + id).getFirst().fields().get("json"));
        assertThat(reply.get("text").asText())
                .contains("**Sources**")
                .contains(
                        "1. [Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training](https://arxiv.org/abs/2401.05566) (2024)")
                .contains("    > Furthermore, rather than removing backdoors");
    }

    @Test
    void the_outgoing_webhook_answers_in_its_response() throws Exception {
        HttpResponse<String> r = form(
                "/mattermost/webhook",
                "token=mm-token&trigger_word=cite&post_id=p1&text=" + enc("cite what corpus was BLOOM trained on?"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("text").asText())
                .contains("ROOTS corpus")
                .contains("arxiv.org/abs/2211.05100");
    }

    @Test
    void questions_that_are_blank_too_long_or_hold_control_characters_are_refused_without_echoing_them()
            throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> tooLong = form(
                "/mattermost/command",
                "token=mm-token&text=" + enc("why ".repeat(10_000)) + "&response_url=" + enc(sink.responseUrl(id)));
        HttpResponse<String> control =
                form("/mattermost/webhook", "token=mm-token&post_id=p2&text=" + enc("what is\u0000 BLOOM?"));
        HttpResponse<String> blank =
                form("/mattermost/webhook", "token=mm-token&post_id=p3&text=" + enc("\u200B\u00A0\u2060"));

        assertThat(JSON.readTree(tooLong.body()).get("text").asText())
                .contains("limit is 2000")
                .doesNotContain("why why");
        assertThat(JSON.readTree(control.body()).get("text").asText()).contains("control characters");
        assertThat(JSON.readTree(blank.body()).get("text").asText()).isEqualTo("Ask me a question about the papers.");
        Thread.sleep(300);
        assertThat(sink.calls("/response/" + id)).isEmpty();
    }

    @Test
    void the_acknowledgement_quotes_at_most_a_hundred_characters_of_the_question() throws Exception {
        String question = "does adversarial training remove backdoors " + "and then what ".repeat(20) + "?";
        HttpResponse<String> ack = form(
                "/mattermost/command",
                "token=mm-token&text=" + enc(question) + "&response_url="
                        + enc(sink.responseUrl(UUID.randomUUID().toString())));

        String text = JSON.readTree(ack.body()).get("text").asText();
        assertThat(text).startsWith("Searching the papers for: does adversarial");
        assertThat(text.length()).isLessThanOrEqualTo("Searching the papers for: ".length() + 101);
    }

    @Test
    void a_wrong_or_missing_token_is_refused_and_nothing_is_posted() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> wrong =
                form("/mattermost/command", "token=nope&text=hi&response_url=" + enc(sink.responseUrl(id)));
        HttpResponse<String> missing = form("/mattermost/webhook", "text=hi");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        Thread.sleep(300);
        assertThat(sink.calls("/response/" + id)).isEmpty();
    }

    static HttpResponse<String> json(String path, String body) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_outgoing_webhook_sending_json_is_read_with_the_token_in_its_body() throws Exception {
        HttpResponse<String> r = json(
                "/mattermost/webhook",
                "{\"token\": \"mm-token\", \"trigger_word\": \"cite\", \"post_id\": \"pj1\", \"user_id\": \"u1\","
                        + " \"text\": \"cite what corpus was BLOOM trained on?\"}");
        HttpResponse<String> wrong = json("/mattermost/webhook", "{\"token\": \"nope\", \"text\": \"what is BLOOM?\"}");
        HttpResponse<String> malformed = json("/mattermost/webhook", "{\"token\": \"mm-token\", ");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("text").asText()).contains("ROOTS corpus");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isEqualTo(401);
    }

    @Test
    void two_users_in_one_thread_each_own_a_conversation_of_their_own() throws Exception {
        json(
                "/mattermost/webhook",
                "{\"token\": \"mm-token\", \"team_id\": \"tm\", \"post_id\": \"root7\", \"user_id\": \"ann\","
                        + " \"text\": \"what is BLOOM?\"}");
        json(
                "/mattermost/webhook",
                "{\"token\": \"mm-token\", \"team_id\": \"tm\", \"post_id\": \"p8\", \"root_id\": \"root7\","
                        + " \"user_id\": \"ben\", \"text\": \"what corpus was it trained on?\"}");

        var ann = server.history.conversations("mattermost:tm:ann", null, 10, null);
        var ben = server.history.conversations("mattermost:tm:ben", null, 10, null);
        assertThat(ann).extracting(c -> c.turns()).containsExactly(1);
        assertThat(ben).extracting(c -> c.turns()).containsExactly(1);
        assertThat(ann.getFirst().id()).isNotEqualTo(ben.getFirst().id());
    }

    @Test
    void an_unknown_model_is_refused_without_listing_the_configured_ones() throws Exception {
        HttpResponse<String> hook =
                form("/mattermost/webhook", "token=mm-token&post_id=p9&text=" + enc("--model gpt-4o what is BLOOM?"));
        HttpResponse<String> command = form(
                "/mattermost/command",
                "token=mm-token&text=" + enc("--model gpt-4o what is BLOOM?") + "&response_url="
                        + enc(sink.responseUrl(UUID.randomUUID().toString())));

        for (HttpResponse<String> r : List.of(hook, command)) {
            assertThat(JSON.readTree(r.body()).get("text").asText())
                    .contains("no model 'gpt-4o'")
                    .doesNotContain("extractive");
        }
    }

    @Test
    void the_acknowledgement_of_a_question_with_mentions_notifies_nobody() throws Exception {
        HttpResponse<String> ack = form(
                "/mattermost/command",
                "token=mm-token&text=" + enc("@channel @all what is BLOOM?") + "&response_url="
                        + enc(sink.responseUrl(UUID.randomUUID().toString())));

        assertThat(JSON.readTree(ack.body()).get("text").asText())
                .doesNotContain("@channel")
                .doesNotContain("@all")
                .contains("@\u200Bchannel");
    }
}

package dev.cited.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import dev.cited.llm.ModelConfig;
import dev.cited.llm.fakes.OpenAiFakeServer;
import dev.cited.llm.fakes.Reply;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Slack endpoints on a running server, with signed and forged requests, against a loopback
 * stand-in for Slack's Web API that records what the bot posts.
 */
class SlackAdapterTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SlackWebApiFake slack;
    private static OpenAiFakeServer slowModel;
    private static ServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        slack = new SlackWebApiFake();
        slowModel = new OpenAiFakeServer();
        slowModel.enqueue(Reply.slow("too late", Duration.ofSeconds(6)));
        ModelConfig config = ModelConfig.load(
                null,
                Map.of(
                        "CITED_MODEL_SLOW_PROVIDER",
                        "openai",
                        "CITED_MODEL_SLOW_BASE_URL",
                        slowModel.baseUrl(),
                        "CITED_MODEL_SLOW_MODEL",
                        "slow",
                        "CITED_MODEL_SLOW_TIMEOUT_MS",
                        "5000"));
        server = ServerFixture.start(
                config, null, null, answers -> List.of(new SlackAdapter(answers, "xoxb-test", SECRET, slack.apiUrl())));
    }

    @AfterAll
    static void stop() {
        server.close();
        slack.close();
        slowModel.close();
    }

    static HttpResponse<String> signed(String path, String type, String body, long timestamp, String... extra)
            throws IOException, InterruptedException {
        String ts = String.valueOf(timestamp);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < extra.length; i += 2) {
            b.header(extra[i], extra[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static String event(String eventId, String eventJson) {
        return "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
                + eventId + "\",\"event_time\":" + now() + ",\"event\":" + eventJson + "}";
    }

    static String mention(String ts, String threadTs, String text) {
        return mention("U1", ts, threadTs, text);
    }

    static String mention(String user, String ts, String threadTs, String text) {
        return "{\"type\":\"app_mention\",\"user\":\"" + user + "\",\"text\":\"<@UBOT> " + text + "\",\"ts\":\"" + ts
                + "\",\"channel\":\"C1\"" + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"")
                + ",\"event_ts\":\"" + ts + "\"}";
    }

    /** Waits until the stand-in has recorded {@code count} posts to the channel thread, or times out. */
    static List<SlackWebApiFake.Call> postsIn(String threadTs, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<SlackWebApiFake.Call> posts = slack.calls("/api/chat.postMessage").stream()
                    .filter(c -> threadTs.equals(c.fields().get("thread_ts")))
                    .toList();
            if (posts.size() >= count) {
                return posts;
            }
            Thread.sleep(50);
        }
        return postsNow(threadTs);
    }

    static List<SlackWebApiFake.Call> postsNow(String threadTs) {
        return slack.calls("/api/chat.postMessage").stream()
                .filter(c -> threadTs.equals(c.fields().get("thread_ts")))
                .toList();
    }

    @Test
    void url_verification_is_answered_with_the_challenge() throws Exception {
        HttpResponse<String> r = signed(
                "/slack/events",
                "application/json",
                "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}",
                now());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void a_mention_is_answered_in_its_thread_with_cited_sources_and_a_retry_is_answered_once() throws Exception {
        String ts = "1700000001.000100";
        String body = event("Ev" + UUID.randomUUID(), mention(ts, null, "does adversarial training remove backdoors?"));

        HttpResponse<String> first = signed("/slack/events", "application/json", body, now());
        HttpResponse<String> retry = signed(
                "/slack/events",
                "application/json",
                body,
                now(),
                "X-Slack-Retry-Num",
                "1",
                "X-Slack-Retry-Reason",
                "http_timeout");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        List<SlackWebApiFake.Call> posts = postsIn(ts, 1);
        Thread.sleep(1000);
        assertThat(postsNow(ts)).hasSize(1);
        Map<String, String> post = posts.getFirst().fields();
        assertThat(post.get("channel")).isEqualTo("C1");
        assertThat(post.get("text")).contains("[1]").contains("adversarial training");
        JsonNode blocks = JSON.readTree(post.get("blocks"));
        assertThat(blocks.toString())
                .contains("<https://arxiv.org/abs/2401.05566|Sleeper Agents: Training Deceptive LLMs")
                .contains("*[1]*")
                .contains(">Furthermore, rather than removing backdoors");
    }

    @Test
    void a_follow_up_in_the_thread_is_read_in_the_threads_context() throws Exception {
        String ts = "1700000002.000100";
        signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        mention(ts, null, "can safety training remove backdoors from sleeper agents?")),
                now());
        postsIn(ts, 1);

        signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), mention("1700000002.000300", ts, "and did adversarial training help?")),
                now());

        List<SlackWebApiFake.Call> posts = postsIn(ts, 2);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).fields().get("blocks")).contains("2401.05566");
    }

    @Test
    void each_user_in_a_thread_owns_a_conversation_of_their_own() throws Exception {
        String ts = "1700000101.000100";
        signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), mention("UALICE", ts, null, "what is BLOOM?")),
                now());
        postsIn(ts, 1);
        signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), mention("UBOB", "1700000101.000200", ts, "does BLOOM speak French?")),
                now());
        postsIn(ts, 2);

        var alice = server.history.conversations("slack:T1:UALICE", null, 10, null);
        var bob = server.history.conversations("slack:T1:UBOB", null, 10, null);
        assertThat(alice).hasSize(1);
        assertThat(bob).hasSize(1);
        assertThat(alice.getFirst().id()).isNotEqualTo(bob.getFirst().id());
        assertThat(server.history.turns("slack:T1:UBOB", bob.getFirst().id()))
                .extracting(t -> t.content().question())
                .containsExactly("does BLOOM speak French?");
        assertThat(server.history.conversations("slack:T1", null, 10, null)).isEmpty();
    }

    @Test
    void a_thumbs_down_by_the_asker_on_the_posted_answer_is_stored_on_the_turn_and_counted() throws Exception {
        String ts = "1700000102.000100";
        signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), mention("UCAROL", ts, null, "what is BLOOM?")),
                now());
        String answerTs = postsIn(ts, 1).getFirst().fields().get("posted_ts");
        double before = feedbackCount("down");

        HttpResponse<String> other = signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), reaction("UDAVE", "-1", answerTs)),
                now());
        HttpResponse<String> smile = signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), reaction("UCAROL", "smile", answerTs)),
                now());
        String downId = "Ev" + UUID.randomUUID();
        HttpResponse<String> down = signed(
                "/slack/events",
                "application/json",
                event(downId, reaction("UCAROL", "thumbsdown::skin-tone-3", answerTs)),
                now());
        HttpResponse<String> retry = signed(
                "/slack/events",
                "application/json",
                event(downId, reaction("UCAROL", "thumbsdown::skin-tone-3", answerTs)),
                now(),
                "X-Slack-Retry-Num",
                "1");

        assertThat(List.of(other.statusCode(), smile.statusCode(), down.statusCode(), retry.statusCode()))
                .containsOnly(200);
        var conversations = server.history.conversations("slack:T1:UCAROL", null, 10, null);
        assertThat(conversations).hasSize(1);
        var turns =
                server.history.turns("slack:T1:UCAROL", conversations.getFirst().id());
        assertThat(turns).hasSize(1);
        assertThat(turns.getFirst().feedback()).isNotNull();
        assertThat(turns.getFirst().feedback().rating().id()).isEqualTo("down");
        assertThat(feedbackCount("down") - before)
                .as("counted once, the retry not again")
                .isEqualTo(1.0);
    }

    @Test
    void a_reaction_on_a_message_that_is_not_a_posted_answer_records_nothing() throws Exception {
        double before = feedbackCount("up");

        HttpResponse<String> r = signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), reaction("U1", "+1", "1700000103.000100")),
                now());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(feedbackCount("up")).isEqualTo(before);
    }

    static String reaction(String user, String name, String messageTs) {
        return "{\"type\":\"reaction_added\",\"user\":\"" + user + "\",\"reaction\":\"" + name
                + "\",\"item_user\":\"UBOT\",\"item\":{\"type\":\"message\",\"channel\":\"C1\",\"ts\":\""
                + messageTs + "\"},\"event_ts\":\"" + now() + ".000001\"}";
    }

    /** {@code cited_feedback_total{rating}} as /metrics reports it, 0 before the first. */
    static double feedbackCount(String rating) throws IOException, InterruptedException {
        String metrics = HTTP.send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("cited_feedback_total{") && l.contains("rating=\"" + rating + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void direct_messages_are_answered_but_bots_and_message_subtypes_are_ignored() throws Exception {
        String human = "1700000003.000100";
        String bot = "1700000003.000200";
        String edited = "1700000003.000300";
        signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        "{\"type\":\"message\",\"channel_type\":\"im\","
                                + "\"user\":\"U1\",\"text\":\"what is BLOOM trained on?\",\"ts\":\"" + human
                                + "\",\"channel\":\"D1\"}"),
                now());
        signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        "{\"type\":\"message\",\"channel_type\":\"im\","
                                + "\"user\":\"UBOT\",\"bot_id\":\"BBOT\",\"text\":\"what is BLOOM?\",\"ts\":\"" + bot
                                + "\",\"channel\":\"D1\"}"),
                now());
        signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        "{\"type\":\"message\",\"subtype\":\"message_changed\","
                                + "\"channel_type\":\"im\",\"user\":\"U1\",\"text\":\"what is BLOOM?\",\"ts\":\""
                                + edited + "\",\"channel\":\"D1\"}"),
                now());

        assertThat(postsIn(human, 1)).hasSize(1);
        Thread.sleep(500);
        assertThat(postsNow(bot)).isEmpty();
        assertThat(postsNow(edited)).isEmpty();
    }

    @Test
    void forged_stale_unsigned_and_malformed_requests_are_refused_and_nothing_is_posted() throws Exception {
        int before = slack.calls("/api/chat.postMessage").size();
        String body = event("Ev" + UUID.randomUUID(), mention("1700000004.000100", null, "what is BLOOM?"));

        HttpResponse<String> forged = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/slack/events"))
                        .header("Content-Type", "application/json")
                        .header("X-Slack-Request-Timestamp", String.valueOf(now()))
                        .header("X-Slack-Signature", "v0=" + "ab".repeat(32))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stale = signed("/slack/events", "application/json", body, now() - 400);
        HttpResponse<String> unsigned = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/slack/events"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> malformed =
                signed("/slack/events", "application/json", "{\"type\": \"event_callback\", \"event\": 42", now());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(malformed.statusCode()).isBetween(400, 499);
        Thread.sleep(500);
        assertThat(slack.calls("/api/chat.postMessage")).hasSize(before);
    }

    @Test
    void the_slash_command_acknowledges_privately_and_delivers_the_answer_to_the_response_url() throws Exception {
        String id = UUID.randomUUID().toString();
        String form = "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fcite&text="
                + URLEncoder.encode("--share what corpus was BLOOM trained on?", StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(slack.responseUrl(id), StandardCharsets.UTF_8) + "&trigger_id=1";

        HttpResponse<String> ack = signed("/slack/commands", "application/x-www-form-urlencoded", form, now());

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Searching the papers for: what corpus was BLOOM trained on?");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (slack.calls("/response/" + id).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        JsonNode delivered =
                JSON.readTree(slack.calls("/response/" + id).getFirst().fields().get("json"));
        assertThat(delivered.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(delivered.toString()).contains("ROOTS corpus").contains("2211.05100");
    }

    @Test
    void a_slash_command_question_that_is_too_long_or_holds_control_characters_is_refused_without_echoing_it()
            throws Exception {
        for (String question : new String[] {"why ".repeat(10_000), "hi\u0000there\u001B[31m"}) {
            String id = UUID.randomUUID().toString();
            String form = "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fcite&text="
                    + URLEncoder.encode(question, StandardCharsets.UTF_8)
                    + "&response_url=" + URLEncoder.encode(slack.responseUrl(id), StandardCharsets.UTF_8)
                    + "&trigger_id=1";

            HttpResponse<String> ack = signed("/slack/commands", "application/x-www-form-urlencoded", form, now());

            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(ack.body())
                    .doesNotContain("Searching")
                    .doesNotContain("why why")
                    .hasSizeLessThan(300);
            Thread.sleep(300);
            assertThat(slack.calls("/response/" + id)).isEmpty();
        }
    }

    @Test
    void a_slash_command_of_only_zero_width_and_non_breaking_spaces_gets_the_usage_hint() throws Exception {
        String form = "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fcite&text="
                + URLEncoder.encode("\u200B\u00A0\uFEFF", StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(slack.responseUrl("unused"), StandardCharsets.UTF_8)
                + "&trigger_id=1";

        HttpResponse<String> ack = signed("/slack/commands", "application/x-www-form-urlencoded", form, now());

        assertThat(ack.body()).contains("Ask a question after /cite").doesNotContain("Searching");
    }

    @Test
    void a_slow_model_still_gets_the_three_second_acknowledgement() throws Exception {
        String ts = "1700000005.000100";
        long start = System.nanoTime();
        HttpResponse<String> r = signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        mention(ts, null, "--model slow does adversarial training remove backdoors?")),
                now());
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ms).isLessThan(3000);
        List<SlackWebApiFake.Call> posts = postsIn(ts, 1);
        assertThat(JSON.readTree(posts.getFirst().fields().get("blocks")).toString())
                .contains("model 'slow' failed (")
                .contains("answered with the extractive model");
    }

    static String message(String ts, String user, String extra) {
        return "{\"type\":\"message\",\"channel_type\":\"im\",\"user\":" + (user == null ? "null" : "\"" + user + "\"")
                + ",\"text\":\"what is BLOOM trained on?\",\"ts\":\"" + ts + "\",\"channel\":\"D9\"" + extra + "}";
    }

    @Test
    void an_edit_a_deletion_and_a_message_without_a_user_are_acknowledged_with_200_and_not_answered() throws Exception {
        String edited = "1700000010.000100";
        String deleted = "1700000010.000200";
        String nobody = "1700000010.000300";
        HttpResponse<String> edit = signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel_type\":\"im\",\"channel\":\"D9\","
                                + "\"hidden\":true,\"ts\":\"" + edited + "\",\"message\":{\"type\":\"message\","
                                + "\"user\":\"U1\",\"text\":\"what is BLOOM?\",\"ts\":\"1700000009.000100\"}}"),
                now());
        HttpResponse<String> delete = signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        "{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel_type\":\"im\",\"channel\":\"D9\","
                                + "\"hidden\":true,\"ts\":\"" + deleted + "\",\"deleted_ts\":\"1700000009.000100\"}"),
                now());
        HttpResponse<String> userNull = signed(
                "/slack/events", "application/json", event("Ev" + UUID.randomUUID(), message(nobody, null, "")), now());
        HttpResponse<String> mentionNull = signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        mention(nobody, null, "what is BLOOM?").replace("\"user\":\"U1\"", "\"user\":null")),
                now());

        for (HttpResponse<String> r : List.of(edit, delete, userNull, mentionNull)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        Thread.sleep(500);
        assertThat(postsNow(edited)).isEmpty();
        assertThat(postsNow(deleted)).isEmpty();
        assertThat(postsNow(nobody)).isEmpty();
    }

    @Test
    void a_timestamp_more_than_five_minutes_in_the_future_is_refused() throws Exception {
        int before = slack.calls("/api/chat.postMessage").size();
        String body = event("Ev" + UUID.randomUUID(), mention("1700000011.000100", null, "what is BLOOM?"));

        HttpResponse<String> future = signed("/slack/events", "application/json", body, now() + 360);

        assertThat(future.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(future.body()).get("error").asText()).isEqualTo("stale_request");
        Thread.sleep(500);
        assertThat(slack.calls("/api/chat.postMessage")).hasSize(before);
    }

    @Test
    void a_message_is_answered_once_without_an_event_id_and_when_it_arrives_as_two_events() throws Exception {
        String noId = "1700000012.000100";
        String twice = "1700000012.000200";
        String withoutId = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_time\":" + now() + ",\"event\":" + mention(noId, null, "what is BLOOM trained on?") + "}";

        signed("/slack/events", "application/json", withoutId, now());
        signed("/slack/events", "application/json", withoutId, now(), "X-Slack-Retry-Num", "1");
        signed(
                "/slack/events",
                "application/json",
                event(
                        "Ev" + UUID.randomUUID(),
                        mention(twice, null, "what is BLOOM trained on?").replace("C1", "D9")),
                now());
        signed("/slack/events", "application/json", event("Ev" + UUID.randomUUID(), message(twice, "U1", "")), now());

        assertThat(postsIn(noId, 1)).hasSize(1);
        assertThat(postsIn(twice, 1)).hasSize(1);
        Thread.sleep(1000);
        assertThat(postsNow(noId)).hasSize(1);
        assertThat(postsNow(twice)).hasSize(1);
    }

    @Test
    void an_unknown_model_is_refused_without_listing_the_configured_ones() throws Exception {
        String ts = "1700000013.000100";
        String id = UUID.randomUUID().toString();
        signed(
                "/slack/events",
                "application/json",
                event("Ev" + UUID.randomUUID(), mention(ts, null, "--model gpt-4o what is BLOOM?")),
                now());
        HttpResponse<String> ack = signed(
                "/slack/commands",
                "application/x-www-form-urlencoded",
                "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fcite&text="
                        + URLEncoder.encode("--model gpt-4o what is BLOOM?", StandardCharsets.UTF_8) + "&response_url="
                        + URLEncoder.encode(slack.responseUrl(id), StandardCharsets.UTF_8) + "&trigger_id=1",
                now());

        String posted = postsIn(ts, 1).getFirst().fields().get("text");
        for (String reply :
                List.of(posted, JSON.readTree(ack.body()).get("text").asText())) {
            assertThat(reply)
                    .contains("no model 'gpt-4o'")
                    .doesNotContain("slow")
                    .doesNotContain("extractive");
        }
    }
}

package dev.cited.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import dev.cited.answer.Questions;
import dev.cited.llm.ModelConfig;
import dev.cited.serve.ServerFixture;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random Unicode questions of every length up to the limit and just past it (seeded), made of
 * the characters that break text handling: surrogate pairs and lone surrogates, right-to-left
 * scripts and overrides, zero-width characters, combining marks, control characters and CJK. Sent
 * to ask, search, the OpenAI-compatible endpoint, Slack (event and slash command) and Mattermost
 * (slash command and outgoing webhook): every response is a 2xx, or a 4xx JSON error from the
 * API, never a 5xx (issue 15).
 */
class UnicodeQuestionPropertyTest {

    private static final long SEED = 20261202L;
    private static final int SAMPLES = 14;
    private static final String SECRET = "unicode-property-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SlackWebApiFake slack;
    private static ServerFixture server;

    /** Code point ranges to draw from: each sample mixes a few of them. */
    private static final int[][] POOLS = {
        {'a', 'z'}, // ASCII letters (and spaces, below)
        {0x4E00, 0x9FFF}, // CJK ideographs
        {0x0600, 0x06FF}, // Arabic (right to left)
        {0x05D0, 0x05EA}, // Hebrew (right to left)
        {0x202A, 0x202E}, // bidirectional embeddings and overrides
        {0x200B, 0x200F}, // zero-width space, joiners, direction marks
        {0x0300, 0x036F}, // combining marks
        {0x1F600, 0x1F64F}, // emoji: surrogate pairs
        {0xD800, 0xDFFF}, // lone surrogates
        {0x0000, 0x001F}, // C0 controls
        {0x007F, 0x009F}, // DEL and C1 controls
        {0x2028, 0x2029}, // line and paragraph separators
        {0xFEFF, 0xFEFF}, // byte order mark
        {0x00A0, 0x00A0}, // no-break space
    };

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackWebApiFake();
        server = ServerFixture.start(
                ModelConfig.builtIn(),
                null,
                null,
                answers -> List.of(
                        new SlackAdapter(answers, "xoxb-test", SECRET, slack.apiUrl()),
                        new MattermostAdapter(answers, "mm-token")));
    }

    @AfterAll
    static void stop() {
        server.close();
        slack.close();
    }

    /** Lengths from 0 to one past the limit: the edges, and evenly spread between. */
    static List<Integer> lengths() {
        List<Integer> out = new ArrayList<>(List.of(0, 1, 2, 3));
        int spread = SAMPLES - 7;
        for (int i = 1; i <= spread; i++) {
            out.add(3 + (int) ((long) i * (Questions.MAX_LENGTH - 4) / (spread + 1)));
        }
        out.addAll(List.of(Questions.MAX_LENGTH - 1, Questions.MAX_LENGTH, Questions.MAX_LENGTH + 1));
        return out;
    }

    /** A question of exactly {@code length} UTF-16 characters from two or three pools; controls in one in three. */
    static String question(Random random, int length) {
        List<int[]> pools = new ArrayList<>(List.of(POOLS[0]));
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            int[] pool = POOLS[1 + random.nextInt(POOLS.length - 1)];
            boolean control = pool[0] == 0x0000 || pool[0] == 0x007F;
            if (!control || random.nextInt(3) == 0) {
                pools.add(pool);
            }
        }
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            if (random.nextInt(6) == 0) {
                sb.append(' ');
                continue;
            }
            int[] pool = pools.get(random.nextInt(pools.size()));
            int cp = pool[0] + random.nextInt(pool[1] - pool[0] + 1);
            if (Character.isSupplementaryCodePoint(cp) && sb.length() + 2 > length) {
                cp = 'x';
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                sb.append((char) cp);
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static HttpResponse<String> send(String method, String path, String type, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            b.header("Content-Type", type);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> slackSigned(String path, String type, String body) throws Exception {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        // Slack signs the bytes it sends; what the server verifies is the UTF-8 body.
        String sent = new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return send(
                "POST",
                path,
                type,
                sent,
                "X-Slack-Request-Timestamp",
                ts,
                "X-Slack-Signature",
                new SlackSignature.Generator(SECRET).generate(ts, sent));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void random_unicode_questions_of_every_length_get_a_2xx_or_a_4xx_json_error_on_every_surface() throws Exception {
        Random random = new Random(SEED);
        for (int length : lengths()) {
            String q = question(random, length);
            String what = "length " + length + ", seed " + SEED + ": " + JSON.writeValueAsString(q);
            String ts = "1700001" + String.format(java.util.Locale.ROOT, "%03d", length % 1000) + "." + length;
            Map<String, HttpResponse<String>> api = Map.of(
                    "ask",
                    send(
                            "POST",
                            "/api/v1/ask",
                            "application/json",
                            JSON.writeValueAsString(Map.of("question", q, "k", 2))),
                    "search",
                    send("GET", "/api/v1/search?k=2&q=" + enc(q), null, null),
                    "openai",
                    send(
                            "POST",
                            "/v1/chat/completions",
                            "application/json",
                            JSON.writeValueAsString(Map.of(
                                    "model", "cited", "messages", List.of(Map.of("role", "user", "content", q))))));
            Map<String, HttpResponse<String>> chat = Map.of(
                    "slack event",
                    slackSigned(
                            "/slack/events",
                            "application/json",
                            JSON.writeValueAsString(Map.of(
                                    "token", "x",
                                    "team_id", "T1",
                                    "api_app_id", "A1",
                                    "type", "event_callback",
                                    "event_id", "Ev" + UUID.randomUUID(),
                                    "event_time", System.currentTimeMillis() / 1000,
                                    "event",
                                            Map.of(
                                                    "type",
                                                    "app_mention",
                                                    "user",
                                                    "U1",
                                                    "text",
                                                    "<@UBOT> " + q,
                                                    "ts",
                                                    ts,
                                                    "channel",
                                                    "C7",
                                                    "event_ts",
                                                    ts)))),
                    "slack command",
                    slackSigned(
                            "/slack/commands",
                            "application/x-www-form-urlencoded",
                            "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fcite&trigger_id=1&text=" + enc(q)
                                    + "&response_url="
                                    + enc(slack.responseUrl(UUID.randomUUID().toString()))),
                    "mattermost command",
                    send(
                            "POST",
                            "/mattermost/command",
                            "application/x-www-form-urlencoded",
                            "token=mm-token&text=" + enc(q) + "&response_url="
                                    + enc(slack.responseUrl(UUID.randomUUID().toString()))),
                    "mattermost webhook",
                    send(
                            "POST",
                            "/mattermost/webhook",
                            "application/json",
                            JSON.writeValueAsString(Map.of("token", "mm-token", "post_id", "p" + length, "text", q))));

            api.forEach((surface, r) -> {
                assertThat(r.statusCode())
                        .as(surface + ", " + what + " -> " + r.body())
                        .isBetween(200, 499);
                if (r.statusCode() >= 400) {
                    JsonNode e = readJson(r.body());
                    assertThat(e.path("error").asText())
                            .as(surface + ", " + what)
                            .isNotBlank();
                    assertThat(e.path("message").asText())
                            .as(surface + ", " + what)
                            .isNotBlank();
                }
            });
            chat.forEach((surface, r) -> assertThat(r.statusCode())
                    .as(surface + ", " + what + " -> " + r.body())
                    .isEqualTo(200));
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}

package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.Questions;
import dev.cited.llm.ModelConfig;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every endpoint over real HTTP on a free port, the SSE event order, and every kind of bad input. */
class ServerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "Does adversarial training remove backdoors from deceptive models?";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Every response this suite receives from an API route is checked against openapi.json. */
    private static final OpenApiContract CONTRACT = OpenApiContract.load();

    private static ServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        server = ServerFixture.start(
                ModelConfig.load(
                        null,
                        Map.of(
                                "CITED_MODEL_LOCAL_PROVIDER",
                                "ollama",
                                "CITED_MODEL_LOCAL_MODEL",
                                "llama3",
                                "CITED_MODEL_LOCAL_BASE_URL",
                                "http://127.0.0.1:9")),
                null,
                "admin-secret");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return sendTo(server, method, path, contentType, body, headers);
    }

    /** Sends a request to {@code to} and checks the response against openapi.json. */
    static HttpResponse<String> sendTo(
            ServerFixture to, String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(to.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        CONTRACT.check(method, path, response);
        return response;
    }

    static HttpResponse<String> post(String path, String json, String... headers)
            throws IOException, InterruptedException {
        return send("POST", path, "application/json", json, headers);
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, null, null, headers);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Event(String name, JsonNode data) {}

    static List<Event> events(String body) throws IOException {
        List<Event> out = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
            if (name != null) {
                out.add(new Event(name, JSON.readTree(data.toString())));
            }
        }
        return out;
    }

    /** An identity cookie, as a browser sends it after loading the page. */
    static final String[] BROWSER = {"Cookie", Owners.COOKIE + "=" + "AAAAAAAAAAAAAAAAAAAAAA"};

    @Test
    void ask_answers_with_checked_citations_and_a_conversation_id() throws Exception {
        HttpResponse<String> r = post("/api/v1/ask", "{\"question\": \"" + QUESTION + "\", \"k\": 3}", BROWSER);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode a = JSON.readTree(r.body());
        assertThat(a.get("citations").get(0).get("arxiv_id").asText()).isEqualTo("2401.05566");
        assertThat(a.get("sources")).hasSize(3);
        assertThat(a.get("model").asText()).isEqualTo("extractive");
        assertThat(a.get("conversation_id").asText()).isNotBlank();
    }

    @Test
    void a_valid_question_with_more_terms_than_lucene_allows_clauses_is_answered_not_a_500() throws Exception {
        String chinese = "对抗训练能否消除大型语言模型中的后门行为".repeat(55);

        assertThat(post("/api/v1/ask", "{\"question\": \"" + chinese + "\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_follow_up_in_the_same_conversation_keeps_the_topic_and_the_numbers() throws Exception {
        JsonNode first = JSON.readTree(post(
                        "/api/v1/ask",
                        "{\"question\": \"Can safety training remove backdoors from sleeper agents?\"}",
                        BROWSER)
                .body());
        String id = first.get("conversation_id").asText();

        JsonNode next = JSON.readTree(post(
                        "/api/v1/ask",
                        "{\"question\": \"and did adversarial training help?\", \"conversation_id\": \"" + id + "\"}",
                        BROWSER)
                .body());

        assertThat(next.get("conversation_id").asText()).isEqualTo(id);
        assertThat(next.get("sources").get(0).get("paper_id").asText()).isEqualTo("2401.05566");
        assertThat(next.get("sources").get(0).get("n").asInt())
                .isEqualTo(first.get("sources").get(0).get("n").asInt());
    }

    @Test
    void the_stream_sends_sources_then_tokens_then_the_checked_answer() throws Exception {
        HttpResponse<String> r =
                post("/api/v1/ask/stream", "{\"question\": \"" + QUESTION + "\"}", "Accept", "text/event-stream");

        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<Event> events = events(r.body());
        assertThat(events.getFirst().name()).isEqualTo("sources");
        assertThat(events.getFirst().data().get("sources")).hasSize(5);
        assertThat(events.getLast().name()).isEqualTo("done");
        assertThat(events.subList(1, events.size() - 1))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.name()).isEqualTo("token"));
        StringBuilder tokens = new StringBuilder();
        events.subList(1, events.size() - 1)
                .forEach(e -> tokens.append(e.data().get("text").asText()));
        assertThat(tokens.toString())
                .isEqualTo(events.getLast().data().get("answer").asText());
    }

    @Test
    void the_stream_also_works_as_a_get_for_event_source() throws Exception {
        HttpResponse<String> r =
                get("/api/v1/ask/stream?question=" + q(QUESTION) + "&k=2", "Accept", "text/event-stream");

        List<Event> events = events(r.body());
        assertThat(events.getFirst().data().get("sources")).hasSize(2);
        assertThat(events.getLast().name()).isEqualTo("done");
    }

    @Test
    void search_ranks_papers_with_the_score_breakdown() throws Exception {
        JsonNode s = JSON.readTree(
                get("/api/v1/search?q=" + q("influence functions") + "&k=3").body());

        assertThat(s.get("results")).hasSize(3);
        JsonNode top = s.get("results").get(0);
        assertThat(top.get("paper_id").asText()).isEqualTo("2308.03296");
        assertThat(top.get("scores").get("bm25_rank").asInt()).isEqualTo(1);
        assertThat(top.get("scores").has("vector")).isTrue();
    }

    @Test
    void a_paper_comes_with_its_versions_and_metadata_and_an_unknown_one_is_404() throws Exception {
        JsonNode p = JSON.readTree(get("/api/v1/papers/2310.13548").body());
        assertThat(p.get("title").asText()).isEqualTo("Towards Understanding Sycophancy in Language Models");
        assertThat(p.get("versions")).hasSize(2);
        assertThat(p.get("comments").get(0).asText()).isEqualTo("32 pages, 20 figures");
        assertThat(p.get("arxiv_id").asText()).isEqualTo("2310.13548");
        assertThat(p.get("versions").get(1).get("locations").get(0).asText()).isEqualTo("003_0dcedb0607a66e29.txt:2");

        HttpResponse<String> missing = get("/api/v1/papers/9999.99999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("paper_not_found");
    }

    @Test
    void credentials_in_a_model_url_are_never_shown_in_the_model_list_or_a_failure() throws Exception {
        ModelConfig config = ModelConfig.load(
                null,
                Map.of(
                        "CITED_MODEL_PRIVATE_PROVIDER",
                        "openai",
                        "CITED_MODEL_PRIVATE_API_KEY",
                        "sk-test",
                        "CITED_MODEL_PRIVATE_MODEL",
                        "m",
                        "CITED_MODEL_PRIVATE_BASE_URL",
                        "http://alice:hunter2@127.0.0.1:9/v1?api_key=sk-live-123&x=1"));
        try (ServerFixture s = ServerFixture.start(config, null, null)) {
            HttpResponse<String> models = HTTP.send(
                    HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/v1/models"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/v1/ask"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"question\": \"" + QUESTION + "\", \"model\": \"private\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(models.body()).contains("127.0.0.1:9").doesNotContain("hunter2", "alice", "sk-live-123");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body())
                            .get("outcome")
                            .get("fallbacks")
                            .get(0)
                            .get("failed_model")
                            .asText())
                    .isEqualTo("private");
            assertThat(answer.body()).doesNotContain("hunter2", "alice", "sk-live-123");
        }
    }

    static Stream<Arguments> tokenCombinations() {
        return Stream.of(
                Arguments.of(null, null, 403, 403, 200),
                Arguments.of("api-secret", null, 403, 403, 401),
                Arguments.of(null, "admin-secret", 401, 200, 200),
                Arguments.of("api-secret", "admin-secret", 401, 200, 401));
    }

    @ParameterizedTest(name = "api token {0}, admin token {1}")
    @MethodSource("tokenCombinations")
    void the_admin_token_alone_opens_the_admin_route_whatever_api_token_is_set(
            String apiToken, String adminToken, int withApiToken, int withAdminToken, int apiRouteWithAdminToken)
            throws Exception {
        try (ServerFixture s = ServerFixture.start(ModelConfig.builtIn(), apiToken, adminToken)) {
            HttpClient http = HttpClient.newHttpClient();
            java.util.function.Function<String, Integer> putDefault = auth -> {
                try {
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/v1/models/default"))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"extractive\"}"));
                    if (auth != null) {
                        b.header("Authorization", auth);
                    }
                    return http.send(b.build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };

            assertThat(putDefault.apply("Bearer api-secret")).isEqualTo(withApiToken);
            assertThat(putDefault.apply("Bearer admin-secret")).isEqualTo(withAdminToken);
            assertThat(putDefault.apply("bearer admin-secret"))
                    .as("the Bearer scheme is case-insensitive")
                    .isEqualTo(withAdminToken);
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/v1/models"))
                                            .header("Authorization", "Bearer admin-secret")
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .as("the admin token is not an API token")
                    .isEqualTo(apiRouteWithAdminToken);
        }
    }

    @Test
    void the_default_model_is_switched_at_run_time_with_the_admin_token_only() throws Exception {
        JsonNode m = JSON.readTree(get("/api/v1/models").body());
        assertThat(m.get("default").asText()).isEqualTo("extractive");
        assertThat(m.get("models")).extracting(n -> n.get("name").asText()).containsExactly("extractive", "local");

        assertThat(send("PUT", "/api/v1/models/default", "application/json", "{\"name\": \"local\"}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(
                                "PUT",
                                "/api/v1/models/default",
                                "application/json",
                                "{\"name\": \"nope\"}",
                                "Authorization",
                                "Bearer admin-secret")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> ok = send(
                "PUT",
                "/api/v1/models/default",
                "application/json",
                "{\"name\": \"local\"}",
                "Authorization",
                "Bearer admin-secret");
        try {
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(get("/api/v1/models").body())
                            .get("default")
                            .asText())
                    .isEqualTo("local");
            JsonNode a = JSON.readTree(
                    post("/api/v1/ask", "{\"question\": \"" + QUESTION + "\"}").body());
            assertThat(a.get("warnings").get(0).asText())
                    .startsWith("model 'local' failed (cannot connect to http://127.0.0.1:9)");
        } finally {
            server.models.setDefault("extractive");
        }
    }

    @Test
    void health_metrics_and_the_openapi_document_answer() throws Exception {
        JsonNode h = JSON.readTree(get("/api/v1/health").body());
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("papers").asInt()).isEqualTo(28);
        assertThat(h.get("models").get(1).get("reachable").asBoolean()).isFalse();

        post("/api/v1/ask", "{\"question\": \"" + QUESTION + "\"}");
        String metrics = get("/metrics").body();
        assertThat(metrics)
                .contains("cited_http_requests_total{route=\"/api/v1/ask\",status=\"200\"}")
                .contains("cited_http_request_seconds_count{route=\"/api/v1/ask\"}")
                .contains("cited_answers_total{outcome=\"answered\"}");

        JsonNode doc = JSON.readTree(get("/openapi.json").body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
    }

    @Test
    void every_route_is_in_the_openapi_document_and_every_documented_path_is_a_route() throws Exception {
        JsonNode paths = JSON.readTree(get("/openapi.json").body()).get("paths");
        List<String> documented = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            e.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + e.getKey()));
        }
        List<String> routes = CitedServer.ROUTES.stream()
                .map(r -> r.method() + " " + r.path())
                .toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void the_openai_compatible_endpoint_answers_with_a_numbered_source_list() throws Exception {
        String body = "{\"model\": \"cited\", \"messages\": [{\"role\": \"system\", \"content\": \"be brief\"},"
                + " {\"role\": \"user\", \"content\": \"" + QUESTION + "\"}]}";
        JsonNode r = JSON.readTree(post("/v1/chat/completions", body).body());
        assertThat(r.get("object").asText()).isEqualTo("chat.completion");
        String content = r.get("choices").get(0).get("message").get("content").asText();
        assertThat(content)
                .contains("[1]")
                .contains("\n\nSources:\n[1] Sleeper Agents")
                .contains("https://arxiv.org/abs/2401.05566");

        String streamed = post("/v1/chat/completions", body.replace("\"model\"", "\"stream\": true, \"model\""))
                .body();
        assertThat(streamed).startsWith("data: {").endsWith("data: [DONE]\n\n");
        StringBuilder text = new StringBuilder();
        for (String line : streamed.split("\n")) {
            if (line.startsWith("data: {")) {
                JsonNode chunk = JSON.readTree(line.substring(6));
                assertThat(chunk.get("object").asText()).isEqualTo("chat.completion.chunk");
                text.append(
                        chunk.get("choices").get(0).get("delta").path("content").asText(""));
            }
        }
        assertThat(text.toString()).isEqualTo(content);
    }

    @Test
    void the_outcome_says_answered_abstained_or_fell_back_as_data() throws Exception {
        JsonNode answered = JSON.readTree(post("/api/v1/ask", "{\"question\": \"" + QUESTION + "\"}")
                        .body())
                .get("outcome");
        assertThat(answered.get("status").asText()).isEqualTo("answered");
        assertThat(answered.get("answered_by").asText()).isEqualTo("extractive");
        assertThat(answered.get("closest")).isEmpty();
        assertThat(answered.get("fallbacks")).isEmpty();

        JsonNode egg = JSON.readTree(
                post("/api/v1/ask", "{\"question\": \"How long should I boil an egg for a runny yolk?\", \"k\": 3}")
                        .body());
        assertThat(egg.get("abstained").asBoolean()).isTrue();
        assertThat(egg.get("outcome").get("status").asText()).isEqualTo("abstained");
        assertThat(egg.get("outcome").get("closest"))
                .extracting(JsonNode::asInt)
                .containsExactlyElementsOf(egg.get("sources").findValues("n").stream()
                        .map(JsonNode::asInt)
                        .toList());
        assertThat(egg.get("citations")).isEmpty();

        JsonNode fell = JSON.readTree(post("/api/v1/ask", "{\"question\": \"" + QUESTION + "\", \"model\": \"local\"}")
                .body());
        JsonNode outcome = fell.get("outcome");
        assertThat(outcome.get("status").asText()).isEqualTo("answered");
        assertThat(outcome.get("answered_by").asText())
                .isEqualTo("extractive")
                .isEqualTo(fell.get("model").asText());
        assertThat(outcome.get("fallbacks")).singleElement().satisfies(f -> {
            assertThat(f.get("step").asText()).isEqualTo("answer");
            assertThat(f.get("failed_model").asText()).isEqualTo("local");
            assertThat(f.get("reason").asText()).isEqualTo("cannot connect to http://127.0.0.1:9");
            assertThat(f.get("instead").asText()).isEqualTo("extractive");
        });
        assertThat(fell.get("warnings").get(0).asText())
                .isEqualTo(
                        "model 'local' failed (cannot connect to http://127.0.0.1:9); answered with the extractive model");
    }

    @Test
    void the_streams_done_event_carries_the_outcome() throws Exception {
        List<Event> events = events(post(
                        "/api/v1/ask/stream",
                        "{\"question\": \"" + QUESTION + "\", \"model\": \"local\"}",
                        "Accept",
                        "text/event-stream")
                .body());

        JsonNode outcome = events.getLast().data().get("outcome");
        assertThat(events.getLast().name()).isEqualTo("done");
        assertThat(outcome.get("status").asText()).isEqualTo("answered");
        assertThat(outcome.get("fallbacks").get(0).get("failed_model").asText()).isEqualTo("local");
    }

    @Test
    void the_openai_compatible_endpoint_counts_answers_and_fallbacks_in_the_metrics() throws Exception {
        long answered = answers("answered");
        long fallbacks = answers("fallback");

        String body = "{\"model\": \"local\", \"messages\": [{\"role\": \"user\", \"content\": \"" + QUESTION + "\"}]}";
        JsonNode r = JSON.readTree(post("/v1/chat/completions", body).body());

        assertThat(r.get("choices").get(0).get("message").get("content").asText())
                .contains("(warning: model 'local' failed (cannot connect to http://127.0.0.1:9)");
        assertThat(answers("answered")).isGreaterThan(answered);
        assertThat(answers("fallback")).isGreaterThan(fallbacks);
    }

    /** The value of {@code cited_answers_total{outcome="..."}}, 0 when absent. */
    private static long answers(String outcome) throws Exception {
        String prefix = "cited_answers_total{outcome=\"" + outcome + "\"} ";
        return get("/metrics")
                .body()
                .lines()
                .filter(l -> l.startsWith(prefix))
                .mapToLong(l ->
                        (long) Double.parseDouble(l.substring(prefix.length()).strip()))
                .findFirst()
                .orElse(0);
    }

    static Stream<Arguments> badInput() {
        String big = "{\"question\": \"" + "x".repeat(70_000) + "\"}";
        return Stream.of(
                Arguments.of(
                        "missing question", "POST", "/api/v1/ask", "application/json", "{}", 400, "missing_question"),
                Arguments.of(
                        "empty question",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"  \"}",
                        400,
                        "empty_question"),
                Arguments.of(
                        "question of only zero-width and non-breaking spaces",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"\\u200B\\u00A0\\uFEFF\\u2060\\u202F\"}",
                        400,
                        "empty_question"),
                Arguments.of(
                        "streamed question of only zero-width spaces",
                        "GET",
                        "/api/v1/ask/stream?question=%E2%80%8B%C2%A0",
                        null,
                        null,
                        400,
                        "empty_question"),
                Arguments.of(
                        "search q of only non-breaking spaces",
                        "GET",
                        "/api/v1/search?q=%C2%A0%E2%80%8B",
                        null,
                        null,
                        400,
                        "empty_question"),
                Arguments.of(
                        "search q with NUL and ESC",
                        "GET",
                        "/api/v1/search?q=a%00b%1B",
                        null,
                        null,
                        400,
                        "invalid_question"),
                Arguments.of(
                        "search q too long",
                        "GET",
                        "/api/v1/search?q=" + "x".repeat(2001),
                        null,
                        null,
                        400,
                        "question_too_long"),
                Arguments.of(
                        "openai history user message with control characters",
                        "POST",
                        "/v1/chat/completions",
                        "application/json",
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\\u001B[31m\"},"
                                + " {\"role\": \"assistant\", \"content\": \"hello\"},"
                                + " {\"role\": \"user\", \"content\": \"what is BLOOM?\"}]}",
                        400,
                        "invalid_question"),
                Arguments.of(
                        "openai history user message too long",
                        "POST",
                        "/v1/chat/completions",
                        "application/json",
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"" + "why ".repeat(600) + "\"},"
                                + " {\"role\": \"assistant\", \"content\": \"hello\"},"
                                + " {\"role\": \"user\", \"content\": \"what is BLOOM?\"}]}",
                        400,
                        "question_too_long"),
                Arguments.of(
                        "openai assistant message with NUL",
                        "POST",
                        "/v1/chat/completions",
                        "application/json",
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"},"
                                + " {\"role\": \"assistant\", \"content\": \"a\\u0000b\"},"
                                + " {\"role\": \"user\", \"content\": \"what is BLOOM?\"}]}",
                        400,
                        "invalid_question"),
                Arguments.of(
                        "openai last message of only zero-width spaces",
                        "POST",
                        "/v1/chat/completions",
                        "application/json",
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"\\u200B\\u00A0\"}]}",
                        400,
                        "empty_question"),
                Arguments.of(
                        "openai stream not a boolean",
                        "POST",
                        "/v1/chat/completions",
                        "application/json",
                        "{\"stream\": \"yes\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}",
                        400,
                        "invalid_field"),
                Arguments.of(
                        "openai unknown model",
                        "POST",
                        "/v1/chat/completions",
                        "application/json",
                        "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}",
                        400,
                        "unknown_model"),
                Arguments.of(
                        "question too long",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"" + "why ".repeat(600) + "\"}",
                        400,
                        "question_too_long"),
                Arguments.of(
                        "question not a string",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": 42}",
                        400,
                        "invalid_field"),
                Arguments.of(
                        "k not a number",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"q\", \"k\": \"five\"}",
                        400,
                        "invalid_field"),
                Arguments.of(
                        "k out of range",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"q\", \"k\": 500}",
                        400,
                        "invalid_k"),
                Arguments.of(
                        "unknown model",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"q\", \"model\": \"gpt9\"}",
                        400,
                        "invalid_request"),
                Arguments.of(
                        "unknown field",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"q\", \"temperature\": 1}",
                        400,
                        "unknown_field"),
                Arguments.of(
                        "malformed JSON",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": ",
                        400,
                        "malformed_json"),
                Arguments.of("JSON array", "POST", "/api/v1/ask", "application/json", "[1, 2]", 400, "malformed_json"),
                Arguments.of(
                        "wrong content type",
                        "POST",
                        "/api/v1/ask",
                        "text/plain",
                        "question=hi",
                        415,
                        "unsupported_media_type"),
                Arguments.of(
                        "control characters",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"hi\\u0000there\\u0007\"}",
                        400,
                        "invalid_question"),
                Arguments.of("huge body", "POST", "/api/v1/ask", "application/json", big, 413, "body_too_large"),
                Arguments.of(
                        "bad conversation id",
                        "POST",
                        "/api/v1/ask",
                        "application/json",
                        "{\"question\": \"q\", \"conversation_id\": \"../x\"}",
                        400,
                        "invalid_conversation_id"),
                Arguments.of(
                        "stream without question",
                        "POST",
                        "/api/v1/ask/stream",
                        "application/json",
                        "{}",
                        400,
                        "missing_question"),
                Arguments.of("search without q", "GET", "/api/v1/search", null, null, 400, "missing_q"),
                Arguments.of("search k too big", "GET", "/api/v1/search?q=x&k=1000", null, null, 400, "invalid_k"),
                Arguments.of("unknown endpoint", "GET", "/api/v1/nothing", null, null, 404, "not_found"),
                Arguments.of(
                        "openai without messages",
                        "POST",
                        "/v1/chat/completions",
                        "application/json",
                        "{\"model\": \"cited\"}",
                        400,
                        "invalid_messages"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void bad_input_gets_a_clean_4xx_with_a_code_and_a_message(
            String name, String method, String path, String type, String body, int status, String code)
            throws Exception {
        HttpResponse<String> r = send(method, path, type, body);

        assertThat(r.statusCode()).isEqualTo(status);
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("error").asText()).isEqualTo(code);
        assertThat(e.get("message").asText())
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(get("/api/v1/health").statusCode()).isEqualTo(200);
    }

    /** Sends {@code GET target} over a plain socket: {@link URI} refuses a malformed query before it leaves. */
    static String rawGet(String target) throws IOException {
        URI base = URI.create(server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream()
                    .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void an_undecodable_query_string_is_a_400_saying_the_query_is_malformed_not_a_missing_parameter() throws Exception {
        for (String target :
                List.of("/api/v1/search?q=%zz", "/api/v1/search?q=ok&k=%zz", "/api/v1/ask/stream?question=%zz")) {
            String response = rawGet(target);

            assertThat(response).as(target).startsWith("HTTP/1.1 400");
            JsonNode e = JSON.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1));
            assertThat(e.get("error").asText()).isEqualTo("malformed_query");
            assertThat(e.get("message").asText()).contains("query string is malformed");
        }
    }

    @Test
    void an_unknown_openai_model_is_refused_naming_the_profiles_and_nothing_secret() throws Exception {
        HttpResponse<String> r = post(
                "/v1/chat/completions",
                "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": \"" + QUESTION + "\"}]}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("message").asText())
                .contains("gpt-4o")
                .contains("extractive")
                .contains("local")
                .doesNotContain("127.0.0.1")
                .doesNotContain("http");
    }

    @Test
    void the_openai_response_names_the_profile_that_answered_not_the_alias_asked_for() throws Exception {
        String question = "{\"role\": \"user\", \"content\": \"" + QUESTION + "\"}";
        JsonNode byAlias =
                JSON.readTree(post("/v1/chat/completions", "{\"model\": \"cited\", \"messages\": [" + question + "]}")
                        .body());
        JsonNode byName = JSON.readTree(
                post("/v1/chat/completions", "{\"model\": \"Extractive\", \"messages\": [" + question + "]}")
                        .body());

        assertThat(byAlias.get("model").asText()).isEqualTo("extractive");
        assertThat(byName.get("model").asText()).isEqualTo("extractive");
    }

    @Test
    void the_openai_model_list_names_the_configured_profiles_in_openais_shape() throws Exception {
        HttpResponse<String> r = get("/v1/models");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("object").asText()).isEqualTo("list");
        List<String> ids = new ArrayList<>();
        for (JsonNode m : body.get("data")) {
            ids.add(m.get("id").asText());
            assertThat(m.get("object").asText()).isEqualTo("model");
            assertThat(m.get("owned_by").asText()).isEqualTo("cited");
            assertThat(m.get("created").isIntegralNumber()).isTrue();
        }
        assertThat(ids).containsExactly("extractive", "local");
    }

    /** Characters that have broken input handling elsewhere, mixed into random Unicode. */
    private static final String[] TRICKY = {
        "\u200B",
        "\u200D",
        "\uFEFF",
        "\u00A0",
        "\u202E",
        "\u200F",
        "\u05D0",
        "\u0627",
        "😀",
        "👩‍👩‍👧",
        "\u0000",
        "\u001B",
        "\u007F",
        "\uD800",
        "\uDC00",
        "\n",
        "\t",
        " ",
        "\"",
        "\\",
        "%",
        "&",
        "+",
        "<script>"
    };

    static String randomQuestion(Random random) {
        int length = random.nextInt(Questions.MAX_LENGTH + 50);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            if (random.nextInt(4) == 0) {
                sb.append(TRICKY[random.nextInt(TRICKY.length)]);
            } else if (random.nextBoolean()) {
                sb.append((char) ('a' + random.nextInt(26)));
            } else {
                sb.append((char) random.nextInt(0x10000));
            }
        }
        return sb.length() > length ? sb.substring(0, length) : sb.toString();
    }

    @Test
    void random_unicode_questions_and_queries_get_an_answer_or_a_clean_4xx_never_a_5xx() throws Exception {
        Random random = new Random(20261202L);
        for (int i = 0; i < 200; i++) {
            String question = randomQuestion(random);
            HttpResponse<String> ask = post("/api/v1/ask", JSON.writeValueAsString(Map.of("question", question)));
            HttpResponse<String> search = get("/api/v1/search?k=3&q=" + q(question));

            for (HttpResponse<String> r : List.of(ask, search)) {
                assertThat(r.statusCode()).as("sample %d: %s", i, r.body()).isBetween(200, 499);
                if (r.statusCode() >= 400) {
                    JsonNode e = JSON.readTree(r.body());
                    assertThat(e.get("error").asText()).isNotBlank();
                    assertThat(e.get("message").asText()).isNotBlank();
                }
            }
        }
    }

    @Test
    void a_script_tag_in_a_question_is_just_text() throws Exception {
        HttpResponse<String> r =
                post("/api/v1/ask", "{\"question\": \"<script>alert(1)</script> what is sycophancy?\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("question").asText())
                .isEqualTo("<script>alert(1)</script> what is sycophancy?");
    }

    @Test
    void with_an_api_token_requests_without_it_get_401_and_health_stays_open() throws Exception {
        try (ServerFixture locked = ServerFixture.start(ModelConfig.builtIn(), "s3cret", null)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> without = http.send(
                    HttpRequest.newBuilder(URI.create(locked.baseUrl() + "/api/v1/search?q=x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> wrong = http.send(
                    HttpRequest.newBuilder(URI.create(locked.baseUrl() + "/api/v1/search?q=x"))
                            .header("Authorization", "Bearer nope")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> with = http.send(
                    HttpRequest.newBuilder(URI.create(locked.baseUrl() + "/api/v1/search?q=x"))
                            .header("Authorization", "Bearer s3cret")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(locked.baseUrl() + "/api/v1/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(without.body()).get("error").asText()).isEqualTo("unauthorized");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(with.statusCode()).isEqualTo(200);
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> admin = http.send(
                    HttpRequest.newBuilder(URI.create(locked.baseUrl() + "/api/v1/models/default"))
                            .header("Authorization", "Bearer s3cret")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"extractive\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(admin.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void the_web_page_and_its_assets_are_served_from_the_server() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html").doesNotContainPattern("(src|href)\\s*=\\s*[\"']?(https?:)?//");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/app.css").statusCode()).isEqualTo(200);
    }

    /** A request that should get {@code status}; {@code locked} sends it to a server that requires an API token. */
    record Call(String method, String path, String type, String body, int status, boolean locked, String... headers) {}

    @Test
    void every_documented_status_of_every_route_matches_its_schema_in_the_openapi_document() throws Exception {
        String ask = "{\"question\": \"" + QUESTION + "\", \"k\": 2}";
        String big = "{\"question\": \"" + "x".repeat(70_000) + "\"}";
        String chat = "{\"model\": \"cited\", \"messages\": [{\"role\": \"user\", \"content\": \"" + QUESTION + "\"}]}";
        String json = "application/json";
        String admin = "Bearer admin-secret";
        List<Call> calls = new ArrayList<>();
        for (String path : List.of("/api/v1/ask", "/api/v1/ask/stream", "/v1/chat/completions")) {
            String body = path.startsWith("/v1") ? chat : ask;
            calls.add(new Call("POST", path, json, body, 200, false));
            calls.add(new Call("POST", path, json, "{}", 400, false));
            calls.add(new Call("POST", path, json, body, 401, true));
            calls.add(new Call("POST", path, json, big, 413, false));
            calls.add(new Call("POST", path, "text/plain", "question=hi", 415, false));
        }
        calls.addAll(List.of(
                new Call("GET", "/api/v1/ask/stream?k=1&question=" + q(QUESTION), null, null, 200, false),
                new Call("GET", "/api/v1/ask/stream", null, null, 400, false),
                new Call("GET", "/api/v1/ask/stream?question=x", null, null, 401, true),
                new Call("GET", "/api/v1/search?q=" + q("influence functions"), null, null, 200, false),
                new Call("GET", "/api/v1/search", null, null, 400, false),
                new Call("GET", "/api/v1/search?q=x", null, null, 401, true),
                new Call("GET", "/api/v1/papers/2310.13548", null, null, 200, false),
                new Call("GET", "/api/v1/papers/9999.99999", null, null, 404, false),
                new Call("GET", "/api/v1/papers/2310.13548", null, null, 401, true),
                new Call("GET", "/api/v1/models", null, null, 200, false),
                new Call("GET", "/api/v1/models", null, null, 401, true),
                new Call("GET", "/v1/models", null, null, 200, false),
                new Call("GET", "/v1/models", null, null, 401, true),
                new Call(
                        "PUT",
                        "/api/v1/models/default",
                        json,
                        "{\"name\": \"extractive\"}",
                        200,
                        false,
                        "Authorization",
                        admin),
                new Call(
                        "PUT",
                        "/api/v1/models/default",
                        json,
                        "{\"name\": \"nope\"}",
                        400,
                        false,
                        "Authorization",
                        admin),
                new Call("PUT", "/api/v1/models/default", json, "{\"name\": \"extractive\"}", 401, false),
                new Call(
                        "PUT",
                        "/api/v1/models/default",
                        json,
                        "{\"name\": \"extractive\"}",
                        403,
                        true,
                        "Authorization",
                        "Bearer s3cret"),
                new Call("GET", "/api/v1/health", null, null, 200, false),
                new Call("GET", "/metrics", null, null, 200, false),
                new Call("GET", "/openapi.json", null, null, 200, false)));
        String cookie = BROWSER[1];
        String kept = JSON.readTree(post("/api/v1/ask", ask, BROWSER).body())
                .get("conversation_id")
                .asText();
        String doomed = JSON.readTree(post("/api/v1/ask", ask, BROWSER).body())
                .get("conversation_id")
                .asText();
        String cv = "/api/v1/conversations/";
        String unknown = "{\"question\": \"and why?\", \"conversation_id\": \"unknown\"}";
        String up = "{\"rating\": \"up\"}";
        String bigTitle = "{\"title\": \"" + "x".repeat(70_000) + "\"}";
        calls.addAll(List.of(
                new Call("POST", "/api/v1/ask", json, unknown, 404, false, "Cookie", cookie),
                new Call("POST", "/api/v1/ask/stream", json, unknown, 404, false, "Cookie", cookie),
                new Call("GET", "/api/v1/ask/stream?question=why&conversation_id=unknown", null, null, 404, false),
                new Call("GET", "/api/v1/conversations?q=backdoors", null, null, 200, false, "Cookie", cookie),
                new Call("GET", "/api/v1/conversations?limit=0", null, null, 400, false, "Cookie", cookie),
                new Call("GET", "/api/v1/conversations", null, null, 401, true),
                new Call("GET", cv + kept, null, null, 200, false, "Cookie", cookie),
                new Call("GET", cv + kept, null, null, 401, true),
                new Call("GET", cv + kept, null, null, 404, false),
                new Call("PATCH", cv + kept, json, "{\"title\": \"Backdoors\"}", 200, false, "Cookie", cookie),
                new Call("PATCH", cv + kept, json, "{\"title\": \" \"}", 400, false, "Cookie", cookie),
                new Call("PATCH", cv + kept, json, "{\"title\": \"x\"}", 401, true),
                new Call("PATCH", cv + kept, json, "{\"title\": \"x\"}", 404, false),
                new Call("PATCH", cv + kept, json, bigTitle, 413, false, "Cookie", cookie),
                new Call("PATCH", cv + kept, "text/plain", "title=x", 415, false, "Cookie", cookie),
                new Call("GET", cv + kept + "/export", null, null, 200, false, "Cookie", cookie),
                new Call("GET", cv + kept + "/export?format=doc", null, null, 400, false, "Cookie", cookie),
                new Call("GET", cv + kept + "/export", null, null, 401, true),
                new Call("GET", cv + kept + "/export", null, null, 404, false),
                new Call("POST", cv + kept + "/turns/1/feedback", json, up, 200, false, "Cookie", cookie),
                new Call("POST", cv + kept + "/turns/1/feedback", json, "{}", 400, false, "Cookie", cookie),
                new Call("POST", cv + kept + "/turns/1/feedback", json, up, 401, true),
                new Call("POST", cv + kept + "/turns/9/feedback", json, up, 404, false, "Cookie", cookie),
                new Call("POST", cv + kept + "/turns/1/feedback", json, bigTitle, 413, false, "Cookie", cookie),
                new Call("POST", cv + kept + "/turns/1/feedback", "text/plain", "up", 415, false, "Cookie", cookie),
                new Call("DELETE", cv + doomed, null, null, 401, true),
                new Call("DELETE", cv + doomed, null, null, 404, false),
                new Call("DELETE", cv + doomed, null, null, 204, false, "Cookie", cookie)));
        List<String> exercised = new ArrayList<>();

        try (ServerFixture locked = ServerFixture.start(ModelConfig.builtIn(), "s3cret", null)) {
            for (Call c : calls) {
                HttpResponse<String> r =
                        sendTo(c.locked() ? locked : server, c.method(), c.path(), c.type(), c.body(), c.headers());
                assertThat(r.statusCode()).as(c.method() + " " + c.path()).isEqualTo(c.status());
                exercised.add(c.method() + " "
                        + c.path()
                                .replaceAll("\\?.*", "")
                                .replace("2310.13548", "{id}")
                                .replace("9999.99999", "{id}")
                                .replace(kept, "{id}")
                                .replace(doomed, "{id}")
                                .replaceAll("/turns/[0-9]+/", "/turns/{n}/")
                        + " " + c.status());
            }
        }
        // Every route, present or added later, answers a foreign Host with 421 and, when it changes
        // state or streams, a foreign Origin with 403 (BrowserPolicy runs before every route).
        for (CitedServer.Route route : CitedServer.ROUTES) {
            String path = route.path().replaceAll("\\{[^/]+}", "2310.13548");
            String method = route.method().name();
            List<Call> refused = new ArrayList<>();
            refused.add(new Call(method, path, null, null, 421, false, "Host", "rebound.example"));
            boolean guarded = !method.equals("GET") || path.endsWith("/stream");
            if (guarded && !path.equals("/api/v1/models/default")) {
                refused.add(new Call(method, path, null, null, 403, false, "Origin", "https://elsewhere.example"));
            }
            for (Call c : refused) {
                HttpResponse<String> r = sendTo(server, c.method(), c.path(), c.type(), c.body(), c.headers());
                assertThat(r.statusCode()).as(c.method() + " " + c.path()).isEqualTo(c.status());
                exercised.add(method + " " + route.path() + " " + c.status());
            }
        }

        assertThat(exercised).containsExactlyInAnyOrderElementsOf(CONTRACT.documentedResponses());
    }
}

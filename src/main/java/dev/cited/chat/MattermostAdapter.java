package dev.cited.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.present.AnswerView;
import dev.cited.present.MattermostRenderer;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Mattermost: a slash command ({@code POST /mattermost/command}) and an outgoing webhook ({@code
 * POST /mattermost/webhook}), authenticated by the integration's static token (field {@code
 * token} of the form or, for an outgoing webhook set to send JSON, of the JSON body; or {@code
 * Authorization: Token …}), answered in standard Markdown with mentions defused. A {@code --model}
 * that is not configured is refused without listing the configured ones.
 *
 * <p>The slash command acknowledges at once ("Searching…", only visible to the asker) and posts
 * the answer to the command's {@code response_url} ({@code --share} makes it visible to the
 * channel). The outgoing webhook answers in its HTTP response. Each user's questions in a
 * thread (by its root id) are that user's conversation, owned by {@code mattermost:TEAM:USER};
 * another user asking in the same thread starts a conversation of their own.
 */
public final class MattermostAdapter implements ChatAdapter {

    private static final Logger LOG = Logger.getLogger(MattermostAdapter.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AnswerJobs jobs;
    private final AnswerService answers;
    private final byte[] token;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param token the integration token Mattermost sends with every request */
    public MattermostAdapter(AnswerService answers, String token) {
        this.answers = answers;
        this.jobs = new AnswerJobs(answers);
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "mattermost";
    }

    @Override
    public void install(JavalinConfig config) {
        config.routes.post("/mattermost/command", this::command);
        config.routes.post("/mattermost/webhook", this::webhook);
    }

    /**
     * The request's fields: the JSON object's string fields when the body is JSON (outgoing
     * webhooks may send JSON), else the form fields; empty when the JSON is not an object.
     */
    private static Map<String, String> fields(Context ctx) {
        Map<String, String> fields = new LinkedHashMap<>();
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            try {
                JsonNode body = JSON.readTree(ctx.body());
                if (body != null && body.isObject()) {
                    body.properties().forEach(e -> {
                        if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                            fields.put(e.getKey(), e.getValue().asText());
                        }
                    });
                }
            } catch (JsonProcessingException malformed) {
                return fields;
            }
            return fields;
        }
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                fields.put(k, v.get(0));
            }
        });
        return fields;
    }

    private boolean authorized(Context ctx, Map<String, String> fields) {
        String given = fields.get("token");
        String header = ctx.header("Authorization");
        if ((given == null || given.isEmpty()) && header != null && header.startsWith("Token ")) {
            given = header.substring(6).strip();
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token);
    }

    private void command(Context ctx) {
        Map<String, String> fields = fields(ctx);
        if (!authorized(ctx, fields)) {
            reply(ctx, 401, Map.of("text", "unauthorized: wrong or missing token"));
            return;
        }
        ChatQuestion q = ChatQuestion.parse(fields.get("text"));
        String responseUrl = fields.get("response_url");
        if (q.rejection() != null) {
            reply(ctx, 200, Map.of("response_type", "ephemeral", "text", q.rejection()));
            return;
        }
        if (q.empty()) {
            reply(
                    ctx,
                    200,
                    Map.of(
                            "response_type",
                            "ephemeral",
                            "text",
                            "Ask a question after the command, e.g. `/cite does adversarial training remove backdoors?`"));
            return;
        }
        String unknownModel = jobs.unknownModel(q);
        if (unknownModel != null) {
            reply(ctx, 200, Map.of("response_type", "ephemeral", "text", MattermostRenderer.escape(unknownModel)));
            return;
        }
        if (responseUrl == null || !responseUrl.matches("https?://.+")) {
            reply(ctx, 400, Map.of("text", "missing or invalid response_url"));
            return;
        }
        jobs.answer(
                q,
                null,
                null,
                a -> post(
                        responseUrl,
                        q.share() ? "in_channel" : "ephemeral",
                        MattermostRenderer.answer(AnswerView.of(a))),
                error -> post(responseUrl, "ephemeral", MattermostRenderer.escape(error)));
        reply(
                ctx,
                200,
                Map.of(
                        "response_type",
                        "ephemeral",
                        "text",
                        "Searching the papers for: " + MattermostRenderer.escape(q.echo())));
    }

    private void webhook(Context ctx) throws Exception {
        Map<String, String> fields = fields(ctx);
        if (!authorized(ctx, fields)) {
            reply(ctx, 401, Map.of("text", "unauthorized: wrong or missing token"));
            return;
        }
        String text = fields.get("text");
        String trigger = fields.get("trigger_word");
        if (text != null && trigger != null && text.startsWith(trigger)) {
            text = text.substring(trigger.length());
        }
        ChatQuestion q = ChatQuestion.parse(text);
        if (q.rejection() != null) {
            reply(ctx, 200, Map.of("text", q.rejection()));
            return;
        }
        if (q.empty()) {
            reply(ctx, 200, Map.of("text", "Ask me a question about the papers."));
            return;
        }
        String unknownModel = jobs.unknownModel(q);
        if (unknownModel != null) {
            reply(ctx, 200, Map.of("text", MattermostRenderer.escape(unknownModel)));
            return;
        }
        String root = fields.get("root_id") != null && !fields.get("root_id").isBlank()
                ? fields.get("root_id")
                : fields.get("post_id");
        String user = fields.getOrDefault("user_id", "");
        String conversation =
                root == null ? null : ("mattermost-" + root + "-" + user).replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            Answer a = answers.ask(new AskRequest(
                    q.question(),
                    AnswerService.DEFAULT_K,
                    q.model(),
                    conversation,
                    owner(fields.get("team_id"), user)));
            reply(ctx, 200, Map.of("text", MattermostRenderer.answer(AnswerView.of(a))));
        } catch (IllegalArgumentException e) {
            reply(ctx, 200, Map.of("text", MattermostRenderer.escape(e.getMessage())));
        }
    }

    /** The owner of a Mattermost user's conversations: {@code mattermost:TEAM:USER}. */
    static String owner(String team, String user) {
        return "mattermost:" + team + ":" + user;
    }

    private void post(String url, String responseType, String text) {
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("response_type", responseType);
            body.put("text", text);
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                LOG.warning("response_url answered " + r.statusCode());
            }
        } catch (Exception e) {
            LOG.warning("response_url post failed: " + e.getMessage());
        }
    }

    private static void reply(Context ctx, int status, Map<String, Object> body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

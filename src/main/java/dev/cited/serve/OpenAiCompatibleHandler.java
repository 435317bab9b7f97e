package dev.cited.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.Conversation;
import dev.cited.answer.Questions;
import dev.cited.llm.ModelProfile;
import dev.cited.llm.ModelRegistry;
import dev.cited.present.AnswerView;
import dev.cited.present.MarkdownRenderer;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /v1/chat/completions} in OpenAI's shape, so chat clients can use Cited as a model.
 * The last user message is the question; earlier user and assistant messages are the
 * conversation it continues. Every user message passes {@link Questions#check}; other messages
 * are limited to {@value #MAX_OTHER_MESSAGE} characters. The request's {@code model} names a
 * profile, or is "cited" (or absent) for the default; any other name is a 400 {@code
 * unknown_model}. The response's {@code model} is the profile that answered. The reply content is the checked answer followed
 * by a numbered source list with the quoted sentences, in Markdown ({@link MarkdownRenderer}).
 * Answers are counted in the metrics by outcome, as the REST API counts them. With {@code "stream": true} the same
 * content is sent as {@code chat.completion.chunk} events and {@code [DONE]}.
 */
final class OpenAiCompatibleHandler {

    /** The name that means "the default profile", as clients configured for Cited send it. */
    static final String ALIAS = "cited";
    /** The longest system or assistant message accepted: long enough for an answer with its sources. */
    static final int MAX_OTHER_MESSAGE = 20_000;

    private final AnswerService answers;
    private final ModelRegistry models;
    private final Metrics metrics;

    OpenAiCompatibleHandler(AnswerService answers, ModelRegistry models, Metrics metrics) {
        this.answers = answers;
        this.models = models;
        this.metrics = metrics;
    }

    void handle(Context ctx) throws IOException {
        JsonNode body = ApiRequests.jsonBody(ctx);
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("invalid_messages", "'messages' must be a non-empty array of {role, content}");
        }
        List<String[]> turns = new ArrayList<>();
        for (JsonNode m : messages) {
            if (!m.isObject() || !m.path("role").isTextual()) {
                throw ApiError.badRequest("invalid_messages", "every message needs a string 'role' and 'content'");
            }
            turns.add(new String[] {m.get("role").asText(), content(m.get("content"))});
        }
        String[] last = turns.getLast();
        if (!last[0].equals("user")) {
            throw ApiError.badRequest("invalid_messages", "the last message must be a user message");
        }
        for (int i = 0; i < turns.size(); i++) {
            String[] t = turns.get(i);
            if (t[0].equals("user") || i == turns.size() - 1) {
                ApiRequests.checked(t[1], "messages[" + i + "].content", "invalid_messages");
            } else if (t[1].length() > MAX_OTHER_MESSAGE) {
                throw ApiError.badRequest(
                        "message_too_long",
                        "'messages[" + i + "].content' has " + t[1].length() + " characters; the limit is "
                                + MAX_OTHER_MESSAGE);
            } else if (Questions.hasControlCharacters(t[1])) {
                throw ApiError.badRequest(
                        "invalid_question", "'messages[" + i + "].content' contains control characters");
            }
        }
        JsonNode streamField = body.get("stream");
        if (streamField != null && !streamField.isNull() && !streamField.isBoolean()) {
            throw ApiError.badRequest("invalid_field", "'stream' must be true or false, got " + streamField);
        }
        boolean stream = streamField != null && streamField.asBoolean(false);
        String profile = profile(body);
        String conversationId = "openai-" + UUID.randomUUID();
        Conversation history = Conversation.start(conversationId);
        String pendingQuestion = null;
        for (String[] t : turns.subList(0, turns.size() - 1)) {
            if (t[0].equals("user")) {
                pendingQuestion = t[1];
            } else if (t[0].equals("assistant") && pendingQuestion != null) {
                history = history.with(new Conversation.Turn(pendingQuestion, pendingQuestion, t[1]), Map.of());
                pendingQuestion = null;
            }
        }
        AskRequest ask = new AskRequest(
                last[1], AnswerService.DEFAULT_K, profile, history.turns().isEmpty() ? null : conversationId);
        Answer a = history.turns().isEmpty() ? answers.ask(ask) : answers.ask(ask, history);
        ApiHandlers.count(metrics, a);
        String content = MarkdownRenderer.answer(AnswerView.of(a));
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        String model = a.model();
        if (stream) {
            SseStream sse = new SseStream(ctx);
            sse.sendData(chunk(id, created, model, Map.of("role", "assistant", "content", ""), null));
            for (String piece : content.split("(?<=\\s)")) {
                sse.sendData(chunk(id, created, model, Map.of("content", piece), null));
            }
            sse.sendData(chunk(id, created, model, Map.of(), "stop"));
            sse.sendRaw("[DONE]");
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", content);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("object", "chat.completion");
        out.put("created", created);
        out.put("model", model);
        out.put("choices", List.of(choice));
        out.put("usage", Map.of("prompt_tokens", 0, "completion_tokens", 0, "total_tokens", 0));
        CitedServer.json(ctx, out);
    }

    /**
     * The profile a request's {@code model} names: null (the default) when it is absent or the
     * {@value #ALIAS} alias; a 400 {@code unknown_model} listing the configured profile names
     * otherwise.
     */
    private String profile(JsonNode body) {
        JsonNode m = body.get("model");
        if (m == null || m.isNull()) {
            return null;
        }
        if (!m.isTextual()) {
            throw ApiError.badRequest("invalid_field", "'model' must be a string");
        }
        String name = m.asText().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals(ALIAS)) {
            return null;
        }
        List<String> names = models.profiles().stream().map(ModelProfile::name).toList();
        if (!names.contains(name)) {
            throw ApiError.badRequest(
                    "unknown_model",
                    "unknown model '" + Questions.preview(m.asText(), 60) + "'; use " + ALIAS + " or one of: "
                            + String.join(", ", names));
        }
        return name;
    }

    /** {@code GET /v1/models}: the configured profiles in OpenAI's list shape. */
    void models(Context ctx) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (ModelProfile p : models.profiles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.name());
            m.put("object", "model");
            m.put("created", 0);
            m.put("owned_by", "cited");
            data.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("object", "list");
        out.put("data", data);
        CitedServer.json(ctx, out);
    }

    private static String content(JsonNode c) {
        if (c == null || c.isNull()) {
            return "";
        }
        if (c.isTextual()) {
            return c.asText();
        }
        if (c.isArray()) {
            StringBuilder sb = new StringBuilder();
            c.forEach(part -> sb.append(part.path("text").asText("")));
            return sb.toString();
        }
        throw ApiError.badRequest("invalid_messages", "message 'content' must be a string or an array of text parts");
    }

    private static Map<String, Object> chunk(
            String id, long created, String model, Map<String, Object> delta, String finish) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finish);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("object", "chat.completion.chunk");
        out.put("created", created);
        out.put("model", model);
        out.put("choices", List.of(choice));
        return out;
    }
}

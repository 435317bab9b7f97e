package dev.cited.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Parses and validates request bodies and parameters, naming the field that is wrong. Questions
 * are limited to {@value #MAX_QUESTION} characters and may not hold control characters (other
 * than line breaks and tabs).
 */
final class ApiRequests {

    static final int MAX_QUESTION = 2000;
    private static final Set<String> ASK_FIELDS = Set.of("question", "model", "k", "conversation_id");

    private ApiRequests() {}

    /**
     * The JSON object body of a request that must be {@code application/json} (parameters such as
     * a charset allowed) and not compressed. Trailing text after the object and a key given twice
     * in one object are refused with {@code malformed_json}, naming the line and column.
     */
    static JsonNode jsonBody(Context ctx) {
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new ApiError(
                    415,
                    "unsupported_media_type",
                    "send the body uncompressed (got Content-Encoding: " + encoding.strip() + ")");
        }
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new ApiError(
                    415,
                    "unsupported_media_type",
                    "send the body as application/json (got " + (type == null ? "no content type" : type) + ")");
        }
        return JsonBodyReader.object(ctx.body());
    }

    /** An ask request from a JSON body; a missing conversation id starts a new conversation. */
    static AskRequest ask(JsonNode body) {
        body.fieldNames().forEachRemaining(f -> {
            if (!ASK_FIELDS.contains(f)) {
                throw ApiError.badRequest(
                        "unknown_field", "unknown field '" + f + "'; expected question, model, k, conversation_id");
            }
        });
        return ask(
                text(body, "question", true),
                text(body, "model", false),
                integer(body, "k"),
                text(body, "conversation_id", false));
    }

    /** An ask request from query parameters (for EventSource). */
    static AskRequest ask(Context ctx) {
        String k = ctx.queryParam("k");
        Integer kv = null;
        if (k != null) {
            try {
                kv = Integer.parseInt(k);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("invalid_field", "'k' must be a whole number, got '" + k + "'");
            }
        }
        return ask(ctx.queryParam("question"), ctx.queryParam("model"), kv, ctx.queryParam("conversation_id"));
    }

    /** A question that is present, not too long and free of control characters. */
    static String question(String question) {
        if (question == null || question.isBlank()) {
            throw ApiError.badRequest("missing_question", "'question' is required and must not be empty");
        }
        if (question.length() > MAX_QUESTION) {
            throw ApiError.badRequest(
                    "question_too_long",
                    "'question' has " + question.length() + " characters; the limit is " + MAX_QUESTION);
        }
        if (question.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw ApiError.badRequest("invalid_question", "'question' contains control characters");
        }
        return question;
    }

    private static AskRequest ask(String question, String model, Integer k, String conversationId) {
        question(question);
        int kv = k == null ? AnswerService.DEFAULT_K : k;
        if (kv < 1 || kv > AnswerService.MAX_K) {
            throw ApiError.badRequest("invalid_k", "'k' must be between 1 and " + AnswerService.MAX_K + ", got " + kv);
        }
        if (conversationId != null && !conversationId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ApiError.badRequest(
                    "invalid_conversation_id", "'conversation_id' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return new AskRequest(
                question, kv, model, conversationId == null ? UUID.randomUUID().toString() : conversationId);
    }

    static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiError.badRequest("missing_" + field, "'" + field + "' is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("invalid_field", "'" + field + "' must be a string, got " + kind(v));
        }
        return v.asText();
    }

    static Integer integer(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ApiError.badRequest("invalid_field", "'" + field + "' must be a whole number, got " + kind(v));
        }
        return v.intValue();
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}

package dev.cited.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.Questions;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Parses and validates request bodies and parameters, naming the field that is wrong. Questions
 * and search queries pass {@link Questions#check}, the check every surface shares.
 */
final class ApiRequests {

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

    /**
     * An ask request from a JSON body, its conversation id as given (null when absent; {@code
     * ConversationHandlers#bind} decides what that means for the caller).
     */
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
        String k = queryParam(ctx, "k");
        Integer kv = null;
        if (k != null) {
            try {
                kv = Integer.parseInt(k);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("invalid_field", "'k' must be a whole number, got '" + k + "'");
            }
        }
        return ask(queryParam(ctx, "question"), ctx.queryParam("model"), kv, ctx.queryParam("conversation_id"));
    }

    /** A question that is present and passes {@link Questions#check}; otherwise a 400 with its code. */
    static String question(String question) {
        return checked(question, "question", "missing_question");
    }

    /**
     * {@code text} when it passes {@link Questions#check}; a 400 with {@code missingCode} when it
     * is absent, or with the check's code otherwise.
     */
    static String checked(String text, String field, String missingCode) {
        if (text == null) {
            throw ApiError.badRequest(missingCode, "'" + field + "' is required");
        }
        Questions.Problem problem = Questions.check(text, field);
        if (problem != null) {
            throw ApiError.badRequest(problem.code(), problem.message());
        }
        return text;
    }

    /**
     * The named query parameter, after checking that the whole query string decodes: Javalin
     * drops a parameter whose percent-encoding is broken ({@code q=%zz}), which would read as
     * missing.
     */
    static String queryParam(Context ctx, String name) {
        String raw = ctx.queryString();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                try {
                    URLDecoder.decode(pair, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest(
                            "malformed_query",
                            "the query string is malformed (bad percent-encoding in '" + Questions.preview(pair, 40)
                                    + "')");
                }
            }
        }
        return ctx.queryParam(name);
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
        return new AskRequest(question, kv, model, conversationId);
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

package dev.cited.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cited.answer.AskRequest;
import dev.cited.history.ConversationIds;
import dev.cited.history.ConversationInfo;
import dev.cited.history.Feedback;
import dev.cited.history.History;
import dev.cited.history.Turn;
import dev.cited.index.PaperLookup;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conversation routes: list and search, read, rename, delete, export, feedback; and the
 * check that lets an ask continue only the caller's own conversation. Every id the caller does
 * not own, or that does not exist, is the same 404.
 */
final class ConversationHandlers {

    /** Conversations listed when the request does not say. */
    static final int DEFAULT_LIMIT = 20;

    private static final Set<String> FEEDBACK_FIELDS = Set.of("rating", "comment");

    private final History history;
    private final Owners owners;
    private final PaperLookup papers;
    private final Metrics metrics;

    ConversationHandlers(History history, Owners owners, PaperLookup papers, Metrics metrics) {
        this.history = history;
        this.owners = owners;
        this.papers = papers;
        this.metrics = metrics;
    }

    /**
     * The ask request bound to its caller: a named conversation must be the caller's own (else
     * 404); without one, an identified caller starts a new conversation under a server-issued id,
     * and an anonymous one-off is answered without being stored.
     */
    AskRequest bind(Context ctx, AskRequest request) {
        String owner = owners.of(ctx);
        String id = request.conversationId();
        if (id != null) {
            if (owner == null || history.conversation(owner, id).isEmpty()) {
                throw notFound(id);
            }
        } else if (owner != null) {
            id = ConversationIds.next();
        }
        return new AskRequest(request.question(), request.k(), request.model(), id, owner);
    }

    void list(Context ctx) {
        String owner = owners.of(ctx);
        int limit = limit(ctx.queryParam("limit"));
        Instant before = before(ctx.queryParam("before"));
        String q = ApiRequests.queryParam(ctx, "q");
        List<ConversationInfo> found = owner == null ? List.of() : history.conversations(owner, q, limit, before);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conversations", found.stream().map(ConversationHandlers::info).toList());
        body.put(
                "next_before",
                found.size() < limit ? null : found.getLast().updated().toString());
        CitedServer.json(ctx, body);
    }

    void get(Context ctx) throws IOException {
        ConversationInfo c = owned(ctx);
        Map<String, Object> body = info(c);
        List<Map<String, Object>> turns = new ArrayList<>();
        for (Turn t : history.turns(c.owner(), c.id())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", t.n());
            m.put("at", t.at().toString());
            m.put("question", t.content().question());
            m.put("answer", CitedServer.JSON.readTree(t.content().answerJson()));
            m.put("feedback", feedback(t.feedback()));
            turns.add(m);
        }
        body.put("turns", turns);
        CitedServer.json(ctx, body);
    }

    void rename(Context ctx) {
        ConversationInfo c = owned(ctx);
        JsonNode body = ApiRequests.jsonBody(ctx);
        body.fieldNames().forEachRemaining(f -> {
            if (!f.equals("title")) {
                throw ApiError.badRequest("unknown_field", "unknown field '" + f + "'; expected title");
            }
        });
        String title = ApiRequests.text(body, "title", true);
        if (title.isBlank() || title.length() > History.MAX_TITLE) {
            throw ApiError.badRequest(
                    "invalid_title", "'title' must be 1 to " + History.MAX_TITLE + " characters, not blank");
        }
        history.rename(c.owner(), c.id(), title);
        CitedServer.json(ctx, info(history.conversation(c.owner(), c.id()).orElseThrow(() -> notFound(c.id()))));
    }

    void delete(Context ctx) {
        ConversationInfo c = owned(ctx);
        history.delete(c.owner(), c.id());
        ctx.status(204);
        ctx.res().setContentType(null);
    }

    void export(Context ctx) throws IOException {
        ConversationInfo c = owned(ctx);
        String format = ctx.queryParam("format") == null ? "markdown" : ctx.queryParam("format");
        List<Turn> turns = history.turns(c.owner(), c.id());
        ConversationExport export = new ConversationExport(c, turns, papers);
        switch (format) {
            case "markdown" -> ctx.contentType("text/markdown; charset=utf-8").result(export.markdown());
            case "bibtex" ->
                ctx.contentType("application/x-bibtex; charset=utf-8").result(export.bibtex());
            case "json" -> get(ctx);
            default ->
                throw ApiError.badRequest(
                        "invalid_format", "'format' must be markdown, json or bibtex, got '" + format + "'");
        }
    }

    void feedback(Context ctx) {
        ConversationInfo c = owned(ctx);
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw new ApiError(404, "turn_not_found", "no turn '" + ctx.pathParam("n") + "' in this conversation");
        }
        JsonNode body = ApiRequests.jsonBody(ctx);
        body.fieldNames().forEachRemaining(f -> {
            if (!FEEDBACK_FIELDS.contains(f)) {
                throw ApiError.badRequest("unknown_field", "unknown field '" + f + "'; expected rating, comment");
            }
        });
        Feedback.Rating rating;
        try {
            rating = Feedback.Rating.parse(ApiRequests.text(body, "rating", true));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_rating", "'rating' must be \"up\" or \"down\"");
        }
        String comment = ApiRequests.text(body, "comment", false);
        if (comment != null && comment.length() > Feedback.MAX_COMMENT) {
            throw ApiError.badRequest(
                    "invalid_comment", "'comment' must be at most " + Feedback.MAX_COMMENT + " characters");
        }
        Feedback f = new Feedback(rating, comment, Instant.now());
        if (!history.feedback(c.owner(), c.id(), n, f)) {
            throw new ApiError(404, "turn_not_found", "no turn " + n + " in this conversation");
        }
        metrics.feedback(rating.id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("conversation_id", c.id());
        out.put("n", n);
        out.putAll(feedback(f));
        CitedServer.json(ctx, out);
    }

    private ConversationInfo owned(Context ctx) {
        String id = ctx.pathParam("id");
        String owner = owners.of(ctx);
        return (owner == null ? java.util.Optional.<ConversationInfo>empty() : history.conversation(owner, id))
                .orElseThrow(() -> notFound(id));
    }

    static ApiError notFound(String id) {
        return new ApiError(
                404, "conversation_not_found", "no conversation '" + id + "' (ids are issued by the server)");
    }

    private static Map<String, Object> info(ConversationInfo c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        m.put("created", c.created().toString());
        m.put("updated", c.updated().toString());
        m.put("turn_count", c.turns());
        return m;
    }

    private static Map<String, Object> feedback(Feedback f) {
        if (f == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rating", f.rating().id());
        m.put("comment", f.comment());
        m.put("at", f.at().toString());
        return m;
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= History.MAX_LIST) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest(
                "invalid_limit",
                "'limit' must be a whole number from 1 to " + History.MAX_LIST + ", got '" + value + "'");
    }

    private static Instant before(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(
                    "invalid_before",
                    "'before' must be a time such as 2026-12-01T10:00:00Z (a conversation's 'updated'), got '" + value
                            + "'");
        }
    }
}

package dev.cited.serve;

import dev.cited.answer.Answer;
import dev.cited.answer.AnswerListener;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.Source;
import dev.cited.index.PaperLookup;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.llm.ModelProfile;
import dev.cited.llm.ModelRegistry;
import dev.cited.present.SearchResults;
import dev.cited.retrieve.Retriever;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/** The REST API's handlers: parse and validate, call the answer and retrieve stages, render. */
final class ApiHandlers {

    private final AnswerService answers;
    private final Retriever retriever;
    private final PaperLookup papers;
    private final ModelRegistry models;
    private final Metrics metrics;
    private final ConversationHandlers conversations;

    ApiHandlers(
            AnswerService answers,
            Retriever retriever,
            PaperLookup papers,
            ModelRegistry models,
            Metrics metrics,
            ConversationHandlers conversations) {
        this.answers = answers;
        this.retriever = retriever;
        this.papers = papers;
        this.models = models;
        this.metrics = metrics;
        this.conversations = conversations;
    }

    void ask(Context ctx) throws IOException {
        Answer a = answers.ask(conversations.bind(ctx, ApiRequests.ask(ApiRequests.jsonBody(ctx))));
        count(metrics, a);
        CitedServer.json(ctx, a);
    }

    void askStreamPost(Context ctx) throws IOException {
        stream(ctx, conversations.bind(ctx, ApiRequests.ask(ApiRequests.jsonBody(ctx))));
    }

    void askStreamGet(Context ctx) throws IOException {
        stream(ctx, conversations.bind(ctx, ApiRequests.ask(ctx)));
    }

    /** Sources, tokens, then the checked answer as Server-Sent Events; an {@code error} event if it fails midway. */
    private void stream(Context ctx, AskRequest request) throws IOException {
        models.get(request.model());
        SseStream sse = new SseStream(ctx);
        try {
            Answer a = answers.stream(request, new AnswerListener() {
                @Override
                public void sources(List<Source> sources) {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("conversation_id", request.conversationId());
                    event.put("sources", sources);
                    sse.send("sources", event);
                }

                @Override
                public void token(String text) {
                    sse.send("token", Map.of("text", text));
                }

                @Override
                public void done(Answer answer) {
                    sse.send("done", answer);
                }

                @Override
                public boolean cancelled() {
                    return sse.gone();
                }
            });
            count(metrics, a);
        } catch (CancellationException gone) {
            // the client closed the stream; nothing left to send
            metrics.streamCancelled();
        } catch (IllegalArgumentException e) {
            sse.send("error", Map.of("error", "invalid_request", "message", e.getMessage()));
        } catch (IOException | RuntimeException e) {
            System.getLogger(ApiHandlers.class.getName())
                    .log(System.Logger.Level.ERROR, "the answer stream failed: " + ctx.path(), e);
            sse.send(
                    "error",
                    Map.of(
                            "error",
                            "internal_error",
                            "message",
                            "the answer failed (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Counts an answer by its outcome: {@code answered} or {@code abstained}, and {@code fallback} when a model failed. */
    static void count(Metrics metrics, Answer a) {
        metrics.answer(a.outcome().status().id());
        if (a.outcome().fellBack()) {
            metrics.answer("fallback");
        }
    }

    void search(Context ctx) throws IOException {
        String q = ApiRequests.checked(ApiRequests.queryParam(ctx, "q"), "q", "missing_q");
        int k = 10;
        String kp = ctx.queryParam("k");
        if (kp != null) {
            try {
                k = Integer.parseInt(kp);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("invalid_k", "'k' must be a whole number, got '" + kp + "'");
            }
        }
        if (k < 1 || k > 100) {
            throw ApiError.badRequest("invalid_k", "'k' must be between 1 and 100, got " + k);
        }
        CitedServer.json(ctx, SearchResults.of(q, retriever.search(q, k), papers::paper));
    }

    void paper(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Paper p = papers.paper(id)
                .orElseThrow(() -> new ApiError(404, "paper_not_found", "no paper with id '" + id + "'"));
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PaperVersion v : p.versions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", v.number());
            m.put("text", v.text());
            // file name and line only: the server's own paths are nobody's business
            m.put(
                    "locations",
                    v.locations().stream()
                            .map(l ->
                                    Path.of(l.substring(0, l.lastIndexOf(':'))).getFileName()
                                            + l.substring(l.lastIndexOf(':')))
                            .toList());
            versions.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", p.id());
        body.put("arxiv_id", p.arxivId());
        body.put("title", p.title());
        body.put("label", p.label());
        body.put("year", p.year());
        body.put("url", p.url());
        body.put("authors", p.authors());
        body.put("categories", p.categories());
        body.put("comments", p.comments());
        body.put("links", p.links());
        body.put("versions", versions);
        CitedServer.json(ctx, body);
    }

    void models(Context ctx) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ModelProfile p : models.profiles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("provider", p.provider().id());
            m.put("model", p.model());
            m.put("base_url", p.displayUrl());
            m.put("default", p.name().equals(models.defaultName()));
            list.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("default", models.defaultName());
        body.put("models", list);
        CitedServer.json(ctx, body);
    }

    /** Switches the default model; {@link CitedServer} has checked the admin token. */
    void setDefaultModel(Context ctx) {
        String name = ApiRequests.text(ApiRequests.jsonBody(ctx), "name", true);
        models.setDefault(name);
        CitedServer.json(ctx, Map.of("default", models.defaultName()));
    }

    void health(Context ctx) {
        List<Map<String, Object>> reach = new ArrayList<>();
        for (ModelProfile p : models.profiles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("reachable", reachable(p));
            reach.add(m);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("embedding_model", papers.manifest().embeddingModel());
        index.put("chunks", papers.manifest().chunks());
        index.put("built_at", papers.manifest().builtAt());
        if (papers.generation() != null) {
            index.put("generation", papers.generation());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("papers", papers.paperCount());
        body.put("index", index);
        body.put("default_model", models.defaultName());
        body.put("models", reach);
        CitedServer.json(ctx, body);
    }

    /** True/false for a profile with a base URL (a 300 ms TCP connect), null when not checkable, true for extractive. */
    private static Boolean reachable(ModelProfile p) {
        if (p.name().equals(ModelProfile.EXTRACTIVE)) {
            return true;
        }
        if (p.baseUrl() == null) {
            return null;
        }
        try (Socket s = new Socket()) {
            URI u = URI.create(p.baseUrl());
            int port = u.getPort() > 0 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
            s.connect(new InetSocketAddress(u.getHost(), port), 300);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}

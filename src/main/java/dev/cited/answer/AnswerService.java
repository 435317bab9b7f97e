package dev.cited.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.index.PaperIndex;
import dev.cited.ingest.Paper;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers questions: make a follow-up standalone, retrieve papers, number them, prompt the chosen
 * model, check the citations, remember the turn.
 *
 * <p>When the model fails (time-out, refused connection, HTTP 429 or 5xx, a broken stream, an
 * empty reply) the extractive model answers instead and a warning says which model failed and
 * why: the user always gets an answer or a clear error. Thread-safe.
 */
public final class AnswerService {

    /** Papers given to the model when the caller does not say. */
    public static final int DEFAULT_K = 5;

    public static final int MAX_K = 20;
    private static final int HISTORY_TURNS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.ExecutorService CALLS = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

    private final Retriever retriever;
    private final PaperIndex papers;
    private final ModelRegistry models;
    private final PromptTemplates prompts;
    private final CitationChecker checker;
    private final ConversationStore conversations;

    public AnswerService(Retriever retriever, PaperIndex papers, ModelRegistry models, PromptTemplates prompts,
            CitationChecker checker, ConversationStore conversations) {
        this.retriever = retriever;
        this.papers = papers;
        this.models = models;
        this.prompts = prompts;
        this.checker = checker;
        this.conversations = conversations;
    }

    /**
     * Answers a question.
     *
     * @throws IllegalArgumentException for a blank question, {@code k} outside 1..{@value #MAX_K},
     *     an unknown model or an illegal conversation id
     */
    public Answer ask(AskRequest request) throws IOException {
        return answer(request, null, null);
    }

    /**
     * Answers a question that continues {@code history}, a conversation the caller holds (such as
     * the messages of an OpenAI-style request); the store is neither read nor written.
     */
    public Answer ask(AskRequest request, Conversation history) throws IOException {
        return answer(request, null, history);
    }

    /**
     * Answers a question, streaming the sources, the model's tokens and then the checked answer
     * to {@code listener}; returns the same answer.
     */
    public Answer stream(AskRequest request, AnswerListener listener) throws IOException {
        return answer(request, listener, null);
    }

    private Answer answer(AskRequest request, AnswerListener listener, Conversation history) throws IOException {
        String question = request.question() == null ? "" : request.question().strip();
        if (question.isEmpty()) {
            throw new IllegalArgumentException("question is empty");
        }
        if (request.k() < 1 || request.k() > MAX_K) {
            throw new IllegalArgumentException("illegal k: " + request.k() + ", must be between 1 and " + MAX_K);
        }
        ModelRegistry.Model model = models.get(request.model());
        Conversation conversation = history != null ? history
                : request.conversationId() == null ? null : conversations.load(request.conversationId());
        List<String> warnings = new ArrayList<>();
        long start = System.nanoTime();
        String standalone = conversation == null ? question : standalone(conversation, question, model, warnings);
        List<PaperHit> hits = retriever.search(standalone, request.k());
        List<Paper> found = new ArrayList<>();
        for (PaperHit hit : hits) {
            found.add(papers.paper(hit.paperId())
                    .orElseThrow(() -> new IllegalStateException("index has no paper " + hit.paperId())));
        }
        NumberedSources sources = new NumberedSources(found, hits, conversation == null ? java.util.Map.of() : conversation.numbers());
        long retrieved = System.nanoTime();
        if (listener != null) {
            listener.sources(sources(sources, List.of()));
        }
        String answeredBy = model.name();
        CitationChecker.Checked checked = new CitationChecker.Checked("", List.of(), List.of());
        if (!hits.isEmpty()) {
            ChatRequest chat = ChatRequest.builder()
                    .messages(SystemMessage.from(prompts.system()), UserMessage.from(prompts.answer(standalone, sources)))
                    .build();
            String reply;
            try {
                reply = listener == null ? callReply(model, chat) : streamReply(model, chat, listener);
            } catch (ModelFailure | RuntimeException e) {
                if (e instanceof CancellationException c) {
                    throw c;
                }
                warnings.add(failure(model, e));
                answeredBy = models.fallback().name();
                reply = models.fallback().chat().chat(chat).aiMessage().text();
            }
            checked = checker.check(reply, sources);
        }
        warnings.addAll(checked.warnings());
        long answered = System.nanoTime();
        Answer.Timings timings = new Answer.Timings(ms(retrieved - start), ms(answered - retrieved), ms(answered - start));
        Answer answer = checked.supported()
                ? new Answer(question, checked.text(), false, checked.citations(), sources(sources, checked.citations()),
                        warnings, answeredBy, timings, request.conversationId())
                : new Answer(question, abstention(sources), true, List.of(), sources(sources, List.of()), warnings, answeredBy,
                        timings, request.conversationId());
        if (conversation != null && history == null) {
            conversations.save(conversation.with(new Conversation.Turn(question, standalone, answer.answer()), sources.numbering()));
        }
        if (listener != null) {
            listener.done(answer);
        }
        return answer;
    }

    /** Rewrites a follow-up: by the model when it is a language model, else (or when it fails) deterministically. */
    private String standalone(Conversation conversation, String question, ModelRegistry.Model model, List<String> warnings) {
        if (conversation.turns().isEmpty() || model.name().equals(models.fallback().name())) {
            return QuestionCondenser.standalone(conversation, question);
        }
        try {
            String rewritten = reply(model.chat().chat(ChatRequest.builder()
                    .messages(UserMessage.from(prompts.condense(conversation.history(HISTORY_TURNS), question))).build()));
            return rewritten.lines().findFirst().orElse(question).strip();
        } catch (ModelFailure | RuntimeException e) {
            warnings.add(failure(model, e).replace("answered with", "rewrote the follow-up without"));
            return QuestionCondenser.standalone(conversation, question);
        }
    }

    /** A model call that produced nothing usable. */
    static final class ModelFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ModelFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String reply(ChatResponse response) throws ModelFailure {
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new ModelFailure("returned no text", null);
        }
        return text;
    }

    /**
     * A blocking call with an overall deadline: the provider clients' own timeout covers only the
     * wait for response headers, so a reply that stalls after them would otherwise hang.
     */
    private static String callReply(ModelRegistry.Model model, ChatRequest chat) throws ModelFailure {
        if (model.profile().provider() == dev.cited.llm.Provider.EXTRACTIVE) {
            return reply(model.chat().chat(chat));
        }
        CompletableFuture<ChatResponse> call = CompletableFuture.supplyAsync(() -> model.chat().chat(chat), CALLS);
        try {
            return reply(call.get(model.profile().timeout().toMillis() + 1000, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ModelFailure("no complete reply within " + model.profile().timeout().toMillis() + " ms", null);
        } catch (ExecutionException e) {
            throw new ModelFailure("call failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static String streamReply(ModelRegistry.Model model, ChatRequest chat, AnswerListener listener)
            throws ModelFailure {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.streaming().chat(chat, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                if (listener.cancelled()) {
                    done.cancel(false);
                } else if (!done.isDone()) {
                    listener.token(partial);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                if (response != null && response.finishReason() == null) {
                    // OpenAI's client completes a stream that ended without its end marker.
                    done.completeExceptionally(new java.io.EOFException("stream ended without its end marker"));
                } else {
                    done.complete(response);
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return reply(done.get(model.profile().timeout().toMillis() + 1000, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            throw new ModelFailure("stream did not finish within " + model.profile().timeout().toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new ModelFailure("stream failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private String failure(ModelRegistry.Model model, Exception e) {
        String why = e instanceof ModelFailure && e.getCause() == null ? e.getMessage()
                : describe(e instanceof ModelFailure && e.getCause() != null ? e.getCause() : e, model);
        return "model '" + model.name() + "' failed (" + why + "); answered with the " + models.fallback().name() + " model";
    }

    /**
     * A one-line reason for a provider error, never a stack trace: the HTTP status and the
     * provider's own error message when there is one ("HTTP 429: rate limited"), else the error's
     * type and first line.
     */
    static String describe(Throwable e, ModelRegistry.Model model) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return "HTTP " + http.statusCode() + ": " + errorMessage(http.getMessage());
            }
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException) {
                return "no reply within " + model.profile().timeout().toMillis() + " ms";
            }
            if (t instanceof java.net.ConnectException) {
                return "cannot connect to " + (model.profile().baseUrl() == null ? "the provider" : model.profile().baseUrl());
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return "malformed response: " + firstLine(t.getMessage());
            }
            if (t instanceof java.io.EOFException || "closed".equals(t.getMessage())) {
                return "response cut off before it was complete";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = firstLine(root.getMessage() != null ? root.getMessage() : e.getMessage());
        String type = root.getClass().getSimpleName();
        return message.isEmpty() ? type : type + ": " + message;
    }

    /** The message inside a provider's error JSON ({@code error.message}, {@code error}), else the body's first line. */
    private static String errorMessage(String body) {
        if (body != null) {
            try {
                JsonNode node = JSON.readTree(body);
                JsonNode error = node == null ? null : node.get("error");
                if (error != null && error.isTextual()) {
                    return firstLine(error.asText());
                }
                if (error != null && error.hasNonNull("message")) {
                    return firstLine(error.get("message").asText());
                }
            } catch (IOException notJson) {
                // fall through to the raw body
            }
        }
        return firstLine(body);
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    private static List<Source> sources(NumberedSources sources, List<Citation> citations) {
        List<Source> out = new ArrayList<>();
        for (NumberedSources.Entry e : sources.entries()) {
            Paper p = e.paper();
            int version = citations.stream().filter(c -> c.n() == e.n()).map(Citation::version).findFirst()
                    .orElse(e.hit().version());
            out.add(new Source(e.n(), p.id(), p.arxivId(), p.title(), p.label(), p.url(), p.year(), version,
                    p.versions().size(), p.version(version).text(), e.hit().score(), Source.Scores.of(e.hit().scores())));
        }
        return out;
    }

    private static String abstention(NumberedSources sources) {
        if (sources.size() == 0) {
            return "The collection does not answer this question: no paper matches it.";
        }
        List<String> labels = new ArrayList<>();
        for (NumberedSources.Entry e : sources.entries().subList(0, Math.min(3, sources.size()))) {
            labels.add(e.paper().label() + (e.paper().arxivId() == null ? "" : " (arXiv:" + e.paper().arxivId() + ")"));
        }
        return "The collection does not answer this question. The closest papers, none of which states an answer, are: "
                + String.join("; ", labels) + ".";
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}

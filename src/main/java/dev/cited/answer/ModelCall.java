package dev.cited.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.llm.ModelProfile;
import dev.cited.llm.ModelRegistry;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One call to a language model's chat client (the extractive answerer has none), with an overall
 * deadline (the provider clients' own timeout covers only the wait for response headers), and
 * failures turned into one readable line: the HTTP status and the provider's message, "no reply
 * within N ms", "cannot connect to URL", "malformed response", "response cut off".
 */
final class ModelCall {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExecutorService CALLS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("cited-model-call-", 0).factory());

    /** How often a silent stream asks whether its listener went away. */
    static final long POLL_MILLIS = 200;

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);

    private ModelCall() {}

    /** A model call that produced nothing usable. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String text(ChatResponse response) throws Failure {
        String text = response == null || response.aiMessage() == null
                ? null
                : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw new Failure("returned no text", null);
        }
        return text;
    }

    /**
     * A blocking call with an overall deadline: the provider clients' own timeout covers only the
     * wait for response headers, so a reply that stalls after them would otherwise hang.
     */
    static String blocking(ModelRegistry.Model model, ChatRequest chat) throws Failure {
        CompletableFuture<ChatResponse> call =
                CompletableFuture.supplyAsync(() -> model.chat().chat(chat), CALLS);
        try {
            return text(call.get(model.profile().timeout().toMillis() + 1000, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new Failure(
                    "no complete reply within " + model.profile().timeout().toMillis() + " ms", null);
        } catch (ExecutionException e) {
            throw new Failure("call failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /**
     * A streaming call that hands each piece of the reply to {@code listener} and returns the
     * whole reply. When the listener reports {@link AnswerListener#cancelled() cancelled} (asked
     * on every piece and every {@value #POLL_MILLIS} ms while the stream is silent) or the
     * deadline passes, the provider's streaming handle is cancelled, which closes the upstream
     * HTTP response, so the model stops writing (and billing) tokens. A stream that is silent
     * before its first piece has no handle yet; it is cancelled when that piece arrives.
     *
     * @throws CancellationException when the listener went away
     */
    static String streaming(ModelRegistry.Model model, ChatRequest chat, AnswerListener listener) throws Failure {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        model.streaming().chat(chat, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                handle.set(context.streamingHandle());
                if (done.isDone() || listener.cancelled()) {
                    done.cancel(false);
                    stop(handle);
                } else {
                    listener.token(partial.text());
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                if (response != null && response.finishReason() == null) {
                    // OpenAI's client completes a stream that ended without its end marker.
                    done.completeExceptionally(new EOFException("stream ended without its end marker"));
                } else {
                    done.complete(response);
                }
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        long timeout = model.profile().timeout().toMillis() + 1000;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                try {
                    return text(done.get(Math.min(left, POLL_NANOS), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    if (listener.cancelled()) {
                        done.cancel(false);
                        stop(handle);
                        throw new CancellationException("the listener went away");
                    }
                    if (left <= POLL_NANOS) {
                        done.cancel(false);
                        stop(handle);
                        throw new Failure(
                                "stream did not finish within "
                                        + model.profile().timeout().toMillis() + " ms",
                                e);
                    }
                }
            }
        } catch (CancellationException e) {
            stop(handle);
            throw e;
        } catch (ExecutionException e) {
            throw new Failure("stream failed", e.getCause());
        } catch (InterruptedException e) {
            stop(handle);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Cancels the stream behind {@code handle}, if it has one yet; a second cancel does nothing. */
    private static void stop(AtomicReference<StreamingHandle> handle) {
        StreamingHandle h = handle.get();
        if (h != null && !h.isCancelled()) {
            try {
                h.cancel();
            } catch (RuntimeException unsupported) {
                // a client that cannot cancel runs to its end; nothing else to do
            }
        }
    }

    /**
     * A one-line reason for a provider error, never a stack trace: the HTTP status and the
     * provider's own error message when there is one ("HTTP 429: rate limited"), else the error's
     * type and first line. URLs in it never carry credentials ({@link ModelProfile#redactUrls}).
     */
    static String describe(Throwable e, ModelRegistry.Model model) {
        return ModelProfile.redactUrls(reason(e, model));
    }

    private static String reason(Throwable e, ModelRegistry.Model model) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return "HTTP " + http.statusCode() + ": " + errorMessage(http.getMessage());
            }
            if (t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException) {
                return "no reply within " + model.profile().timeout().toMillis() + " ms";
            }
            if (t instanceof ConnectException) {
                return "cannot connect to "
                        + (model.profile().baseUrl() == null
                                ? "the provider"
                                : model.profile().displayUrl());
            }
            if (t instanceof JsonProcessingException) {
                return "malformed response: " + firstLine(t.getMessage());
            }
            if (t instanceof EOFException || "closed".equals(t.getMessage())) {
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
}

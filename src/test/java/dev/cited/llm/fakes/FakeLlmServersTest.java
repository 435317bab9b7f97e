package dev.cited.llm.fakes;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fake servers against LangChain4j's real provider clients. Besides proving the fakes speak each protocol, the
 * tests pin down how each client reacts to errors (exception types and messages), which production code maps to
 * user-facing warnings; a LangChain4j upgrade that changes a reaction fails here first.
 */
class FakeLlmServersTest {

    static final String SYSTEM = "Answer only from the numbered abstracts.";
    static final String QUESTION = "Does compound X inhibit growth?";
    static final String ANSWER = "Compound X inhibits growth in vitro [1]. The effect is dose dependent [2].";
    /** The pieces a truncated stream of {@link #ANSWER} gets through: two of five. */
    static final List<String> FIRST_HALF = List.of("Compound X inhibits ", "growth in vitro ");
    /** The client timeout of most tests: generous, so a cold JVM never trips it. */
    static final Duration NORMAL_TIMEOUT = Duration.ofSeconds(10);
    /** The client timeout of the timeout tests. */
    static final Duration SHORT_TIMEOUT = Duration.ofMillis(750);
    /** How long a test waits for a streaming callback that must come. */
    static final long WAIT_SECONDS = 5;
    /** How long a test waits to be confident a streaming callback does not come. */
    static final long QUIET_MILLIS = 700;

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The three providers: their fake, their real clients, and where their request JSON keeps the messages. */
    enum Provider {
        OPENAI("gpt-4o-mini") {
            @Override
            FakeLlmServer start() {
                return new OpenAiFakeServer();
            }

            @Override
            ChatModel chatModel(String baseUrl, Duration timeout) {
                return OpenAiChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey("test-key")
                        .modelName(model)
                        .maxRetries(0)
                        .timeout(timeout)
                        .build();
            }

            @Override
            StreamingChatModel streamingModel(String baseUrl, Duration timeout) {
                return OpenAiStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey("test-key")
                        .modelName(model)
                        .timeout(timeout)
                        .build();
            }

            @Override
            String systemText(JsonNode request) {
                return messageText(request, "system");
            }

            @Override
            Map<String, String> credentialHeaders() {
                return Map.of("authorization", "Bearer test-key");
            }

            @Override
            String errorMessage(JsonNode errorBody) {
                return errorBody.path("error").path("message").asText();
            }
        },
        OLLAMA("llama3.2") {
            @Override
            FakeLlmServer start() {
                return new OllamaFakeServer();
            }

            @Override
            ChatModel chatModel(String baseUrl, Duration timeout) {
                return OllamaChatModel.builder()
                        .baseUrl(baseUrl)
                        .modelName(model)
                        .maxRetries(0)
                        .timeout(timeout)
                        .build();
            }

            @Override
            StreamingChatModel streamingModel(String baseUrl, Duration timeout) {
                return OllamaStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .modelName(model)
                        .timeout(timeout)
                        .build();
            }

            @Override
            String systemText(JsonNode request) {
                return messageText(request, "system");
            }

            @Override
            Map<String, String> credentialHeaders() {
                return Map.of("content-type", "application/json");
            }

            @Override
            String errorMessage(JsonNode errorBody) {
                return errorBody.path("error").asText();
            }
        },
        ANTHROPIC("claude-haiku-4-5") {
            @Override
            FakeLlmServer start() {
                return new AnthropicFakeServer();
            }

            @Override
            ChatModel chatModel(String baseUrl, Duration timeout) {
                return AnthropicChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey("test-key")
                        .modelName(model)
                        .maxRetries(0)
                        .timeout(timeout)
                        .build();
            }

            @Override
            StreamingChatModel streamingModel(String baseUrl, Duration timeout) {
                return AnthropicStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey("test-key")
                        .modelName(model)
                        .timeout(timeout)
                        .build();
            }

            @Override
            String systemText(JsonNode request) {
                return text(request.path("system"));
            }

            @Override
            Map<String, String> credentialHeaders() {
                return Map.of("x-api-key", "test-key", "anthropic-version", "2023-06-01");
            }

            @Override
            String errorMessage(JsonNode errorBody) {
                assertThat(errorBody.path("type").asText()).isEqualTo("error");
                return errorBody.path("error").path("message").asText();
            }
        };

        final String model;

        Provider(String model) {
            this.model = model;
        }

        abstract FakeLlmServer start();

        abstract ChatModel chatModel(String baseUrl, Duration timeout);

        abstract StreamingChatModel streamingModel(String baseUrl, Duration timeout);

        /** The system prompt as the request JSON carries it. */
        abstract String systemText(JsonNode request);

        /** Headers the client must send, by lower-case name. */
        abstract Map<String, String> credentialHeaders();

        /** The message inside the provider's error JSON. */
        abstract String errorMessage(JsonNode errorBody);

        ChatModel chatModel(FakeLlmServer server) {
            return chatModel(server.baseUrl(), NORMAL_TIMEOUT);
        }

        StreamingChatModel streamingModel(FakeLlmServer server) {
            return streamingModel(server.baseUrl(), NORMAL_TIMEOUT);
        }

        /** The last user message as the request JSON carries it (all three use a {@code messages} array). */
        static String userText(JsonNode request) {
            return messageText(request, "user");
        }

        static String messageText(JsonNode request, String role) {
            String found = null;
            for (JsonNode message : request.path("messages")) {
                if (role.equals(message.path("role").asText())) {
                    found = text(message.path("content"));
                }
            }
            return found;
        }

        /** Text of a content field: a string, or an array of {@code {"type": "text", "text": ...}} blocks. */
        static String text(JsonNode content) {
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder text = new StringBuilder();
            for (JsonNode block : content) {
                text.append(block.path("text").asText());
            }
            return text.toString();
        }
    }

    /** Collects a streaming chat's callbacks; futures so that a test waits with a bound and never hangs. */
    static final class Stream implements StreamingChatResponseHandler {
        final List<String> partials = new CopyOnWriteArrayList<>();
        final List<String> order = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChatResponse> completed = new CompletableFuture<>();
        final CompletableFuture<Throwable> failed = new CompletableFuture<>();

        static Stream of(StreamingChatModel model) {
            Stream stream = new Stream();
            model.chat(List.of(SystemMessage.from(SYSTEM), UserMessage.from(QUESTION)), stream);
            return stream;
        }

        @Override
        public void onPartialResponse(String partialResponse) {
            partials.add(partialResponse);
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            order.add("complete");
            completed.complete(completeResponse);
        }

        @Override
        public void onError(Throwable error) {
            order.add("error");
            failed.complete(error);
        }

        ChatResponse awaitCompletion() throws Exception {
            return completed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        Throwable awaitError() throws Exception {
            return failed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        /** Waits {@link #QUIET_MILLIS} and asserts that neither completion nor error arrived. */
        void assertSilent() throws InterruptedException {
            Thread.sleep(QUIET_MILLIS);
            assertThat(order).isEmpty();
        }
    }

    static ChatResponse chat(ChatModel model) {
        return model.chat(SystemMessage.from(SYSTEM), UserMessage.from(QUESTION));
    }

    // ---- (a) plain chat ----

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_plain_chat_returns_the_scripted_text_and_the_request_carries_system_user_model_and_credentials(
            Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.text(ANSWER));

            ChatResponse response = chat(provider.chatModel(server));

            assertThat(response.aiMessage().text()).isEqualTo(ANSWER);
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.metadata().modelName()).isEqualTo(provider.model);
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(13);
            RecordedRequest request = server.lastRequest();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo(server.chatPath());
            assertThat(request.model()).isEqualTo(provider.model);
            assertThat(request.streaming()).isFalse();
            assertThat(provider.systemText(request.json())).isEqualTo(SYSTEM);
            assertThat(Provider.userText(request.json())).isEqualTo(QUESTION);
            assertThat(request.headers()).containsAllEntriesOf(provider.credentialHeaders());
            assertThat(server.requests()).hasSize(1);
        }
    }

    // ---- (b) streaming chat ----

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_streamed_chat_delivers_the_text_in_pieces_and_completes_with_the_whole_text(Provider provider)
            throws Exception {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.text(ANSWER));

            Stream stream = Stream.of(provider.streamingModel(server));
            ChatResponse response = stream.awaitCompletion();

            assertThat(stream.partials)
                    .containsExactlyElementsOf(Reply.pieces(ANSWER))
                    .hasSize(5);
            assertThat(String.join("", stream.partials)).isEqualTo(ANSWER);
            assertThat(response.aiMessage().text()).isEqualTo(ANSWER);
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(13);
            assertThat(stream.order).containsExactly("complete");
            RecordedRequest request = server.lastRequest();
            assertThat(request.streaming()).isTrue();
            assertThat(request.model()).isEqualTo(provider.model);
            assertThat(provider.systemText(request.json())).isEqualTo(SYSTEM);
            assertThat(Provider.userText(request.json())).isEqualTo(QUESTION);
            assertThat(request.headers()).containsAllEntriesOf(provider.credentialHeaders());
        }
    }

    @Test
    void the_openai_client_asks_for_usage_in_the_stream_and_the_fake_sends_it_before_done() throws Exception {
        try (FakeLlmServer server = new OpenAiFakeServer()) {
            server.enqueue(Reply.text(ANSWER));

            ChatResponse response =
                    Stream.of(Provider.OPENAI.streamingModel(server)).awaitCompletion();

            assertThat(server.lastRequest()
                            .json()
                            .path("stream_options")
                            .path("include_usage")
                            .asBoolean())
                    .isTrue();
            assertThat(response.tokenUsage().inputTokenCount()).isPositive();
        }
    }

    // ---- (c) HTTP errors ----

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_429_fails_the_plain_chat_at_once_with_a_rate_limit_exception_whose_message_is_the_error_body(
            Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.status(429, "Rate limit reached for requests"));

            assertThatThrownBy(() -> chat(provider.chatModel(server)))
                    .isInstanceOf(RateLimitException.class)
                    .hasMessageContaining("Rate limit reached for requests")
                    .cause()
                    .isInstanceOfSatisfying(
                            HttpException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
            assertThat(server.requests()).hasSize(1); // maxRetries(0): no retry
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_429_fails_a_streamed_chat_through_on_error_with_a_rate_limit_exception(Provider provider) throws Exception {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.status(429, "Rate limit reached for requests"));

            Stream stream = Stream.of(provider.streamingModel(server));

            assertThat(stream.awaitError())
                    .isInstanceOf(RateLimitException.class)
                    .hasMessageContaining("Rate limit reached for requests");
            assertThat(stream.partials).isEmpty();
            assertThat(stream.order).containsExactly("error");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_500_fails_the_plain_chat_with_an_internal_server_exception(Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.status(500, "The server had an error"));

            assertThatThrownBy(() -> chat(provider.chatModel(server)))
                    .isInstanceOf(InternalServerException.class)
                    .hasMessageContaining("The server had an error");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void an_error_reply_has_the_provider_error_shape_and_a_429_says_retry_after_one_second(Provider provider)
            throws Exception {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.status(429, "Rate limit reached for requests"));

            HttpResponse<String> response =
                    post(server.origin() + server.chatPath(), "{\"model\": \"m\", \"stream\": true}");

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(response.headers().firstValue("retry-after")).hasValue("1");
            assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(provider.errorMessage(MAPPER.readTree(response.body())))
                    .isEqualTo("Rate limit reached for requests");
        }
    }

    // ---- (d) timeouts ----

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_reply_slower_than_the_client_timeout_fails_the_plain_chat_with_a_timeout_and_the_server_keeps_serving(
            Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.slow(ANSWER, Duration.ofSeconds(30)), Reply.text("Still here."));
            ChatModel model = provider.chatModel(server.baseUrl(), SHORT_TIMEOUT);

            long start = System.nanoTime();
            assertThatThrownBy(() -> chat(model))
                    .isInstanceOf(TimeoutException.class)
                    .hasMessage("request timed out")
                    .hasCauseInstanceOf(java.net.http.HttpTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

            // the slow handler still sleeps on its worker; the next request is served at once
            assertThat(chat(provider.chatModel(server)).aiMessage().text()).isEqualTo("Still here.");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_reply_slower_than_the_client_timeout_fails_a_streamed_chat_through_on_error_with_a_timeout(Provider provider)
            throws Exception {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.slow(ANSWER, Duration.ofSeconds(30)));

            Stream stream = Stream.of(provider.streamingModel(server.baseUrl(), SHORT_TIMEOUT));

            assertThat(stream.awaitError())
                    .isInstanceOf(TimeoutException.class)
                    .hasMessage("java.net.http.HttpTimeoutException: request timed out")
                    .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
            assertThat(stream.order).containsExactly("error");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void the_client_timeout_does_not_bound_a_stream_that_stalls_after_its_headers(Provider provider) throws Exception {
        try (FakeLlmServer server = provider.start()) {
            Duration pause = SHORT_TIMEOUT.multipliedBy(2);
            server.enqueue(Reply.stalling(ANSWER, pause));

            long start = System.nanoTime();
            Stream stream = Stream.of(provider.streamingModel(server.baseUrl(), SHORT_TIMEOUT));
            ChatResponse response = stream.awaitCompletion();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(pause);
            assertThat(response.aiMessage().text()).isEqualTo(ANSWER);
            assertThat(stream.order).containsExactly("complete");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void the_client_timeout_does_not_bound_a_plain_reply_that_stalls_after_its_headers(Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            Duration pause = SHORT_TIMEOUT.multipliedBy(2);
            server.enqueue(Reply.stalling(ANSWER, pause));

            long start = System.nanoTime();
            ChatResponse response = chat(provider.chatModel(server.baseUrl(), SHORT_TIMEOUT));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(pause);
            assertThat(response.aiMessage().text()).isEqualTo(ANSWER);
        }
    }

    @Test
    void closing_the_server_ends_a_pending_slow_reply_at_once() throws Exception {
        FakeLlmServer server = new AnthropicFakeServer();
        try {
            server.enqueue(Reply.slow(ANSWER, Duration.ofMinutes(5)));
            Stream stream = Stream.of(Provider.ANTHROPIC.streamingModel(server.baseUrl(), Duration.ofMinutes(1)));
            while (server.requests().isEmpty()) {
                Thread.sleep(10);
            }

            long start = System.nanoTime();
            server.close();
            server.close(); // idempotent

            // not mapped to a LangChain4j exception: the JDK client's CompletionException arrives as it is
            assertThat(stream.awaitError())
                    .isExactlyInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        } finally {
            server.close();
        }
    }

    // ---- (e) truncated: connection dropped mid-response ----

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_connection_dropped_mid_body_fails_the_plain_chat_with_a_bare_runtime_exception_around_an_io_error(
            Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.truncated(ANSWER));

            assertThatThrownBy(() -> chat(provider.chatModel(server)))
                    .isExactlyInstanceOf(RuntimeException.class)
                    .hasMessageStartingWith("java.io.IOException: fixed content-length: ")
                    .hasCauseInstanceOf(IOException.class)
                    .hasRootCauseInstanceOf(EOFException.class);
        }
    }

    @Test
    void openai_streaming_reports_a_dropped_connection_through_on_error_and_then_still_completes_with_the_partial_text()
            throws Exception {
        try (FakeLlmServer server = new OpenAiFakeServer()) {
            server.enqueue(Reply.truncated(ANSWER));

            Stream stream = Stream.of(Provider.OPENAI.streamingModel(server));
            Throwable error = stream.awaitError();
            ChatResponse response = stream.awaitCompletion();

            assertDroppedConnection(error);
            assertThat(stream.partials).containsExactlyElementsOf(FIRST_HALF);
            assertThat(stream.order).containsExactly("error", "complete");
            assertThat(response.aiMessage().text()).isEqualTo(String.join("", FIRST_HALF));
            assertThat(response.finishReason()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"OLLAMA", "ANTHROPIC"})
    void ollama_and_anthropic_streaming_report_a_dropped_connection_through_on_error_only(Provider provider)
            throws Exception {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.truncated(ANSWER));

            Stream stream = Stream.of(provider.streamingModel(server));
            Throwable error = stream.awaitError();
            Thread.sleep(QUIET_MILLIS);

            assertDroppedConnection(error);
            assertThat(stream.partials).containsExactlyElementsOf(FIRST_HALF);
            assertThat(stream.order).containsExactly("error");
        }
    }

    /** What all three streaming clients pass to onError when the connection drops mid-stream. */
    private static void assertDroppedConnection(Throwable error) {
        assertThat(error)
                .isExactlyInstanceOf(LangChain4jException.class)
                .hasMessage("closed")
                .hasCauseInstanceOf(IOException.class)
                .hasRootCauseInstanceOf(EOFException.class);
    }

    // ---- ends early: the HTTP response ends cleanly, the provider's end marker never comes ----

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_json_body_cut_in_half_fails_the_plain_chat_with_a_bare_runtime_exception_around_a_json_error(
            Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.endsEarly(ANSWER));

            assertThatThrownBy(() -> chat(provider.chatModel(server)))
                    .isExactlyInstanceOf(RuntimeException.class)
                    .hasMessageContaining("Unexpected end-of-input")
                    .hasCauseInstanceOf(JsonProcessingException.class)
                    .hasRootCauseInstanceOf(JsonEOFException.class);
        }
    }

    @Test
    void openai_streaming_completes_without_any_error_with_the_partial_text_when_done_never_comes() throws Exception {
        try (FakeLlmServer server = new OpenAiFakeServer()) {
            server.enqueue(Reply.endsEarly(ANSWER));

            Stream stream = Stream.of(Provider.OPENAI.streamingModel(server));
            ChatResponse response = stream.awaitCompletion();
            Thread.sleep(QUIET_MILLIS / 4);

            assertThat(stream.order).containsExactly("complete");
            assertThat(response.aiMessage().text()).isEqualTo(String.join("", FIRST_HALF));
            assertThat(response.finishReason())
                    .as("the only sign of truncation")
                    .isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"OLLAMA", "ANTHROPIC"})
    void ollama_and_anthropic_streaming_never_call_back_when_the_end_marker_never_comes(Provider provider)
            throws Exception {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.endsEarly(ANSWER));

            Stream stream = Stream.of(provider.streamingModel(server));

            stream.assertSilent();
            assertThat(stream.partials).containsExactlyElementsOf(FIRST_HALF);
        }
    }

    // ---- malformed JSON ----

    @ParameterizedTest
    @EnumSource(Provider.class)
    void a_body_that_is_not_json_fails_the_plain_chat_with_a_bare_runtime_exception_around_a_parse_error(
            Provider provider) {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.malformed());

            assertThatThrownBy(() -> chat(provider.chatModel(server)))
                    .isExactlyInstanceOf(RuntimeException.class)
                    .hasMessageStartingWith("com.fasterxml.jackson.core.JsonParseException: Unexpected character")
                    .hasCauseExactlyInstanceOf(JsonParseException.class);
        }
    }

    @Test
    void openai_streaming_reports_a_malformed_chunk_through_on_error_and_then_still_completes() throws Exception {
        try (FakeLlmServer server = new OpenAiFakeServer()) {
            server.enqueue(Reply.malformed());

            Stream stream = Stream.of(Provider.OPENAI.streamingModel(server));
            Throwable error = stream.awaitError();
            ChatResponse response = stream.awaitCompletion();

            assertThat(error)
                    .isExactlyInstanceOf(RuntimeException.class)
                    .hasCauseExactlyInstanceOf(JsonParseException.class);
            assertThat(stream.order).containsExactly("error", "complete");
            assertThat(response.aiMessage().text()).isNull();
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Provider.class,
            names = {"OLLAMA", "ANTHROPIC"})
    void ollama_and_anthropic_streaming_drop_a_malformed_chunk_silently_and_complete_normally(Provider provider)
            throws Exception {
        try (FakeLlmServer server = provider.start()) {
            server.enqueue(Reply.malformed());

            Stream stream = Stream.of(provider.streamingModel(server));
            ChatResponse response = stream.awaitCompletion();
            Thread.sleep(QUIET_MILLIS / 4);

            assertThat(stream.order).containsExactly("complete");
            assertThat(response.aiMessage().text()).isNull();
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        }
    }

    // ---- the fake's own contract ----

    @Test
    void with_nothing_enqueued_every_chat_gets_a_500() {
        try (FakeLlmServer server = new OllamaFakeServer()) {
            assertThatThrownBy(() -> chat(Provider.OLLAMA.chatModel(server)))
                    .isInstanceOf(InternalServerException.class)
                    .hasMessageContaining(FakeLlmServer.NOTHING_ENQUEUED);
        }
    }

    @Test
    void replies_are_used_in_order_and_the_last_one_repeats_when_the_queue_runs_dry() {
        try (FakeLlmServer server = new OpenAiFakeServer()) {
            server.enqueue(Reply.text("one")).enqueue(Reply.status(500, "two"), Reply.text("three"));
            ChatModel model = Provider.OPENAI.chatModel(server);

            assertThat(chat(model).aiMessage().text()).isEqualTo("one");
            assertThatThrownBy(() -> chat(model)).isInstanceOf(InternalServerException.class);
            assertThat(chat(model).aiMessage().text()).isEqualTo("three");
            assertThat(chat(model).aiMessage().text()).isEqualTo("three");
            assertThat(server.requests()).hasSize(4);
        }
    }

    @Test
    void a_wrong_base_url_gets_a_404_that_the_client_reports_as_model_not_found_and_consumes_no_reply() {
        try (FakeLlmServer server = new OpenAiFakeServer()) {
            server.enqueue(Reply.text(ANSWER));

            assertThatThrownBy(() -> chat(Provider.OPENAI.chatModel(server.origin(), NORMAL_TIMEOUT)))
                    .isInstanceOf(ModelNotFoundException.class);
            assertThat(server.lastRequest().path()).isEqualTo("/chat/completions");

            assertThat(chat(Provider.OPENAI.chatModel(server)).aiMessage().text())
                    .isEqualTo(ANSWER);
        }
    }

    @Test
    void requests_are_recorded_as_snapshots_and_last_request_needs_one() {
        try (FakeLlmServer server = new AnthropicFakeServer()) {
            assertThatThrownBy(server::lastRequest).isInstanceOf(IllegalStateException.class);
            server.enqueue(Reply.text(ANSWER));

            List<RecordedRequest> before = server.requests();
            chat(Provider.ANTHROPIC.chatModel(server));

            assertThat(before).isEmpty();
            assertThat(server.requests()).containsExactly(server.lastRequest());
            assertThat(server.lastRequest().header("X-API-Key")).isEqualTo("test-key");
            assertThat(server.lastRequest().json().path("max_tokens").isInt()).isTrue();
        }
    }

    @Test
    void base_urls_have_the_shape_each_client_expects() {
        try (FakeLlmServer openAi = new OpenAiFakeServer();
                FakeLlmServer ollama = new OllamaFakeServer();
                FakeLlmServer anthropic = new AnthropicFakeServer()) {
            assertThat(openAi.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            assertThat(ollama.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(anthropic.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1/");
            assertThat(openAi.chatPath()).isEqualTo("/v1/chat/completions");
            assertThat(ollama.chatPath()).isEqualTo("/api/chat");
            assertThat(anthropic.chatPath()).isEqualTo("/v1/messages");
        }
    }

    @Test
    void ollama_streams_unless_the_request_says_stream_false() throws Exception {
        try (FakeLlmServer server = new OllamaFakeServer()) {
            server.enqueue(Reply.text(ANSWER));

            HttpResponse<String> streamed = post(server.origin() + "/api/chat", "{\"model\": \"m\"}");
            HttpResponse<String> single = post(server.origin() + "/api/chat", "{\"model\": \"m\", \"stream\": false}");

            assertThat(streamed.headers().firstValue("content-type")).hasValue("application/x-ndjson");
            assertThat(streamed.body().lines()).hasSize(6);
            assertThat(MAPPER.readTree(streamed.body().lines().toList().getLast())
                            .path("done")
                            .asBoolean())
                    .isTrue();
            assertThat(MAPPER.readTree(single.body())
                            .path("message")
                            .path("content")
                            .asText())
                    .isEqualTo(ANSWER);
        }
    }

    @Test
    void the_anthropic_stream_follows_the_real_event_sequence() throws Exception {
        try (FakeLlmServer server = new AnthropicFakeServer()) {
            server.enqueue(Reply.text("Five words of plain text."));

            HttpResponse<String> response =
                    post(server.origin() + "/v1/messages", "{\"model\": \"m\", \"stream\": true}");

            List<String> events = response.body()
                    .lines()
                    .filter(line -> line.startsWith("event: "))
                    .map(line -> line.substring("event: ".length()))
                    .toList();
            assertThat(events)
                    .containsExactly(
                            "message_start",
                            "content_block_start",
                            "ping",
                            "content_block_delta",
                            "content_block_delta",
                            "content_block_stop",
                            "message_delta",
                            "message_stop");
        }
    }

    @Test
    void pieces_hold_about_three_words_and_concatenate_back_to_the_text() {
        assertThat(Reply.pieces(ANSWER))
                .containsExactly(
                        "Compound X inhibits ", "growth in vitro ", "[1]. The effect ", "is dose dependent ", "[2].");
        assertThat(Reply.pieces("  two  words\n")).containsExactly("  two  words\n");
        assertThat(Reply.pieces("")).isEmpty();
    }

    private static HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(WAIT_SECONDS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        }
    }
}

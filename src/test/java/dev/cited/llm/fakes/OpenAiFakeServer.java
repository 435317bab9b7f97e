package dev.cited.llm.fakes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fake of the OpenAI Chat Completions API ({@code POST /v1/chat/completions}), for {@code OpenAiChatModel} and
 * {@code OpenAiStreamingChatModel}.
 *
 * <p>{@link #baseUrl()} is {@code http://127.0.0.1:PORT/v1}; the client appends {@code /chat/completions}.
 *
 * <p>Wire format, as the real API and as LangChain4j 1.19 parses it:
 * <ul>
 *   <li>Non-streaming: {@code application/json} {@code chat.completion} object with {@code id}, {@code object},
 *       {@code created}, {@code model} (echoing the request's model), {@code choices[0].message} (role
 *       {@code assistant}, the content), {@code finish_reason "stop"} and {@code usage}.
 *   <li>Streaming ({@code "stream": true}): {@code text/event-stream} of {@code data: <chat.completion.chunk>} events:
 *       a first chunk with {@code delta.role "assistant"} and empty content, one chunk per piece with
 *       {@code delta.content}, a chunk with an empty delta and {@code finish_reason "stop"}, then, when the request
 *       set {@code stream_options.include_usage} (LangChain4j always does), a chunk with empty {@code choices} and
 *       the {@code usage}, and finally {@code data: [DONE]}.
 *   <li>Errors: {@code {"error": {"message", "type", "param": null, "code"}}}.
 *   <li>Every response carries an {@code x-request-id} header.
 * </ul>
 * The client sends the API key as {@code Authorization: Bearer <key>}; it is recorded with the request.
 */
public final class OpenAiFakeServer extends FakeLlmServer {

    /** Starts a fake OpenAI server on a free loopback port. */
    public OpenAiFakeServer() {
        super("/v1/chat/completions");
    }

    /** {@code http://127.0.0.1:PORT/v1} */
    @Override
    public String baseUrl() {
        return origin() + "/v1";
    }

    @Override
    String completion(RecordedRequest request, String content) {
        ObjectNode response = object();
        response.put("id", "chatcmpl-fake-" + nextId());
        response.put("object", "chat.completion");
        response.put("created", Instant.now().getEpochSecond());
        response.put("model", request.model());
        ObjectNode choice = response.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        message.putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        response.set("usage", usage(request, Reply.pieces(content)));
        response.putNull("system_fingerprint");
        return json(response);
    }

    @Override
    StreamScript stream(RecordedRequest request, List<String> pieces) {
        String id = "chatcmpl-fake-" + nextId();
        long created = Instant.now().getEpochSecond();
        boolean includeUsage =
                request.json().path("stream_options").path("include_usage").asBoolean(false);

        ObjectNode roleDelta = object();
        roleDelta.put("role", "assistant");
        roleDelta.put("content", "");
        roleDelta.putNull("refusal");
        List<String> opening = List.of(event(chunk(id, created, request, includeUsage, roleDelta, null)));

        List<String> pieceEvents = new ArrayList<>();
        for (String piece : pieces) {
            ObjectNode delta = object();
            delta.put("content", piece);
            pieceEvents.add(event(chunk(id, created, request, includeUsage, delta, null)));
        }

        List<String> closing = new ArrayList<>();
        closing.add(event(chunk(id, created, request, includeUsage, object(), "stop")));
        if (includeUsage) {
            ObjectNode usageChunk = chunkHeader(id, created, request);
            usageChunk.putArray("choices");
            usageChunk.set("usage", usage(request, pieces));
            closing.add(event(usageChunk));
        }
        closing.add("data: [DONE]\n\n");
        return new StreamScript("text/event-stream; charset=utf-8", opening, pieceEvents, closing);
    }

    @Override
    String malformedFrame() {
        return "data: " + MALFORMED_JSON + "\n\n";
    }

    @Override
    String error(int status, String message) {
        ObjectNode body = object();
        ObjectNode error = body.putObject("error");
        error.put("message", message);
        error.put(
                "type",
                switch (status) {
                    case 429 -> "requests";
                    case 401, 403, 404 -> "invalid_request_error";
                    default -> status >= 500 ? "server_error" : "invalid_request_error";
                });
        error.putNull("param");
        switch (status) {
            case 401 -> error.put("code", "invalid_api_key");
            case 404 -> error.put("code", "model_not_found");
            case 429 -> error.put("code", "rate_limit_exceeded");
            default -> error.putNull("code");
        }
        return json(body);
    }

    @Override
    Map<String, String> extraHeaders() {
        return Map.of("x-request-id", "req_fake_" + nextId());
    }

    private static ObjectNode chunkHeader(String id, long created, RecordedRequest request) {
        ObjectNode chunk = object();
        chunk.put("id", id);
        chunk.put("object", "chat.completion.chunk");
        chunk.put("created", created);
        chunk.put("model", request.model());
        chunk.putNull("system_fingerprint");
        return chunk;
    }

    private static ObjectNode chunk(
            String id, long created, RecordedRequest request, boolean includeUsage, ObjectNode delta, String finish) {
        ObjectNode chunk = chunkHeader(id, created, request);
        ArrayNode choices = chunk.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        choice.set("delta", delta);
        choice.putNull("logprobs");
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        if (includeUsage) {
            chunk.putNull("usage");
        }
        return chunk;
    }

    private static ObjectNode usage(RecordedRequest request, List<String> pieces) {
        int prompt = promptTokens(request);
        int completion = completionTokens(pieces);
        ObjectNode usage = object();
        usage.put("prompt_tokens", prompt);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", prompt + completion);
        return usage;
    }

    private static String event(ObjectNode data) {
        return "data: " + json(data) + "\n\n";
    }
}

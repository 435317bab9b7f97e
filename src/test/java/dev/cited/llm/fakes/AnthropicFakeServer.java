package dev.cited.llm.fakes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fake of Anthropic's Messages API ({@code POST /v1/messages}), for {@code AnthropicChatModel} and
 * {@code AnthropicStreamingChatModel}.
 *
 * <p>{@link #baseUrl()} is {@code http://127.0.0.1:PORT/v1/}, the same shape as the client's default
 * {@code https://api.anthropic.com/v1/}; the client drops the trailing slash and appends {@code /messages}.
 *
 * <p>Wire format, as the real API and as LangChain4j 1.19 parses it:
 * <ul>
 *   <li>Non-streaming: {@code application/json} {@code {id, type "message", role "assistant", model (echoing the
 *       request), content[{type "text", text}], stop_reason "end_turn", stop_sequence null, usage{input_tokens,
 *       output_tokens}}}.
 *   <li>Streaming ({@code "stream": true}): {@code text/event-stream} with an {@code event:} and a {@code data:} line
 *       per event, in the real order: {@code message_start} (empty content, usage), {@code content_block_start}
 *       (index 0, empty text block), {@code ping}, one {@code content_block_delta} ({@code text_delta}) per piece,
 *       {@code content_block_stop}, {@code message_delta} ({@code stop_reason "end_turn"}, output usage),
 *       {@code message_stop}.
 *   <li>Errors: {@code {"type": "error", "error": {"type", "message"}}}, the error type chosen from the status
 *       ({@code rate_limit_error} for 429, {@code api_error} for 500, {@code overloaded_error} for 529, ...).
 *   <li>Every response carries a {@code request-id} header.
 * </ul>
 * The client sends {@code x-api-key} and {@code anthropic-version} headers; they are recorded with the request.
 */
public final class AnthropicFakeServer extends FakeLlmServer {

    /** Starts a fake Anthropic server on a free loopback port. */
    public AnthropicFakeServer() {
        super("/v1/messages");
    }

    /** {@code http://127.0.0.1:PORT/v1/} */
    @Override
    public String baseUrl() {
        return origin() + "/v1/";
    }

    @Override
    String completion(RecordedRequest request, String content) {
        ObjectNode response = object();
        response.put("id", "msg_fake_" + nextId());
        response.put("type", "message");
        response.put("role", "assistant");
        response.put("model", request.model());
        ObjectNode text = response.putArray("content").addObject();
        text.put("type", "text");
        text.put("text", content);
        response.put("stop_reason", "end_turn");
        response.putNull("stop_sequence");
        ObjectNode usage = response.putObject("usage");
        usage.put("input_tokens", promptTokens(request));
        usage.put("output_tokens", completionTokens(Reply.pieces(content)));
        return json(response);
    }

    @Override
    StreamScript stream(RecordedRequest request, List<String> pieces) {
        ObjectNode start = object();
        start.put("type", "message_start");
        ObjectNode message = start.putObject("message");
        message.put("id", "msg_fake_" + nextId());
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", request.model());
        message.putArray("content");
        message.putNull("stop_reason");
        message.putNull("stop_sequence");
        ObjectNode startUsage = message.putObject("usage");
        startUsage.put("input_tokens", promptTokens(request));
        startUsage.put("output_tokens", 1);

        ObjectNode blockStart = object();
        blockStart.put("type", "content_block_start");
        blockStart.put("index", 0);
        ObjectNode block = blockStart.putObject("content_block");
        block.put("type", "text");
        block.put("text", "");

        ObjectNode ping = object();
        ping.put("type", "ping");

        List<String> deltas = new ArrayList<>();
        for (String piece : pieces) {
            ObjectNode delta = object();
            delta.put("type", "content_block_delta");
            delta.put("index", 0);
            ObjectNode textDelta = delta.putObject("delta");
            textDelta.put("type", "text_delta");
            textDelta.put("text", piece);
            deltas.add(event("content_block_delta", delta));
        }

        ObjectNode blockStop = object();
        blockStop.put("type", "content_block_stop");
        blockStop.put("index", 0);

        ObjectNode messageDelta = object();
        messageDelta.put("type", "message_delta");
        ObjectNode stop = messageDelta.putObject("delta");
        stop.put("stop_reason", "end_turn");
        stop.putNull("stop_sequence");
        messageDelta.putObject("usage").put("output_tokens", completionTokens(pieces));

        ObjectNode messageStop = object();
        messageStop.put("type", "message_stop");

        return new StreamScript(
                "text/event-stream; charset=utf-8",
                List.of(event("message_start", start), event("content_block_start", blockStart), event("ping", ping)),
                deltas,
                List.of(
                        event("content_block_stop", blockStop),
                        event("message_delta", messageDelta),
                        event("message_stop", messageStop)));
    }

    @Override
    String malformedFrame() {
        return "event: content_block_delta\ndata: " + MALFORMED_JSON + "\n\n";
    }

    @Override
    String error(int status, String message) {
        ObjectNode body = object();
        body.put("type", "error");
        ObjectNode error = body.putObject("error");
        error.put(
                "type",
                switch (status) {
                    case 400 -> "invalid_request_error";
                    case 401 -> "authentication_error";
                    case 403 -> "permission_error";
                    case 404 -> "not_found_error";
                    case 413 -> "request_too_large";
                    case 429 -> "rate_limit_error";
                    case 529 -> "overloaded_error";
                    default -> status >= 500 ? "api_error" : "invalid_request_error";
                });
        error.put("message", message);
        return json(body);
    }

    @Override
    Map<String, String> extraHeaders() {
        return Map.of("request-id", "req_fake_" + nextId());
    }

    private static String event(String name, ObjectNode data) {
        return "event: " + name + "\ndata: " + json(data) + "\n\n";
    }
}

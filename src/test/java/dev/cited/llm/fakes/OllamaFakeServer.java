package dev.cited.llm.fakes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake of Ollama's chat API ({@code POST /api/chat}), for {@code OllamaChatModel} and
 * {@code OllamaStreamingChatModel}.
 *
 * <p>{@link #baseUrl()} is {@code http://127.0.0.1:PORT}; the client appends {@code /api/chat}.
 *
 * <p>Wire format, as real Ollama and as LangChain4j's Ollama client parses it:
 * <ul>
 *   <li>Like Ollama, the fake streams unless the request says {@code "stream": false}. (LangChain4j always sends
 *       the field: {@code false} from {@code OllamaChatModel}, {@code true} from {@code OllamaStreamingChatModel}.)
 *   <li>Non-streaming: {@code application/json} {@code {model, created_at, message{role assistant, content}, done
 *       true, done_reason "stop", total_duration, load_duration, prompt_eval_count, prompt_eval_duration,
 *       eval_count, eval_duration}}.
 *   <li>Streaming: {@code application/x-ndjson}, one JSON object per line (no SSE framing): one line per piece with
 *       {@code message.content} and {@code "done": false}, then a final line with empty content, {@code "done":
 *       true}, {@code "done_reason": "stop"} and the counters. There is no separate stream opening.
 *   <li>Errors: {@code {"error": "<message>"}}.
 * </ul>
 */
public final class OllamaFakeServer extends FakeLlmServer {

    /** Starts a fake Ollama server on a free loopback port. */
    public OllamaFakeServer() {
        super("/api/chat");
    }

    /** {@code http://127.0.0.1:PORT} */
    @Override
    public String baseUrl() {
        return origin();
    }

    /** Ollama streams by default: only an explicit {@code "stream": false} gets a single JSON response. */
    @Override
    boolean streams(RecordedRequest request) {
        return request.json().path("stream").asBoolean(true);
    }

    @Override
    String completion(RecordedRequest request, String content) {
        ObjectNode response = line(request, content, true);
        addCounters(response, request, Reply.pieces(content));
        return json(response);
    }

    @Override
    StreamScript stream(RecordedRequest request, List<String> pieces) {
        List<String> lines = new ArrayList<>();
        for (String piece : pieces) {
            lines.add(json(line(request, piece, false)) + "\n");
        }
        ObjectNode last = line(request, "", true);
        addCounters(last, request, pieces);
        return new StreamScript("application/x-ndjson", List.of(), lines, List.of(json(last) + "\n"));
    }

    @Override
    String malformedFrame() {
        return MALFORMED_JSON + "\n";
    }

    @Override
    String error(int status, String message) {
        ObjectNode body = object();
        body.put("error", message);
        return json(body);
    }

    private static ObjectNode line(RecordedRequest request, String content, boolean done) {
        ObjectNode line = object();
        line.put("model", request.model());
        line.put("created_at", Instant.now().toString());
        ObjectNode message = line.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        if (done) {
            line.put("done_reason", "stop");
        }
        line.put("done", done);
        return line;
    }

    private static void addCounters(ObjectNode line, RecordedRequest request, List<String> pieces) {
        line.put("total_duration", 181_553_584L);
        line.put("load_duration", 27_906_292L);
        line.put("prompt_eval_count", promptTokens(request));
        line.put("prompt_eval_duration", 109_000_000L);
        line.put("eval_count", completionTokens(pieces));
        line.put("eval_duration", 42_000_000L);
    }
}

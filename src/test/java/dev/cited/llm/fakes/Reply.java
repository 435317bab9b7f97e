package dev.cited.llm.fakes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scripted response of a {@link FakeLlmServer}. Instances are immutable and may be enqueued on several servers;
 * each server renders a reply in its own provider's wire format (JSON shape, streaming framing, error shape).
 *
 * <p>Whether a reply is sent as a stream is decided by the request, never by the reply: a request that asks to
 * stream gets the streaming rendering described on each factory, any other request the non-streaming one.
 *
 * <p>Streaming renderings split the content into {@linkplain #pieces(String) pieces} of about three words; each piece
 * is one event (one SSE {@code data:} line, or one NDJSON line for Ollama), written and flushed on its own.
 */
public final class Reply {

    /** What a reply does; the servers switch on it. */
    enum Kind {
        TEXT,
        STATUS,
        SLOW,
        TRUNCATED,
        ENDS_EARLY,
        STALLING,
        TRICKLE,
        MALFORMED
    }

    /** Words per streamed piece. */
    static final int WORDS_PER_PIECE = 3;

    private final Kind kind;
    private final String content;
    private final int status;
    private final String message;
    private final Duration delay;

    private Reply(Kind kind, String content, int status, String message, Duration delay) {
        this.kind = kind;
        this.content = content;
        this.status = status;
        this.message = message;
        this.delay = delay;
    }

    /**
     * A good completion whose assistant text is exactly {@code content}.
     *
     * <p>Non-streaming: HTTP 200 with the provider's complete response JSON. Streaming: HTTP 200 with the provider's
     * stream opening, one event per {@linkplain #pieces(String) piece} (the pieces concatenate to {@code content}),
     * and the provider's proper ending (finish chunk and {@code [DONE]}, {@code "done": true}, or
     * {@code message_delta} + {@code message_stop}).
     *
     * @param content the assistant text, may be empty but not null
     */
    public static Reply text(String content) {
        return new Reply(Kind.TEXT, Objects.requireNonNull(content, "content"), 200, null, Duration.ZERO);
    }

    /**
     * An HTTP error: status {@code code} with {@code message} wrapped in the provider's error JSON shape (OpenAI
     * {@code {"error":{"message","type","param","code"}}}, Ollama {@code {"error": message}}, Anthropic
     * {@code {"type":"error","error":{"type","message"}}}), the error type chosen from the status code. A 429 also
     * carries the header {@code Retry-After: 1}. Streaming requests get exactly the same response, as the real APIs
     * reject a request before any stream starts.
     *
     * @param code an HTTP status code, 400..599
     * @param message the human-readable error message placed in the error JSON
     */
    public static Reply status(int code, String message) {
        if (code < 400 || code > 599) {
            throw new IllegalArgumentException("status replies are errors (400..599), got " + code);
        }
        return new Reply(Kind.STATUS, "", code, Objects.requireNonNull(message, "message"), Duration.ZERO);
    }

    /**
     * Like {@link #text(String)}, but the server sends nothing at all (not even the status line and headers) until
     * {@code delay} has passed. Use it to make a client's timeout fire. The wait runs on a server worker thread, so
     * other requests are served meanwhile; if the client has given up when the delay ends, the write fails and is
     * ignored; closing the server ends all waits at once.
     *
     * @param content the assistant text sent after the delay
     * @param delay how long to stay silent, positive
     */
    public static Reply slow(String content, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive: " + delay);
        }
        return new Reply(Kind.SLOW, Objects.requireNonNull(content, "content"), 200, null, delay);
    }

    /**
     * A connection dropped mid-response, as when a network path or proxy dies.
     *
     * <p>Streaming: HTTP 200 with the stream opening and the first half (rounded down) of the content's
     * {@linkplain #pieces(String) pieces}, then, after {@link FakeLlmServer#DROP_GRACE} (so the client has read those
     * pieces: the JDK client throws away body bytes it has not read yet once the connection fails), the TCP
     * connection is closed abruptly: no end marker
     * ({@code [DONE]}, {@code "done": true}, {@code message_stop}) and no terminating zero-length HTTP chunk, so the
     * client sees a premature end of the chunked body. Non-streaming: HTTP 200 whose {@code Content-Length} announces
     * the complete JSON, but only its first half is sent before the connection is closed.
     *
     * @param content the assistant text of which only a part is sent
     */
    public static Reply truncated(String content) {
        return new Reply(Kind.TRUNCATED, Objects.requireNonNull(content, "content"), 200, null, Duration.ZERO);
    }

    /**
     * A response that ends too early but cleanly at the HTTP level, as when a proxy closes an upstream stream
     * gracefully.
     *
     * <p>Streaming: HTTP 200 with the stream opening and the first half (rounded down) of the content's pieces, then
     * a properly terminated HTTP body (final zero-length chunk) without the provider's end marker. Non-streaming:
     * HTTP 200 whose body, with a matching {@code Content-Length}, is the first half of the response JSON, so the
     * HTTP exchange succeeds and only the JSON is cut off.
     *
     * @param content the assistant text of which only a part is sent
     */
    public static Reply endsEarly(String content) {
        return new Reply(Kind.ENDS_EARLY, Objects.requireNonNull(content, "content"), 200, null, Duration.ZERO);
    }

    /**
     * A complete, good response that pauses in the middle, as when a model or a proxy stalls after the headers.
     *
     * <p>Streaming: the stream opening and the first half (rounded down) of the pieces, then {@code pause} of
     * silence, then the remaining pieces and the proper ending. Non-streaming: status, headers and the first half of
     * the JSON body, then {@code pause}, then the rest. Closing the server ends the pause by dropping the connection.
     * (A client's request timeout usually covers only the wait for the response headers, so this reply shows whether
     * anything else bounds a stalled body.)
     *
     * @param content the assistant text
     * @param pause the silence in the middle, positive
     */
    public static Reply stalling(String content, Duration pause) {
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative() || pause.isZero()) {
            throw new IllegalArgumentException("pause must be positive: " + pause);
        }
        return new Reply(Kind.STALLING, Objects.requireNonNull(content, "content"), 200, null, pause);
    }

    /**
     * A long reply written slowly, as a model writes a long answer: {@code pieces} pieces of text ({@code "w1 w2 w3 "}
     * and so on), one every {@code every}.
     *
     * <p>Streaming: the stream opening, then one piece per {@code every}, then the proper ending. When a write fails
     * (the client closed the connection before the end) the server stops and {@link FakeLlmServer#awaitClientLeft}
     * reports it; a stream written to its end counts in {@link FakeLlmServer#finishedTrickles()}. Closing the server
     * ends the stream by dropping the connection. Non-streaming: like {@link #text(String)} with the whole content.
     *
     * @param pieces how many pieces, positive
     * @param every the pause before each piece, positive
     */
    public static Reply trickle(int pieces, Duration every) {
        Objects.requireNonNull(every, "every");
        if (pieces < 1) {
            throw new IllegalArgumentException("pieces must be positive: " + pieces);
        }
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= pieces * WORDS_PER_PIECE; i++) {
            content.append('w').append(i).append(' ');
        }
        return new Reply(Kind.TRICKLE, content.toString(), 200, null, every);
    }

    /**
     * HTTP 200 with content that is not valid JSON.
     *
     * <p>Non-streaming: the body is {@link FakeLlmServer#MALFORMED_JSON}, a JSON-looking text that is not JSON.
     * Streaming: the provider's stream opening, then one event whose data is {@link FakeLlmServer#MALFORMED_JSON}
     * (for Anthropic under {@code event: content_block_delta}, so the client does try to parse it), then the
     * provider's proper ending with no text. The data starts with <code>{</code> on purpose: some clients skip data
     * that does not look like an object.
     */
    public static Reply malformed() {
        return new Reply(Kind.MALFORMED, "", 200, null, Duration.ZERO);
    }

    /**
     * Splits text the way the fakes stream it: pieces of {@value #WORDS_PER_PIECE} words, each word keeping the
     * whitespace that follows it (leading whitespace stays with the first piece), so the pieces concatenate back to
     * {@code content} exactly. Empty text has no pieces.
     *
     * @param content the text to split
     * @return the pieces, in order
     */
    public static List<String> pieces(String content) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int words = 0;
        for (int i = 0; i < content.length(); i++) {
            boolean wordStart = !Character.isWhitespace(content.charAt(i))
                    && (i == 0 || Character.isWhitespace(content.charAt(i - 1)));
            if (wordStart) {
                if (words == WORDS_PER_PIECE) {
                    pieces.add(content.substring(start, i));
                    start = i;
                    words = 0;
                }
                words++;
            }
        }
        if (start < content.length()) {
            pieces.add(content.substring(start));
        }
        return pieces;
    }

    Kind kind() {
        return kind;
    }

    /** The assistant text; empty for {@link #status} and {@link #malformed()}. */
    String content() {
        return content;
    }

    /** The HTTP status: the error code for {@link #status}, otherwise 200. */
    int statusCode() {
        return status;
    }

    /** The error message of a {@link #status} reply, otherwise null. */
    String message() {
        return message;
    }

    /**
     * The silence before a {@link #slow} reply, in the middle of a {@link #stalling} one, or before each piece of a
     * {@link #trickle} one, otherwise zero.
     */
    Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STATUS -> "Reply.status(" + status + ", " + message + ")";
            case SLOW -> "Reply.slow(" + content + ", " + delay + ")";
            case MALFORMED -> "Reply.malformed()";
            case TEXT -> "Reply.text(" + content + ")";
            case TRUNCATED -> "Reply.truncated(" + content + ")";
            case ENDS_EARLY -> "Reply.endsEarly(" + content + ")";
            case STALLING -> "Reply.stalling(" + content + ", " + delay + ")";
            case TRICKLE -> "Reply.trickle(" + pieces(content).size() + ", " + delay + ")";
        };
    }
}

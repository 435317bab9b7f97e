package dev.cited.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Server-Sent Events response written straight to the client: {@code event:} and one-line
 * JSON {@code data:}, flushed per event. Javalin's own SSE handler only answers GET requests that
 * send {@code Accept: text/event-stream}; this one also serves the POST form of the ask stream.
 * Once a write fails (the client went away) {@link #closed()} is true and further events are
 * dropped; {@link #gone()} also finds a client that left while nothing was being written.
 */
final class SseStream {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the stream may be silent before {@link #gone()} writes a comment to test it. */
    private static final long PROBE_AFTER_NANOS = 1_000_000_000L;

    private final OutputStream out;
    private volatile boolean closed;
    private long lastWrite = System.nanoTime();

    SseStream(Context ctx) throws IOException {
        ctx.status(200);
        ctx.res().setCharacterEncoding("UTF-8");
        ctx.res().setContentType("text/event-stream");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        this.out = ctx.res().getOutputStream();
        out.flush();
    }

    /** Sends one event whose data is {@code payload} as JSON. */
    synchronized void send(String event, Object payload) {
        if (closed) {
            return;
        }
        try {
            String data = JSON.writeValueAsString(payload);
            write("event: " + event + "\ndata: " + data + "\n\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + event + " event", e);
        } catch (IOException e) {
            closed = true;
        }
    }

    /** Sends a data-only event (the OpenAI streaming shape) whose data is {@code payload} as JSON. */
    synchronized void sendData(Object payload) {
        try {
            sendRaw(JSON.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render stream chunk", e);
        }
    }

    /** Sends {@code data: <text>} as is. */
    synchronized void sendRaw(String text) {
        if (closed) {
            return;
        }
        try {
            write("data: " + text + "\n\n");
        } catch (IOException e) {
            closed = true;
        }
    }

    boolean closed() {
        return closed;
    }

    /**
     * Whether the client went away: {@link #closed()}, after writing an SSE comment (which
     * clients ignore) when nothing was written for a second, since only a write finds out.
     */
    synchronized boolean gone() {
        if (!closed && System.nanoTime() - lastWrite >= PROBE_AFTER_NANOS) {
            try {
                write(":\n\n");
            } catch (IOException e) {
                closed = true;
            }
        }
        return closed;
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        lastWrite = System.nanoTime();
    }
}

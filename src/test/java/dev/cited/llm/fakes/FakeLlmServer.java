package dev.cited.llm.fakes;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake LLM provider speaking the provider's real HTTP wire protocol on loopback, for testing LangChain4j's real
 * provider clients without a network.
 *
 * <p>Contract:
 * <ul>
 *   <li>The server listens on {@code 127.0.0.1} on a free port from construction until {@link #close()}; hand
 *       {@link #baseUrl()} to the LangChain4j builder's {@code baseUrl(...)}.
 *   <li>Requests are handled on a pool of daemon worker threads, so a {@link Reply#slow slow} reply never delays
 *       other requests.
 *   <li>Every request is recorded (see {@link #requests()}) before it is answered, whatever its path or method.
 *   <li>{@code POST} to the chat endpoint ({@link #chatPath()}) takes the next reply from the FIFO queue filled by
 *       {@link #enqueue}. When the queue is empty the last reply taken is used again, for every further request; if
 *       no reply was ever enqueued the answer is HTTP 500 with the provider's error JSON.
 *   <li>Any other path gets HTTP 404 and any other method on the chat path HTTP 405, both with the provider's error
 *       JSON; neither consumes a reply.
 *   <li>A request streams when it asks to (see {@link RecordedRequest#streaming()}; Ollama streams unless told not
 *       to); how each kind of {@link Reply} is rendered in either mode is documented on its factory.
 * </ul>
 *
 * <p>Thread-safe. Not reusable after {@link #close()}.
 */
public abstract sealed class FakeLlmServer implements AutoCloseable
        permits OpenAiFakeServer, OllamaFakeServer, AnthropicFakeServer {

    /**
     * The body of a {@link Reply#malformed()} reply (and the data of its malformed stream event): it opens like a
     * JSON object but is not JSON.
     */
    public static final String MALFORMED_JSON = "{\"id\": \"fake\", this is not JSON";

    /** The message of the 500 sent when a request arrives before any reply was enqueued. */
    public static final String NOTHING_ENQUEUED = "FakeLlmServer: no reply was enqueued";

    /**
     * How long a {@link Reply#truncated truncated} stream stays open after its last piece before the connection is
     * dropped.
     */
    public static final Duration DROP_GRACE = Duration.ofMillis(250);

    static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The frames of one streamed response, each written and flushed on its own: {@code opening} before the first
     * piece of text, one frame per piece in {@code pieces}, and {@code closing}, which holds the provider's end
     * marker.
     */
    record StreamScript(String contentType, List<String> opening, List<String> pieces, List<String> closing) {
        StreamScript {
            opening = List.copyOf(opening);
            pieces = List.copyOf(pieces);
            closing = List.copyOf(closing);
        }
    }

    /** Thrown from a handler to make the JDK server close the TCP connection without finishing the response. */
    private static final class ConnectionDropped extends IOException {
        ConnectionDropped() {
            super("fake server drops the connection on purpose");
        }
    }

    private final String chatPath;
    private final HttpServer server;
    private final ExecutorService workers;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<Reply> queue = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final CountDownLatch clientLeft = new CountDownLatch(1);
    private final AtomicInteger finishedTrickles = new AtomicInteger();
    private Reply lastReply;

    /**
     * Binds and starts the server.
     *
     * @param chatPath the path of the chat endpoint, e.g. {@code /v1/chat/completions}
     */
    FakeLlmServer(String chatPath) {
        this.chatPath = chatPath;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a loopback port", e);
        }
        String prefix = getClass().getSimpleName() + "-" + server.getAddress().getPort() + "-";
        AtomicInteger threads = new AtomicInteger();
        workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, prefix + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL to pass to the LangChain4j model builder's {@code baseUrl(...)}. */
    public abstract String baseUrl();

    /** The path the provider's client posts chat requests to, e.g. {@code /v1/chat/completions}. */
    public final String chatPath() {
        return chatPath;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public final String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Appends replies to the FIFO queue; each chat request takes the next one, and once the queue is empty the last
     * reply taken answers every further request.
     *
     * @param replies the replies, in the order requests should get them
     * @return this server
     */
    public FakeLlmServer enqueue(Reply... replies) {
        synchronized (queue) {
            for (Reply reply : replies) {
                queue.add(Objects.requireNonNull(reply, "reply"));
            }
        }
        return this;
    }

    /** A snapshot of all requests received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * The most recent request.
     *
     * @throws IllegalStateException if no request has been received
     */
    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = requests();
        if (all.isEmpty()) {
            throw new IllegalStateException("no request received yet");
        }
        return all.getLast();
    }

    /**
     * Waits until a client closes its connection in the middle of a {@link Reply#trickle trickle} stream (a write to
     * it failed), at most {@code timeout}.
     *
     * @return whether a client left before the end of a trickle stream
     */
    public boolean awaitClientLeft(Duration timeout) throws InterruptedException {
        return clientLeft.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** How many {@link Reply#trickle trickle} streams were written to their end. */
    public int finishedTrickles() {
        return finishedTrickles.get();
    }

    /**
     * Stops listening, closes all connections and ends the wait of every {@link Reply#slow slow} reply without
     * sending it. Idempotent.
     */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        server.stop(0);
        workers.shutdownNow();
    }

    // ---- provider hooks ----

    /** Whether the fake answers {@code request} with a stream. */
    boolean streams(RecordedRequest request) {
        return request.streaming();
    }

    /** The complete non-streaming response JSON carrying {@code content}. */
    abstract String completion(RecordedRequest request, String content);

    /** The frames of a stream carrying {@code pieces} (which concatenate to the content). */
    abstract StreamScript stream(RecordedRequest request, List<String> pieces);

    /** One stream frame in the provider's framing whose data is {@link #MALFORMED_JSON}. */
    abstract String malformedFrame();

    /** The provider's error JSON for an HTTP {@code status} with {@code message}. */
    abstract String error(int status, String message);

    /** Headers added to every response, such as a request id. */
    Map<String, String> extraHeaders() {
        return Map.of();
    }

    // ---- helpers for the providers ----

    /** A fresh number for response ids, unique within this server. */
    final long nextId() {
        return ids.incrementAndGet();
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Compact (single-line) JSON. */
    static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rough token count of the request: one token per four characters of its body, at least one. */
    static int promptTokens(RecordedRequest request) {
        return Math.max(1, request.body().length() / 4);
    }

    /** A rough token count of the reply text: one per word. */
    static int completionTokens(List<String> pieces) {
        int words = 0;
        for (String piece : pieces) {
            for (String word : piece.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words++;
                }
            }
        }
        return words;
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        RecordedRequest request = record(exchange);
        requests.add(request);
        try {
            respond(exchange, request);
        } catch (RuntimeException e) {
            if (exchange.getResponseCode() == -1) {
                sendBody(exchange, 500, "text/plain; charset=utf-8", ("fake server bug: " + e).getBytes(UTF_8));
            } else {
                throw e;
            }
        }
        // An IOException (the client went away, or ConnectionDropped) propagates: the JDK server then closes the
        // connection without finishing the response, which is what both cases need.
        exchange.close();
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), UTF_8);
        }
        JsonNode json = null;
        if (!body.isBlank()) {
            try {
                json = MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                json = null;
            }
        }
        return new RecordedRequest(
                exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body, json);
    }

    private Reply nextReply() {
        synchronized (queue) {
            Reply next = queue.poll();
            if (next != null) {
                lastReply = next;
            }
            return lastReply;
        }
    }

    private void respond(HttpExchange exchange, RecordedRequest request) throws IOException {
        extraHeaders().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (!request.path().equals(chatPath)) {
            sendError(
                    exchange,
                    404,
                    "fake " + getClass().getSimpleName() + " serves only POST " + chatPath + ", not " + request.path());
            return;
        }
        if (!request.method().equals("POST")) {
            sendError(exchange, 405, "method " + request.method() + " not allowed on " + chatPath);
            return;
        }
        Reply reply = nextReply();
        if (reply == null) {
            sendError(exchange, 500, NOTHING_ENQUEUED);
            return;
        }
        boolean streaming = streams(request);
        switch (reply.kind()) {
            case STATUS -> sendError(exchange, reply.statusCode(), reply.message());
            case TEXT -> sendText(exchange, request, reply.content(), streaming);
            case SLOW -> {
                waitOrDrop(reply);
                sendText(exchange, request, reply.content(), streaming);
            }
            case STALLING -> sendStalling(exchange, request, reply, streaming);
            case TRICKLE -> {
                if (streaming) {
                    sendTrickle(exchange, request, reply);
                } else {
                    sendText(exchange, request, reply.content(), false);
                }
            }
            case TRUNCATED -> sendCut(exchange, request, reply.content(), streaming, true);
            case ENDS_EARLY -> sendCut(exchange, request, reply.content(), streaming, false);
            case MALFORMED -> sendMalformed(exchange, request, streaming);
        }
    }

    private void waitOrDrop(Reply reply) throws IOException {
        pause(reply.delay());
    }

    /** Waits {@code duration}; if the server is closed meanwhile, drops the connection at once. */
    private void pause(Duration duration) throws IOException {
        try {
            if (closed.await(duration.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new ConnectionDropped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionDropped();
        }
    }

    private void sendText(HttpExchange exchange, RecordedRequest request, String content, boolean streaming)
            throws IOException {
        if (!streaming) {
            sendBody(
                    exchange,
                    200,
                    "application/json",
                    completion(request, content).getBytes(UTF_8));
            return;
        }
        StreamScript script = stream(request, Reply.pieces(content));
        OutputStream out = startStream(exchange, script.contentType());
        writeFrames(out, script.opening());
        writeFrames(out, script.pieces());
        writeFrames(out, script.closing());
        out.close();
    }

    private void sendCut(
            HttpExchange exchange, RecordedRequest request, String content, boolean streaming, boolean dropConnection)
            throws IOException {
        if (!streaming) {
            byte[] full = completion(request, content).getBytes(UTF_8);
            int half = full.length / 2;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, dropConnection ? full.length : half);
            OutputStream out = exchange.getResponseBody();
            out.write(full, 0, half);
            out.flush();
            if (dropConnection) {
                throw new ConnectionDropped();
            }
            out.close();
            return;
        }
        StreamScript script = stream(request, Reply.pieces(content));
        OutputStream out = startStream(exchange, script.contentType());
        writeFrames(out, script.opening());
        writeFrames(out, script.pieces().subList(0, script.pieces().size() / 2));
        if (dropConnection) {
            // The JDK client discards body bytes it has received but not yet read once it sees the connection
            // fail, so drop only after the client has had time to read the pieces.
            pause(DROP_GRACE);
            throw new ConnectionDropped();
        }
        out.close();
    }

    private void sendStalling(HttpExchange exchange, RecordedRequest request, Reply reply, boolean streaming)
            throws IOException {
        if (!streaming) {
            byte[] full = completion(request, reply.content()).getBytes(UTF_8);
            int half = full.length / 2;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, full.length);
            OutputStream out = exchange.getResponseBody();
            out.write(full, 0, half);
            out.flush();
            waitOrDrop(reply);
            out.write(full, half, full.length - half);
            out.close();
            return;
        }
        StreamScript script = stream(request, Reply.pieces(reply.content()));
        int half = script.pieces().size() / 2;
        OutputStream out = startStream(exchange, script.contentType());
        writeFrames(out, script.opening());
        writeFrames(out, script.pieces().subList(0, half));
        waitOrDrop(reply);
        writeFrames(out, script.pieces().subList(half, script.pieces().size()));
        writeFrames(out, script.closing());
        out.close();
    }

    private void sendTrickle(HttpExchange exchange, RecordedRequest request, Reply reply) throws IOException {
        StreamScript script = stream(request, Reply.pieces(reply.content()));
        OutputStream out = startStream(exchange, script.contentType());
        writeFrames(out, script.opening());
        try {
            for (String piece : script.pieces()) {
                pause(reply.delay());
                writeFrames(out, List.of(piece));
            }
        } catch (ConnectionDropped closing) {
            throw closing;
        } catch (IOException e) {
            clientLeft.countDown();
            throw e;
        }
        writeFrames(out, script.closing());
        out.close();
        finishedTrickles.incrementAndGet();
    }

    private void sendMalformed(HttpExchange exchange, RecordedRequest request, boolean streaming) throws IOException {
        if (!streaming) {
            sendBody(exchange, 200, "application/json", MALFORMED_JSON.getBytes(UTF_8));
            return;
        }
        StreamScript script = stream(request, List.of());
        OutputStream out = startStream(exchange, script.contentType());
        writeFrames(out, script.opening());
        writeFrames(out, List.of(malformedFrame()));
        writeFrames(out, script.closing());
        out.close();
    }

    private void sendError(HttpExchange exchange, int status, String message) throws IOException {
        if (status == 429) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        sendBody(exchange, status, "application/json", error(status, message).getBytes(UTF_8));
    }

    private static void sendBody(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static OutputStream startStream(HttpExchange exchange, String contentType) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0); // 0: chunked transfer encoding
        return exchange.getResponseBody();
    }

    private static void writeFrames(OutputStream out, List<String> frames) throws IOException {
        for (String frame : frames) {
            out.write(frame.getBytes(UTF_8));
            out.flush();
        }
    }
}

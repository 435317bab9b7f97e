package dev.cited.chat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Slack's Web API and for {@code response_url} on loopback: answers {@code
 * auth.test} as bot {@code UBOT}/{@code BBOT}, accepts {@code chat.postMessage}, and records every
 * call (method and decoded form or JSON body). Also serves any path under {@code /response/} as a
 * response URL (and Mattermost's, which takes the same JSON).
 */
final class SlackWebApiFake implements AutoCloseable {

    /**
     * One recorded call: the path and its body (form fields decoded, or raw JSON under "json");
     * a {@code chat.postMessage} also has the {@code ts} the message was given, under "posted_ts".
     */
    record Call(String path, Map<String, String> fields) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger postCount = new AtomicInteger();

    SlackWebApiFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(
                Thread.ofPlatform().name("slack-web-api-fake-", 0).daemon().factory()));
        server.createContext("/", this::handle);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> fields = new LinkedHashMap<>();
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : body.split("&")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=", 2);
                    fields.put(
                            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
        } else {
            fields.put("json", body);
        }
        String path = ex.getRequestURI().getPath();
        String posted = "1800000000." + String.format(Locale.ROOT, "%06d", postCount.incrementAndGet());
        if (path.equals("/api/chat.postMessage")) {
            fields.put("posted_ts", posted);
        }
        calls.add(new Call(path, fields));
        String reply = switch (path) {
            case "/api/auth.test" ->
                "{\"ok\":true,\"url\":\"https://t.slack.com/\",\"team\":\"T\",\"user\":\"cited\","
                        + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
            case "/api/chat.postMessage" ->
                "{\"ok\":true,\"channel\":\"" + fields.getOrDefault("channel", "") + "\",\"ts\":\"" + posted + "\"}";
            default -> path.startsWith("/response/") ? "{\"ok\":true}" : "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.cited.opensearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A loopback HTTP server that answers the OpenSearch REST calls of an index build the way an
 * empty single-node cluster does, except for {@code _bulk}, whose replies the test scripts. It
 * records every request as {@code "METHOD /path"} (query string dropped) and every bulk body.
 */
final class FakeOpenSearch implements AutoCloseable {

    /** A scripted reply: status and JSON body. */
    record Reply(int status, String body) {}

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> bulkBodies = Collections.synchronizedList(new ArrayList<>());
    private final BiFunction<Integer, String, Reply> bulk;

    /** @param bulk the reply to the n-th {@code _bulk} request (0-based) and its body */
    FakeOpenSearch(BiFunction<Integer, String, Reply> bulk) throws IOException {
        this.bulk = bulk;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> bulkBodies() {
        return List.copyOf(bulkBodies);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(method + " " + path);
        Reply reply;
        if (method.equals("HEAD")) {
            reply = new Reply(404, "");
        } else if (path.equals("/_cluster/health")) {
            reply = new Reply(200, "{\"status\":\"green\",\"number_of_nodes\":1,\"number_of_data_nodes\":1}");
        } else if (path.startsWith("/_cluster/health/")) {
            reply = new Reply(200, "{\"status\":\"green\",\"timed_out\":false}");
        } else if (path.startsWith("/_cat/indices/")) {
            reply = new Reply(200, "[]");
        } else if (path.endsWith("/_bulk")) {
            bulkBodies.add(body);
            reply = bulk.apply(bulkBodies.size() - 1, body);
        } else {
            reply = new Reply(200, "{\"acknowledged\":true}");
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (method.equals("HEAD") || bytes.length == 0) {
            exchange.sendResponseHeaders(reply.status(), -1);
        } else {
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    /** A {@code _bulk} reply to {@code body}: each document gets the status {@code statusById} gives its id. */
    static String bulkReply(String body, Function<String, Integer> statusById) {
        StringBuilder items = new StringBuilder();
        boolean errors = false;
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i += 2) {
            String id = lines[i].replaceAll(".*\"_id\":\"([^\"]+)\".*", "$1");
            int status = statusById.apply(id);
            errors |= status >= 300;
            if (!items.isEmpty()) {
                items.append(',');
            }
            items.append("{\"index\":{\"_id\":\"")
                    .append(id)
                    .append("\",\"status\":")
                    .append(status);
            if (status == 429) {
                items.append(
                        ",\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution (queue full)\"}");
            } else if (status >= 300) {
                items.append(
                        ",\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"failed to parse field [vector]\"}");
            }
            items.append("}}");
        }
        return "{\"took\":3,\"errors\":" + errors + ",\"items\":[" + items + "]}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.cited.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (URI too long, headers too large, a request it cannot parse, a body that
 * stops arriving) answered as {@code {"error", "message"}} JSON in our words instead of Jetty's
 * HTML page; Jetty's reason text and exception are never shown.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
        response.write(true, body(code), callback);
    }

    private static ByteBuffer body(int status) {
        try {
            return ByteBuffer.wrap(CitedServer.JSON.writeValueAsBytes(
                    Map.of("error", CitedServer.code(status), "message", message(status))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ByteBuffer.wrap(("{\"error\":\"http_" + status + "\",\"message\":\"HTTP " + status + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "the request could not be read: its request line, path or headers are malformed";
            case 404 -> "nothing is served at this path";
            case 408 -> "the request body stopped arriving before it was complete";
            case 413 -> "the body is larger than " + ServerSettings.MAX_BODY_BYTES + " bytes";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            case 500 -> "the server failed to answer";
            default -> "the request failed with HTTP status " + status;
        };
    }
}

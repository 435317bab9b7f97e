package dev.cited.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;

/**
 * Reads a request body before its handler runs, under a short idle timeout: a declared {@code
 * Content-Length} above {@link ServerSettings#MAX_BODY_BYTES} is refused with 413 before a byte
 * is read, and a body that stops arriving for {@link ServerSettings#READ_IDLE_MILLIS} gets Jetty's
 * 408. Once the body is in, the connection may stay silent for {@link
 * ServerSettings#ANSWER_IDLE_MILLIS} while the answer is written (a slow model, a stream).
 */
final class BodyFirst {

    private BodyFirst() {}

    /** Sets the read idle timeout on every connector of a started server. */
    static void limitReads(Server server) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setIdleTimeout(ServerSettings.READ_IDLE_MILLIS);
            }
        }
    }

    /** {@code handler} behind the size check and the body read. */
    static Handler wrap(Handler handler) {
        return ctx -> {
            long declared = ctx.req().getContentLengthLong();
            if (declared > ServerSettings.MAX_BODY_BYTES) {
                throw new ApiError(
                        413,
                        "body_too_large",
                        "the body is larger than " + ServerSettings.MAX_BODY_BYTES + " bytes (Content-Length: "
                                + declared + ")");
            }
            if (declared > 0 || ctx.header("Transfer-Encoding") != null) {
                ctx.bodyAsBytes(); // read now, under the read timeout; Javalin keeps it for the handler
            }
            EndPoint endPoint = endPoint(ctx);
            long before = endPoint == null ? -1 : endPoint.getIdleTimeout();
            if (endPoint != null) {
                endPoint.setIdleTimeout(ServerSettings.ANSWER_IDLE_MILLIS);
            }
            try {
                handler.handle(ctx);
            } finally {
                if (endPoint != null) {
                    endPoint.setIdleTimeout(before);
                }
            }
        };
    }

    private static EndPoint endPoint(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        return request == null
                ? null
                : request.getConnectionMetaData().getConnection().getEndPoint();
    }
}

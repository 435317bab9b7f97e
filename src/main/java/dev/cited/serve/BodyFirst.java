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
 * Content-Length} above {@link ServerSettings#MAX_BODY_BYTES} is refused with 413 (bodies up to
 * {@link #DRAIN_LIMIT} are read and discarded first so the client gets the answer; larger ones are
 * refused before a byte is read), and a body that stops arriving for {@link ServerSettings#READ_IDLE_MILLIS} gets Jetty's
 * 408. Once the body is in, the connection may stay silent for {@link
 * ServerSettings#ANSWER_IDLE_MILLIS} while the answer is written (a slow model, a stream).
 */
final class BodyFirst {

    /**
     * A refused body up to this size is read and discarded before the 413 is sent, so that a
     * client still writing it receives the answer instead of a reset connection; a larger one is
     * refused at once and the connection closed.
     */
    static final long DRAIN_LIMIT = 1024 * 1024;

    private BodyFirst() {}

    /** Reads and discards up to {@code length} bytes of the body, under the read idle timeout. */
    private static void drain(Context ctx, long length) {
        byte[] buffer = new byte[8192];
        long left = length;
        try {
            java.io.InputStream in = ctx.req().getInputStream();
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (java.io.IOException gone) {
            // the client stopped sending: the 413 is still the answer
        }
    }

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
                if (declared <= DRAIN_LIMIT) {
                    drain(ctx, declared);
                }
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

package dev.cited.opensearch;

import java.io.IOException;

/** OpenSearch answered with an HTTP error; the message names the request and OpenSearch's reason. */
public final class OpenSearchException extends IOException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public OpenSearchException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, e.g. 429 when the cluster is overloaded. */
    public int status() {
        return status;
    }
}

package dev.cited.opensearch;

import java.io.IOException;

/** The named OpenSearch index exists but is not one Cited can search; the message says why. */
public final class IncompatibleIndexException extends IOException {

    private static final long serialVersionUID = 1L;

    public IncompatibleIndexException(String message) {
        super(message);
    }
}

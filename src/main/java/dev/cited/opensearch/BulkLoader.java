package dev.cited.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends {@code _bulk} requests and retries what the cluster refuses for load: a request refused as
 * a whole (HTTP 429, 502, 503, 504) and the documents a reply rejects with 429 are retried with
 * exponential back-off, up to {@value #ATTEMPTS} attempts; any other document error fails with
 * the document and OpenSearch's reason.
 */
final class BulkLoader {

    static final int ATTEMPTS = 6;
    private final OpenSearchClient client;
    private final PrintWriter log;
    private final Duration firstBackoff;

    /**
     * @param log where retries are reported
     * @param firstBackoff the wait before the first retry; each further retry waits twice as long
     */
    BulkLoader(OpenSearchClient client, PrintWriter log, Duration firstBackoff) {
        this.client = client;
        this.log = log;
        this.firstBackoff = firstBackoff;
    }

    /**
     * Sends one batch of action and source lines to {@code target}'s {@code _bulk} endpoint;
     * returns the number of documents indexed.
     *
     * @throws IOException when a document is rejected for another reason than load, or the
     *     cluster still refuses after {@value #ATTEMPTS} attempts
     */
    int load(String target, List<String> lines) throws IOException {
        List<String> pending = lines;
        for (int attempt = 1; ; attempt++) {
            JsonNode reply;
            try {
                reply = client.sendNdjson("/" + target + "/_bulk", String.join("\n", pending) + "\n");
            } catch (OpenSearchException e) {
                if (!retryable(e.status()) || attempt == ATTEMPTS) {
                    throw e;
                }
                backOff(attempt, "bulk request refused (HTTP " + e.status() + ")");
                continue;
            }
            if (!reply.path("errors").asBoolean()) {
                return lines.size() / 2;
            }
            List<String> retry = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            JsonNode items = reply.path("items");
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i).path("index");
                int status = item.path("status").asInt();
                if (status == 429) {
                    retry.add(pending.get(2 * i));
                    retry.add(pending.get(2 * i + 1));
                } else if (status >= 300) {
                    failures.add("document " + item.path("_id").asText() + ": " + OpenSearchClient.reason(item));
                }
            }
            if (!failures.isEmpty()) {
                throw new IOException("OpenSearch rejected " + failures.size() + " document(s) in " + target
                        + ", first: " + String.join("; ", failures.subList(0, Math.min(3, failures.size()))));
            }
            if (retry.isEmpty()) {
                return lines.size() / 2;
            }
            if (attempt == ATTEMPTS) {
                throw new IOException("OpenSearch at " + client.url() + " kept refusing " + retry.size() / 2
                        + " document(s) for load (HTTP 429) after " + ATTEMPTS + " attempts");
            }
            backOff(attempt, retry.size() / 2 + " document(s) refused for load (HTTP 429)");
            pending = retry;
        }
    }

    static boolean retryable(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private void backOff(int attempt, String why) throws IOException {
        long millis = firstBackoff.toMillis() << (attempt - 1);
        log.printf(Locale.ROOT, "%s; retrying in %d ms (attempt %d of %d)%n", why, millis, attempt + 1, ATTEMPTS);
        log.flush();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while backing off from OpenSearch");
        }
    }
}

package dev.cited.serve;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request and answer counters in the Prometheus text format: requests by route and status,
 * latency sums and counts plus a fixed-bucket histogram by route, and answers by outcome.
 * Thread-safe.
 */
final class Metrics {

    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, DoubleAdder> seconds = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder[]> buckets = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();

    void request(String route, int status, double elapsedSeconds) {
        requests.computeIfAbsent(label("route", route) + "," + label("status", String.valueOf(status)), k -> new LongAdder())
                .increment();
        String r = label("route", route);
        seconds.computeIfAbsent(r, k -> new DoubleAdder()).add(elapsedSeconds);
        counts.computeIfAbsent(r, k -> new LongAdder()).increment();
        LongAdder[] b = buckets.computeIfAbsent(r, k -> {
            LongAdder[] a = new LongAdder[BUCKETS.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = new LongAdder();
            }
            return a;
        });
        for (int i = 0; i < BUCKETS.length; i++) {
            if (elapsedSeconds <= BUCKETS[i]) {
                b[i].increment();
            }
        }
    }

    /** Counts an answer: {@code answered}, {@code abstained} or {@code fallback} (a model failed). */
    void answer(String outcome) {
        answers.computeIfAbsent(label("outcome", outcome), k -> new LongAdder()).increment();
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# HELP cited_http_requests_total HTTP requests by route and status.\n");
        sb.append("# TYPE cited_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> sb.append("cited_http_requests_total{").append(k).append("} ").append(v.sum()).append('\n'));
        sb.append("# HELP cited_http_request_seconds Time to answer HTTP requests, by route.\n");
        sb.append("# TYPE cited_http_request_seconds histogram\n");
        new TreeMap<>(counts).forEach((r, count) -> {
            LongAdder[] b = buckets.get(r);
            for (int i = 0; i < BUCKETS.length; i++) {
                sb.append("cited_http_request_seconds_bucket{").append(r).append(",le=\"").append(fmt(BUCKETS[i])).append("\"} ")
                        .append(b[i].sum()).append('\n');
            }
            sb.append("cited_http_request_seconds_bucket{").append(r).append(",le=\"+Inf\"} ").append(count.sum()).append('\n');
            sb.append("cited_http_request_seconds_sum{").append(r).append("} ").append(fmt(seconds.get(r).sum())).append('\n');
            sb.append("cited_http_request_seconds_count{").append(r).append("} ").append(count.sum()).append('\n');
        });
        sb.append("# HELP cited_answers_total Answers by outcome (answered, abstained, fallback).\n");
        sb.append("# TYPE cited_answers_total counter\n");
        new TreeMap<>(answers).forEach((k, v) -> sb.append("cited_answers_total{").append(k).append("} ").append(v.sum()).append('\n'));
        return sb.toString();
    }

    private static String label(String name, String value) {
        return name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}

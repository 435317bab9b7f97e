package dev.cited.serve;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.Server;

/**
 * The server's metrics, in a Micrometer registry rendered in the Prometheus text format:
 * {@code cited_http_requests_total} by route and status, the {@code cited_http_request_seconds}
 * histogram by route, {@code cited_answers_total} by outcome, {@code cited_feedback_total} by rating, {@code cited_streams_cancelled_total}, and what Micrometer's binders report
 * for the JVM (memory, garbage collection, threads, class loading, CPU, uptime) and, once {@link
 * #bind(Server) bound}, for Jetty (thread pool and connections). Thread-safe; {@link #close}
 * releases the garbage-collection listeners.
 */
final class Metrics implements AutoCloseable {

    /** Latency histogram bucket bounds: 5 ms (a cached search) to 30 s (a slow remote model). */
    private static final List<Duration> BUCKETS = List.of(
            Duration.ofMillis(5),
            Duration.ofMillis(10),
            Duration.ofMillis(25),
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(250),
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofMillis(2500),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30));

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Adds the Jetty server's thread pool and connection metrics; call once its connectors exist. */
    void bind(Server server) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), List.of()).bindTo(registry);
        JettyConnectionMetrics.addToAllConnectors(server, registry);
    }

    void request(String route, int status, double elapsedSeconds) {
        Counter.builder("cited.http.requests")
                .description("HTTP requests by route and status.")
                .tag("route", route)
                .tag("status", String.valueOf(status))
                .register(registry)
                .increment();
        Timer.builder("cited.http.request")
                .description("Time to answer HTTP requests, by route.")
                .serviceLevelObjectives(BUCKETS.toArray(Duration[]::new))
                .tag("route", route)
                .register(registry)
                .record(Duration.ofNanos(Math.round(elapsedSeconds * 1e9)));
    }

    /** Counts an answer: {@code answered}, {@code abstained} or {@code fallback} (a model failed). */
    void answer(String outcome) {
        Counter.builder("cited.answers")
                .description("Answers by outcome (answered, abstained, fallback).")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** Counts a thumbs up or down given through the API: {@code up} or {@code down}. */
    void feedback(String rating) {
        Counter.builder("cited.feedback")
                .description("Feedback on answers, by rating (up, down).")
                .tag("rating", rating)
                .register(registry)
                .increment();
    }

    /**
     * Counts an answer stream whose client went away before the answer was done; the model
     * call behind it was cancelled.
     */
    void streamCancelled() {
        Counter.builder("cited.streams.cancelled")
                .description("Answer streams the client left before the end; their model calls were cancelled.")
                .register(registry)
                .increment();
    }

    /** Every metric in the Prometheus text format (version 0.0.4). */
    String render() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}

package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void requests_and_answers_render_under_the_documented_prometheus_names() {
        try (Metrics metrics = new Metrics()) {
            metrics.request("/api/v1/ask", 200, 0.2);
            metrics.request("/api/v1/ask", 200, 3);
            metrics.answer("answered");

            String text = metrics.render();

            assertThat(text)
                    .contains("cited_http_requests_total{route=\"/api/v1/ask\",status=\"200\"} 2.0")
                    .contains("cited_http_request_seconds_count{route=\"/api/v1/ask\"} 2")
                    .contains("cited_http_request_seconds_bucket{route=\"/api/v1/ask\",le=\"0.25\"} 1")
                    .contains("cited_http_request_seconds_bucket{route=\"/api/v1/ask\",le=\"+Inf\"} 2")
                    .contains("cited_answers_total{outcome=\"answered\"} 1.0");
        }
    }

    @Test
    void the_metrics_route_shows_jvm_and_jetty_metrics() throws Exception {
        try (ServerFixture server = ServerFixture.start()) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("jvm_memory_used_bytes{")
                    .contains("jvm_threads_live_threads")
                    .contains("jvm_gc_")
                    .contains("jetty_threads_busy")
                    .contains("jetty_connections_");
        }
    }
}

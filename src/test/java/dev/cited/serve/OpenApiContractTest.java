package dev.cited.serve;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract checker itself: it must reject what the document does not allow, or the API tests prove nothing. */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.load();
    private static final String JSON = "application/json; charset=utf-8";

    @Test
    void a_body_that_matches_its_schema_passes() {
        assertThatCode(() -> CONTRACT.check(
                        "GET",
                        "/api/v1/papers/x?y=1",
                        404,
                        JSON,
                        "{\"error\": \"paper_not_found\", \"message\": \"no paper x\"}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> CONTRACT.check("GET", "/app.js", 200, "text/javascript", "anything"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_missing_required_field_a_wrong_type_and_an_undocumented_field_fail() {
        assertThatThrownBy(
                        () -> CONTRACT.check("GET", "/api/v1/papers/x", 404, JSON, "{\"error\": \"paper_not_found\"}"))
                .hasMessageContaining("message");
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/v1/models", 200, JSON, "{\"default\": 3, \"models\": []}"))
                .hasMessageContaining("default");
        assertThatThrownBy(() -> CONTRACT.check(
                        "GET", "/api/v1/search", 200, JSON, "{\"query\": \"q\", \"results\": [], \"took\": 1}"))
                .hasMessageContaining("took");
    }

    @Test
    void an_undocumented_status_or_content_type_fails() {
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/v1/health", 500, JSON, "{}"))
                .hasMessageContaining("500");
        assertThatThrownBy(() -> CONTRACT.check("GET", "/api/v1/search", 200, "text/html", "<p>"))
                .hasMessageContaining("text/html");
    }
}

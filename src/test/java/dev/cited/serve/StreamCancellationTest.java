package dev.cited.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.llm.ModelConfig;
import dev.cited.llm.fakes.OpenAiFakeServer;
import dev.cited.llm.fakes.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that leaves the answer stream stops the model: the upstream request to a fake OpenAI
 * server that trickles a long reply is closed within seconds, and {@code /metrics} counts the
 * cancelled stream.
 */
class StreamCancellationTest {

    private static final String QUESTION = "Does adversarial training remove backdoors from deceptive models?";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void closing_the_answer_stream_closes_the_model_request_and_counts_a_cancelled_stream() throws Exception {
        try (OpenAiFakeServer fake = new OpenAiFakeServer();
                ServerFixture server = ServerFixture.start(config(fake), null, null)) {
            // 400 pieces, one per 50 ms: 20 s if nobody stops it
            fake.enqueue(Reply.trickle(400, Duration.ofMillis(50)));
            double before = cancelledStreams(server);

            try (Socket socket =
                    new Socket("127.0.0.1", URI.create(server.baseUrl()).getPort())) {
                socket.setSoTimeout(10_000);
                String body = "{\"question\": \"" + QUESTION + "\", \"model\": \"remote\"}";
                byte[] bytes = body.getBytes(UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/ask/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Accept: text/event-stream\r\nContent-Type: application/json\r\n"
                                + "Content-Length: " + bytes.length + "\r\n\r\n")
                        .getBytes(UTF_8));
                out.write(bytes);
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
                int tokens = 0;
                for (String line = in.readLine(); line != null && tokens < 3; line = in.readLine()) {
                    if (line.equals("event: token")) {
                        tokens++;
                    }
                }
                assertThat(tokens).as("token events before leaving").isEqualTo(3);
            }

            assertThat(fake.awaitClientLeft(Duration.ofSeconds(5)))
                    .as("the model request was closed before its end")
                    .isTrue();
            assertThat(fake.finishedTrickles()).isZero();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (cancelledStreams(server) < before + 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(cancelledStreams(server)).isEqualTo(before + 1);
        }
    }

    private static ModelConfig config(OpenAiFakeServer fake) throws IOException {
        return ModelConfig.load(
                null,
                Map.of(
                        "CITED_MODEL_REMOTE_PROVIDER", "openai",
                        "CITED_MODEL_REMOTE_BASE_URL", fake.baseUrl(),
                        "CITED_MODEL_REMOTE_MODEL", "test-model",
                        "CITED_MODEL_REMOTE_API_KEY", "sk-test",
                        "CITED_MODEL_REMOTE_TIMEOUT_MS", "30000"));
    }

    /** The value of {@code cited_streams_cancelled_total}, 0 when absent. */
    private static double cancelledStreams(ServerFixture server) throws Exception {
        String prefix = "cited_streams_cancelled_total ";
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .lines()
                .filter(l -> l.startsWith(prefix))
                .mapToDouble(
                        l -> Double.parseDouble(l.substring(prefix.length()).strip()))
                .findFirst()
                .orElse(0);
    }
}

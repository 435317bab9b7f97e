package dev.cited.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.llm.fakes.OllamaFakeServer;
import dev.cited.llm.fakes.OpenAiFakeServer;
import dev.cited.llm.fakes.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cited ask --model NAME} and {@code cited models} with a configuration file, over loopback servers. */
class ModelCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX =
            Path.of("target", "test-indexes", "bundled").toString();
    private static final String GOOD =
            "BLOOM is a decoder-only Transformer language model that was trained on the ROOTS corpus,"
                    + " a dataset comprising hundreds of sources in 46 natural and 13 programming languages (59 in total). [1]";

    @TempDir
    Path dir;

    @BeforeAll
    static void index() {
        BundledIndex.get();
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void ask_with_a_named_profile_answers_through_that_provider_and_says_so() throws Exception {
        try (OllamaFakeServer ollama = new OllamaFakeServer();
                OpenAiFakeServer llamaCpp = new OpenAiFakeServer()) {
            ollama.enqueue(Reply.text(GOOD));
            llamaCpp.enqueue(Reply.status(503, "loading model"));
            Path config = Files.writeString(
                    dir.resolve("cited.properties"),
                    String.join(
                            "\n",
                            "default = local",
                            "model.local.provider = ollama",
                            "model.local.base_url = " + ollama.baseUrl(),
                            "model.local.model = llama3.1:8b",
                            "model.llamacpp.provider = openai",
                            "model.llamacpp.base_url = " + llamaCpp.baseUrl(),
                            "model.llamacpp.model = qwen2.5-7b-instruct"));

            String[] viaDefault =
                    run("ask", "--json", "--config", config.toString(), "--index", INDEX, "What is BLOOM trained on?");
            JsonNode a = JSON.readTree(viaDefault[1]);
            assertThat(a.get("model").asText()).isEqualTo("local");
            assertThat(a.get("citations").get(0).get("arxiv_id").asText()).isEqualTo("2211.05100");
            assertThat(ollama.lastRequest().json().get("model").asText()).isEqualTo("llama3.1:8b");

            String[] named = run(
                    "ask",
                    "--json",
                    "--config",
                    config.toString(),
                    "--model",
                    "llamacpp",
                    "--index",
                    INDEX,
                    "What is BLOOM trained on?");
            JsonNode b = JSON.readTree(named[1]);
            assertThat(b.get("model").asText()).isEqualTo("extractive");
            assertThat(b.get("warnings").get(0).asText())
                    .isEqualTo("model 'llamacpp' failed (HTTP 503: loading model); answered with the extractive model");
            assertThat(llamaCpp.lastRequest().json().get("model").asText()).isEqualTo("qwen2.5-7b-instruct");

            String[] models = run("models", "--config", config.toString());
            assertThat(models[1])
                    .contains("  extractive  extractive (built in, no model)")
                    .contains("* local  ollama llama3.1:8b at " + ollama.baseUrl())
                    .contains("  llamacpp  openai qwen2.5-7b-instruct at " + llamaCpp.baseUrl());
        }
    }

    @Test
    void streaming_prints_the_words_as_they_come_then_the_checked_answer() throws Exception {
        try (OpenAiFakeServer server = new OpenAiFakeServer()) {
            server.enqueue(Reply.text(GOOD));
            Path config = Files.writeString(
                    dir.resolve("c.properties"),
                    String.join(
                            "\n",
                            "model.gpt.provider = openai",
                            "model.gpt.base_url = " + server.baseUrl(),
                            "model.gpt.model = gpt-4o-mini"));

            String[] r = run(
                    "ask",
                    "--stream",
                    "--config",
                    config.toString(),
                    "--model",
                    "gpt",
                    "--index",
                    INDEX,
                    "What is BLOOM?");

            assertThat(r[0]).isEqualTo("0");
            assertThat(r[1]).startsWith(GOOD + "\n\nChecked answer:\n" + GOOD).contains("(answered by gpt)");
            assertThat(server.lastRequest().streaming()).isTrue();
        }
    }

    @Test
    void an_unknown_model_is_a_clear_error() {
        String[] r = run("ask", "--model", "gpt5", "--index", INDEX, "q?");

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("cited: unknown model 'gpt5'; configured: extractive");
    }
}

package dev.cited.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import dev.cited.answer.Answer;
import dev.cited.answer.AskRequest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Real providers over the network. Each test runs only when its key (or server) variable is set,
 * e.g. {@code OPENAI_API_KEY=... ./cited test -Dtest=LiveProviderTest}; CI has neither keys nor
 * network, so there they are skipped.
 */
class LiveProviderTest {

    private static Answer ask(Map<String, String> env) throws IOException {
        return BundledIndex.get()
                .answers(ModelConfig.load(null, env))
                .ask(new AskRequest(
                        "Can adversarial training remove backdoors from sleeper agent models?", 5, "live", null));
    }

    private static void assertCitedByTheLiveModel(Answer a) {
        assertThat(a.model()).as(a.warnings().toString()).isEqualTo("live");
        assertThat(a.citations()).extracting(c -> c.arxivId()).contains("2401.05566");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
    void openai_answers_with_a_checked_citation() throws IOException {
        assertCitedByTheLiveModel(ask(Map.of(
                "CITED_MODEL_LIVE_PROVIDER",
                "openai",
                "CITED_MODEL_LIVE_MODEL",
                System.getenv().getOrDefault("CITED_LIVE_OPENAI_MODEL", "gpt-4o-mini"),
                "OPENAI_API_KEY",
                System.getenv("OPENAI_API_KEY"))));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ANTHROPIC_API_KEY", matches = ".+")
    void anthropic_answers_with_a_checked_citation() throws IOException {
        assertCitedByTheLiveModel(ask(Map.of(
                "CITED_MODEL_LIVE_PROVIDER",
                "anthropic",
                "CITED_MODEL_LIVE_MODEL",
                System.getenv().getOrDefault("CITED_LIVE_ANTHROPIC_MODEL", "claude-3-5-haiku-latest"),
                "ANTHROPIC_API_KEY",
                System.getenv("ANTHROPIC_API_KEY"))));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "CITED_LIVE_OLLAMA_MODEL", matches = ".+")
    void a_local_ollama_answers_with_a_checked_citation() throws IOException {
        assertCitedByTheLiveModel(ask(Map.of(
                "CITED_MODEL_LIVE_PROVIDER",
                "ollama",
                "CITED_MODEL_LIVE_MODEL",
                System.getenv("CITED_LIVE_OLLAMA_MODEL"),
                "CITED_MODEL_LIVE_BASE_URL",
                System.getenv().getOrDefault("CITED_LIVE_OLLAMA_URL", "http://localhost:11434"))));
    }
}

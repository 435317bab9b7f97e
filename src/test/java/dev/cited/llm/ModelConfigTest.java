package dev.cited.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigTest {

    @TempDir
    Path dir;

    @Test
    void without_configuration_only_the_extractive_profile_exists_and_is_the_default() throws IOException {
        ModelConfig c = ModelConfig.load(null, Map.of());

        assertThat(c.names()).containsExactly("extractive");
        assertThat(c.defaultName()).isEqualTo("extractive");
    }

    @Test
    void profiles_come_from_the_file_and_the_environment_overrides_it() throws IOException {
        Path file = dir.resolve("cited.properties");
        Path key = Files.writeString(dir.resolve("openai.key"), "sk-from-file\n");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "default = local",
                        "model.local.provider = ollama",
                        "model.local.model = llama3.1:8b",
                        "model.gpt.provider = openai",
                        "model.gpt.model = gpt-4o-mini",
                        "model.gpt.api_key_file = " + key));

        ModelConfig c = ModelConfig.load(
                file,
                Map.of(
                        "CITED_MODEL_LOCAL_BASE_URL", "http://127.0.0.1:8080",
                        "CITED_MODEL_CLAUDE_PROVIDER", "anthropic",
                        "CITED_MODEL_CLAUDE_MODEL", "claude-sonnet-4-5",
                        "ANTHROPIC_API_KEY", "sk-ant-env",
                        "CITED_MODEL_CLAUDE_TIMEOUT_MS", "20000"));

        assertThat(c.names()).containsExactly("extractive", "claude", "gpt", "local");
        assertThat(c.defaultName()).isEqualTo("local");
        assertThat(c.profiles().get("local").baseUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(c.profiles().get("gpt").apiKey()).isEqualTo("sk-from-file");
        assertThat(c.profiles().get("claude").apiKey()).isEqualTo("sk-ant-env");
        assertThat(c.profiles().get("claude").timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void keys_are_never_printed() throws IOException {
        ModelConfig c = ModelConfig.load(
                null,
                Map.of(
                        "CITED_MODEL_GPT_PROVIDER",
                        "openai",
                        "CITED_MODEL_GPT_MODEL",
                        "gpt-4o",
                        "CITED_MODEL_GPT_API_KEY",
                        "sk-very-secret"));

        assertThat(c.profiles().get("gpt").toString())
                .doesNotContain("sk-very-secret")
                .contains("key set");
        assertThat(c.profiles().get("gpt").describe()).doesNotContain("sk-very-secret");
    }

    @Test
    void mistakes_are_named_with_their_source() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "model.gpt.api_key = sk-oops\n");
        assertThatThrownBy(() -> ModelConfig.load(file, Map.of()))
                .hasMessageContaining("model.gpt.api_key")
                .hasMessageContaining("CITED_MODEL_GPT_API_KEY")
                .hasMessageNotContaining("sk-oops");

        assertThatThrownBy(() ->
                        ModelConfig.load(null, Map.of("CITED_MODEL_X_PROVIDER", "openia", "CITED_MODEL_X_MODEL", "m")))
                .hasMessage(
                        "unknown provider 'openia' (CITED_MODEL_X_PROVIDER), expected ollama, openai, anthropic or extractive");
        assertThatThrownBy(() -> ModelConfig.load(null, Map.of("CITED_MODEL_X_PROVIDER", "ollama")))
                .hasMessage("model profile 'x' (ollama) needs a model name");
        assertThatThrownBy(() -> ModelConfig.load(
                        null,
                        Map.of(
                                "CITED_MODEL_X_PROVIDER",
                                "ollama",
                                "CITED_MODEL_X_MODEL",
                                "m",
                                "CITED_MODEL_X_TIMEOUT_MS",
                                "soon")))
                .hasMessage("CITED_MODEL_X_TIMEOUT_MS: 'soon' is not a positive whole number");
        assertThatThrownBy(() -> ModelConfig.load(null, Map.of("CITED_DEFAULT_MODEL", "gpt")))
                .hasMessage("default model 'gpt' is not a profile; profiles: extractive");
        assertThatThrownBy(() -> ModelConfig.load(
                        null, Map.of("CITED_MODEL_GPT_PROVIDER", "openai", "CITED_MODEL_GPT_MODEL", "m")))
                .hasMessageContaining("has no API key");
    }

    @Test
    void the_default_can_be_switched_at_run_time_and_unknown_names_are_refused() throws IOException {
        ModelRegistry r = new ModelRegistry(ModelConfig.load(
                null, Map.of("CITED_MODEL_LOCAL_PROVIDER", "ollama", "CITED_MODEL_LOCAL_MODEL", "llama3")));

        assertThat(r.get(null).name()).isEqualTo("extractive");
        r.setDefault("local");
        assertThat(r.get(null).name()).isEqualTo("local");
        assertThat(r.get("LOCAL").profile().model()).isEqualTo("llama3");
        assertThatThrownBy(() -> r.setDefault("gpt")).hasMessage("unknown model 'gpt'; configured: extractive, local");
        assertThat(r.defaultName()).isEqualTo("local");
    }

    @Test
    void the_extractive_profile_is_the_fallback_and_has_no_chat_model_while_language_models_do() throws IOException {
        ModelRegistry r = new ModelRegistry(ModelConfig.load(
                null, Map.of("CITED_MODEL_LOCAL_PROVIDER", "ollama", "CITED_MODEL_LOCAL_MODEL", "llama3")));

        assertThat(r.fallback().name()).isEqualTo("extractive");
        assertThat(r.fallback().extractive()).isTrue();
        assertThatThrownBy(() -> r.fallback().chat())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("model 'extractive' is the built-in extractive answerer, not a chat model");
        assertThatThrownBy(() -> r.fallback().streaming()).isInstanceOf(IllegalStateException.class);
        assertThat(r.get("local").extractive()).isFalse();
        assertThat(r.get("local").chat()).isNotNull();
        assertThat(r.get("local").streaming()).isNotNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "http://alice:hunter2@host:8080/v1|http://host:8080/v1",
                "https://host/v1?api_key=sk-1&model=x|https://host/v1?api_key=***&model=x",
                "https://host/v1?x=1&access_token=abc|https://host/v1?x=1&access_token=***",
                "http://localhost:11434|http://localhost:11434",
                "cannot connect to http://u:p@h:1/v1 (refused)|cannot connect to http://h:1/v1 (refused)"
            })
    void urls_are_shown_without_credentials_or_key_like_query_values(String raw, String shown) {
        assertThat(ModelProfile.redactUrls(raw)).isEqualTo(shown);
    }
}

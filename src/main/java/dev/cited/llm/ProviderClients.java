package dev.cited.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * Builds LangChain4j provider clients for a profile. Clients do not retry: a failed call is
 * answered at once by the extractive model with a warning, which beats making the user wait.
 * Temperature is 0 so answers are as repeatable as the provider allows.
 */
final class ProviderClients {

    static final String DEFAULT_OLLAMA_URL = "http://localhost:11434";

    private ProviderClients() {}

    static ChatModel chat(ModelProfile p) {
        return switch (p.provider()) {
            case OLLAMA ->
                OllamaChatModel.builder()
                        .baseUrl(url(p, DEFAULT_OLLAMA_URL))
                        .modelName(p.model())
                        .timeout(p.timeout())
                        .temperature(0.0)
                        .numPredict(p.maxTokens())
                        .maxRetries(0)
                        .build();
            case OPENAI ->
                OpenAiChatModel.builder()
                        .baseUrl(p.baseUrl())
                        .apiKey(key(p))
                        .modelName(p.model())
                        .timeout(p.timeout())
                        .temperature(0.0)
                        .maxTokens(p.maxTokens())
                        .maxRetries(0)
                        .build();
            case ANTHROPIC ->
                AnthropicChatModel.builder()
                        .baseUrl(p.baseUrl())
                        .apiKey(key(p))
                        .modelName(p.model())
                        .timeout(p.timeout())
                        .temperature(0.0)
                        .maxTokens(p.maxTokens())
                        .maxRetries(0)
                        .build();
            case EXTRACTIVE ->
                throw new IllegalArgumentException("the extractive model is built in, not a provider client");
        };
    }

    static StreamingChatModel streaming(ModelProfile p) {
        return switch (p.provider()) {
            case OLLAMA ->
                OllamaStreamingChatModel.builder()
                        .baseUrl(url(p, DEFAULT_OLLAMA_URL))
                        .modelName(p.model())
                        .timeout(p.timeout())
                        .temperature(0.0)
                        .numPredict(p.maxTokens())
                        .build();
            case OPENAI ->
                OpenAiStreamingChatModel.builder()
                        .baseUrl(p.baseUrl())
                        .apiKey(key(p))
                        .modelName(p.model())
                        .timeout(p.timeout())
                        .temperature(0.0)
                        .maxTokens(p.maxTokens())
                        .build();
            case ANTHROPIC ->
                AnthropicStreamingChatModel.builder()
                        .baseUrl(p.baseUrl())
                        .apiKey(key(p))
                        .modelName(p.model())
                        .timeout(p.timeout())
                        .temperature(0.0)
                        .maxTokens(p.maxTokens())
                        .build();
            case EXTRACTIVE ->
                throw new IllegalArgumentException("the extractive model is built in, not a provider client");
        };
    }

    private static String url(ModelProfile p, String fallback) {
        return p.baseUrl() == null ? fallback : p.baseUrl();
    }

    /** Local OpenAI-compatible servers often need no key, but the client insists on one. */
    private static String key(ModelProfile p) {
        return p.apiKey() == null ? "no-key" : p.apiKey();
    }
}

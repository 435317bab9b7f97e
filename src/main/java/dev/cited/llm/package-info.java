/**
 * Language models: named profiles, the provider clients behind them, and run-time switching.
 *
 * <p>A {@link dev.cited.llm.ModelProfile} names a model: the built-in {@code extractive} answerer
 * (always present), a local server (Ollama, or anything OpenAI-compatible such as llama.cpp's
 * server, vLLM or LM Studio) or a remote API (OpenAI, Anthropic). {@link dev.cited.llm.ModelConfig}
 * reads profiles from a properties file and {@code CITED_MODEL_<NAME>_*} environment variables;
 * API keys come only from the environment or a key file and are never printed. {@link
 * dev.cited.llm.ModelRegistry} builds each language model profile's LangChain4j {@code ChatModel}
 * and {@code StreamingChatModel} on first use (through {@link dev.cited.llm.ProviderClients}, the
 * LangChain4j provider modules: no hand-written HTTP) and holds the default, which can be switched
 * at run time. The {@code extractive} profile has no clients: it is no language model, and
 * {@code answer} answers it from the sources as data.
 *
 * <p>Knows nothing of papers or retrieval; {@code answer} uses it.
 */
package dev.cited.llm;

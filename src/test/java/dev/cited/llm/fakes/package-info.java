/**
 * Fake LLM provider servers for tests: loopback HTTP servers that speak the real wire protocols of OpenAI Chat
 * Completions ({@link dev.cited.llm.fakes.OpenAiFakeServer}), Ollama ({@link dev.cited.llm.fakes.OllamaFakeServer})
 * and Anthropic Messages ({@link dev.cited.llm.fakes.AnthropicFakeServer}), so that LangChain4j's real provider
 * clients can be tested without a network.
 *
 * <p>A test starts a server, {@linkplain dev.cited.llm.fakes.FakeLlmServer#enqueue enqueues} scripted
 * {@link dev.cited.llm.fakes.Reply replies} (text, HTTP errors, slow, stalling, truncated, cut-short and malformed
 * responses), points a model builder's {@code baseUrl} at {@link dev.cited.llm.fakes.FakeLlmServer#baseUrl()} and
 * inspects the {@linkplain dev.cited.llm.fakes.RecordedRequest recorded requests}.
 * {@code FakeLlmServersTest} documents how each LangChain4j client reacts to every kind of reply.
 */
package dev.cited.llm.fakes;

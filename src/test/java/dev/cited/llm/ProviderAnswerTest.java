package dev.cited.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerListener;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.Source;
import dev.cited.check.Citation;
import dev.cited.llm.fakes.AnthropicFakeServer;
import dev.cited.llm.fakes.FakeLlmServer;
import dev.cited.llm.fakes.OllamaFakeServer;
import dev.cited.llm.fakes.OpenAiFakeServer;
import dev.cited.llm.fakes.RecordedRequest;
import dev.cited.llm.fakes.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every provider end to end, through the real LangChain4j client, against a loopback server that
 * speaks that provider's wire protocol: prompts reach the model, good answers keep their
 * citations, bad citations and fabricated quotes never survive, and failures fall back to the
 * extractive model with a warning.
 */
class ProviderAnswerTest {

    private static final String QUESTION = "Does adversarial training remove backdoors from deceptive models?";
    private static final String GOOD =
            "Furthermore, rather than removing backdoors, we find that adversarial training can"
                    + " teach models to better recognize their backdoor triggers, effectively hiding the unsafe behavior. [1]";

    private FakeLlmServer server;

    static Stream<Arguments> providers() {
        return Stream.of(
                Arguments.of("ollama", (Supplier<FakeLlmServer>) OllamaFakeServer::new),
                Arguments.of("openai", (Supplier<FakeLlmServer>) OpenAiFakeServer::new),
                Arguments.of("anthropic", (Supplier<FakeLlmServer>) AnthropicFakeServer::new));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private AnswerService service(String provider, Supplier<FakeLlmServer> fake, long timeoutMs) throws IOException {
        server = fake.get();
        ModelConfig config = ModelConfig.load(
                null,
                Map.of(
                        "CITED_MODEL_REMOTE_PROVIDER",
                        provider,
                        "CITED_MODEL_REMOTE_BASE_URL",
                        server.baseUrl(),
                        "CITED_MODEL_REMOTE_MODEL",
                        "test-model",
                        "CITED_MODEL_REMOTE_API_KEY",
                        "sk-test-secret",
                        "CITED_MODEL_REMOTE_TIMEOUT_MS",
                        String.valueOf(timeoutMs)));
        return BundledIndex.get().answers(config);
    }

    private static AskRequest ask(String question) {
        return new AskRequest(question, 5, "remote", null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void a_good_cited_answer_keeps_its_citation_and_the_prompt_carries_rules_sources_and_question(
            String provider, Supplier<FakeLlmServer> fake) throws IOException {
        AnswerService answers = service(provider, fake, 5000);
        server.enqueue(Reply.text(GOOD));

        Answer a = answers.ask(ask(QUESTION));

        assertThat(a.model()).isEqualTo("remote");
        assertThat(a.warnings()).isEmpty();
        assertThat(a.abstained()).isFalse();
        assertThat(a.citations()).singleElement().satisfies(c -> {
            assertThat(c.arxivId()).isEqualTo("2401.05566");
            assertThat(c.version()).isNotNull();
        });
        String body = server.lastRequest().body();
        assertThat(body)
                .contains("Every sentence of your answer must end with")
                .contains("[1] Sleeper Agents")
                .contains("(version 2)")
                .contains("Question: " + QUESTION)
                .contains("test-model");
        if (!provider.equals("ollama")) {
            assertThat(server.lastRequest().headers().toString()).contains("sk-test-secret");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void a_marker_beyond_the_sources_and_a_fabricated_quote_never_reach_the_citations(
            String provider, Supplier<FakeLlmServer> fake) throws IOException {
        AnswerService answers = service(provider, fake, 5000);
        server.enqueue(Reply.text(GOOD.replace("[1]", "[1][7]")
                + " The authors state \"adversarial training removes every backdoor\" [1]."));

        Answer a = answers.ask(ask(QUESTION));

        assertThat(a.citations()).extracting(Citation::n).containsExactly(1);
        assertThat(a.citations()).extracting(Citation::quote).noneMatch(q -> q.contains("removes every backdoor"));
        assertThat(a.answer()).doesNotContain("[7]").doesNotContain("\"adversarial training removes every backdoor\"");
        assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w).contains("removed citation [7]"))
                .anySatisfy(w -> assertThat(w).contains("is not a quote from the cited sources"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void an_answer_with_no_supported_sentence_becomes_an_abstention(String provider, Supplier<FakeLlmServer> fake)
            throws IOException {
        AnswerService answers = service(provider, fake, 5000);
        server.enqueue(Reply.text("Sleeper agents were first trained on protein folding benchmarks in 1998. [1]"));

        Answer a = answers.ask(ask(QUESTION));

        assertThat(a.abstained()).isTrue();
        assertThat(a.citations()).isEmpty();
        assertThat(a.answer()).startsWith("The collection does not answer this question.");
    }

    static Stream<Arguments> failures() {
        List<Arguments> out = new ArrayList<>();
        providers().forEach(p -> {
            Object[] a = p.get();
            out.add(Arguments.of(a[0], a[1], "429", Reply.status(429, "rate limited")));
            out.add(Arguments.of(a[0], a[1], "500", Reply.status(500, "server exploded")));
            out.add(Arguments.of(a[0], a[1], "slow", Reply.slow(GOOD, Duration.ofSeconds(5))));
            out.add(Arguments.of(a[0], a[1], "malformed", Reply.malformed()));
            out.add(Arguments.of(a[0], a[1], "truncated", Reply.truncated(GOOD)));
            out.add(Arguments.of(a[0], a[1], "stalling", Reply.stalling(GOOD, Duration.ofSeconds(5))));
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("failures")
    void a_failing_model_is_answered_for_by_the_extractive_model_with_a_warning(
            String provider, Supplier<FakeLlmServer> fake, String failure, Reply reply) throws IOException {
        AnswerService answers = service(provider, fake, 1500);
        server.enqueue(reply);

        long start = System.nanoTime();
        Answer a = answers.ask(ask(QUESTION));
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(a.model()).isEqualTo("extractive");
        assertThat(a.warnings())
                .anySatisfy(w -> assertThat(w)
                        .startsWith("model 'remote' failed (")
                        .endsWith("); answered with the extractive model"));
        assertThat(a.citations()).extracting(Citation::arxivId).contains("2401.05566");
        assertThat(ms).as("no hang").isLessThan(4500);
        String expected = switch (failure) {
            case "429" -> "(HTTP 429: rate limited)";
            case "500" -> "(HTTP 500: server exploded)";
            case "slow" -> "(no reply within 1500 ms)";
            case "stalling" -> "(no complete reply within 1500 ms)";
            case "malformed" -> "(malformed response: ";
            default -> "(response cut off before it was complete)";
        };
        assertThat(a.warnings().getFirst()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void a_server_that_is_not_running_is_reported_as_such(String provider, Supplier<FakeLlmServer> fake)
            throws IOException {
        AnswerService answers = service(provider, fake, 1500);
        String url = server.baseUrl();
        server.close();

        Answer a = answers.ask(ask(QUESTION));

        assertThat(a.model()).isEqualTo("extractive");
        assertThat(a.warnings().getFirst()).startsWith("model 'remote' failed (cannot connect to " + url + ")");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void streaming_sends_sources_then_tokens_then_the_checked_answer(String provider, Supplier<FakeLlmServer> fake)
            throws IOException {
        AnswerService answers = service(provider, fake, 5000);
        server.enqueue(Reply.text(GOOD.replace("[1]", "[1][9]")));
        List<String> events = new ArrayList<>();
        StringBuilder tokens = new StringBuilder();

        Answer a = answers.stream(ask(QUESTION), new AnswerListener() {
            @Override
            public void sources(List<Source> sources) {
                events.add("sources:" + sources.size());
            }

            @Override
            public void token(String text) {
                events.add("token");
                tokens.append(text);
            }

            @Override
            public void done(Answer answer) {
                events.add("done");
            }
        });

        assertThat(server.lastRequest().streaming()).isTrue();
        assertThat(events.getFirst()).isEqualTo("sources:5");
        assertThat(events.getLast()).isEqualTo("done");
        assertThat(events.stream().filter(e -> e.equals("token")).count()).isGreaterThan(1);
        assertThat(tokens.toString()).isEqualTo(GOOD.replace("[1]", "[1][9]"));
        assertThat(a.answer()).doesNotContain("[9]");
        assertThat(a.citations()).extracting(Citation::arxivId).containsExactly("2401.05566");
        assertThat(a.model()).isEqualTo("remote");
    }

    static Stream<Arguments> brokenStreams() {
        List<Arguments> out = new ArrayList<>();
        providers().forEach(p -> {
            Object[] a = p.get();
            out.add(Arguments.of(a[0], a[1], "truncated", Reply.truncated(GOOD)));
            out.add(Arguments.of(a[0], a[1], "ends early", Reply.endsEarly(GOOD)));
            out.add(Arguments.of(a[0], a[1], "stalling", Reply.stalling(GOOD, Duration.ofSeconds(5))));
            out.add(Arguments.of(a[0], a[1], "429", Reply.status(429, "rate limited")));
        });
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("brokenStreams")
    void a_broken_stream_falls_back_with_a_warning_and_never_hangs(
            String provider, Supplier<FakeLlmServer> fake, String failure, Reply reply) throws IOException {
        AnswerService answers = service(provider, fake, 1500);
        server.enqueue(reply);
        long start = System.nanoTime();

        Answer a = answers.stream(ask(QUESTION), new AnswerListener() {
            @Override
            public void sources(List<Source> sources) {}

            @Override
            public void token(String text) {}

            @Override
            public void done(Answer answer) {}
        });

        assertThat(a.model()).isEqualTo("extractive");
        assertThat(a.warnings().getFirst()).startsWith("model 'remote' failed (");
        assertThat(a.citations()).isNotEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).as("no hang").isLessThan(4500);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void a_follow_up_is_rewritten_by_the_model_and_retrieves_the_earlier_topic(
            String provider, Supplier<FakeLlmServer> fake) throws IOException {
        AnswerService answers = service(provider, fake, 5000);
        server.enqueue(
                Reply.text(GOOD),
                Reply.text("Did adversarial training remove the backdoors of sleeper agent models?"),
                Reply.text(GOOD));

        answers.ask(new AskRequest("Can safety training remove backdoors from sleeper agents?", 5, "remote", "c1"));
        Answer followUp = answers.ask(new AskRequest("and did adversarial training help?", 5, "remote", "c1"));

        RecordedRequest condense = server.requests().get(1);
        assertThat(condense.body())
                .contains("Follow-up question: and did adversarial training help?")
                .contains("User: Can safety training remove backdoors from sleeper agents?");
        assertThat(server.lastRequest().body()).contains("Question: Did adversarial training remove the backdoors");
        assertThat(followUp.sources().getFirst().paperId()).isEqualTo("2401.05566");
        assertThat(followUp.sources().getFirst().n()).isEqualTo(1);
        assertThat(followUp.conversationId()).isEqualTo("c1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void a_listener_that_goes_away_stops_the_answer_without_a_done_event(String provider, Supplier<FakeLlmServer> fake)
            throws IOException {
        AnswerService answers = service(provider, fake, 5000);
        server.enqueue(Reply.text(GOOD + " " + GOOD));
        List<String> events = new ArrayList<>();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.stream(ask(QUESTION), new AnswerListener() {
                    @Override
                    public void sources(List<Source> sources) {}

                    @Override
                    public void token(String text) {
                        events.add("token");
                    }

                    @Override
                    public void done(Answer answer) {
                        events.add("done");
                    }

                    @Override
                    public boolean cancelled() {
                        return !events.isEmpty();
                    }
                }))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(events).containsExactly("token");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void a_listener_that_goes_away_closes_the_model_stream_before_its_end(String provider, Supplier<FakeLlmServer> fake)
            throws Exception {
        AnswerService answers = service(provider, fake, 30_000);
        server.enqueue(Reply.trickle(400, Duration.ofMillis(50)));
        List<String> tokens = new java.util.concurrent.CopyOnWriteArrayList<>();

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        answers.stream(ask(QUESTION), listener(tokens, () -> tokens.size() >= 3)))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(server.awaitClientLeft(Duration.ofSeconds(5)))
                .as("the client closed the model stream")
                .isTrue();
        assertThat(server.finishedTrickles()).isZero();
        assertThat(tokens).hasSize(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void a_listener_that_goes_away_while_the_model_is_silent_closes_the_model_stream(
            String provider, Supplier<FakeLlmServer> fake) throws Exception {
        AnswerService answers = service(provider, fake, 30_000);
        server.enqueue(Reply.trickle(5, Duration.ofSeconds(2)));
        List<String> tokens = new java.util.concurrent.CopyOnWriteArrayList<>();
        long[] firstToken = {0};

        long start = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.stream(ask(QUESTION), listener(tokens, () -> {
                    if (tokens.isEmpty()) {
                        return false;
                    }
                    if (firstToken[0] == 0) {
                        firstToken[0] = System.nanoTime();
                    }
                    return System.nanoTime() - firstToken[0]
                            > Duration.ofMillis(300).toNanos();
                })))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        long elapsed = System.nanoTime() - start;

        assertThat(tokens)
                .as("only the first piece arrived before the listener left")
                .hasSize(1);
        assertThat(Duration.ofNanos(elapsed))
                .as("stopped while waiting for the second piece")
                .isLessThan(Duration.ofMillis(3500));
        assertThat(server.awaitClientLeft(Duration.ofSeconds(5))).isTrue();
        assertThat(server.finishedTrickles()).isZero();
    }

    /** A listener that records tokens and is cancelled when {@code gone} says so. */
    private static AnswerListener listener(List<String> tokens, java.util.function.BooleanSupplier gone) {
        return new AnswerListener() {
            @Override
            public void sources(List<Source> sources) {}

            @Override
            public void token(String text) {
                tokens.add(text);
            }

            @Override
            public void done(Answer answer) {
                tokens.add("done");
            }

            @Override
            public boolean cancelled() {
                return gone.getAsBoolean();
            }
        };
    }
}

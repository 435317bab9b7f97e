package dev.cited.answer;

import dev.cited.check.Citation;
import dev.cited.check.CitationChecker;
import dev.cited.check.NumberedSources;
import dev.cited.index.PaperLookup;
import dev.cited.ingest.Paper;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.Retriever;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Answers questions: make a follow-up standalone, retrieve papers, number them, have the chosen
 * profile's {@code Answerer} write a reply, check the citations, remember the turn.
 *
 * <p>The answerer is chosen by the profile's provider: the built-in {@code extractive} profile is
 * answered by the {@link ExtractiveAnswerer}, which receives the question and the numbered
 * sources as data; any other profile by a {@code ChatModelAnswerer}, which renders them into the
 * prompt templates for its LangChain4j chat model. When a language model fails (time-out, refused
 * connection, HTTP 429 or 5xx, a broken stream, an empty reply) the extractive answerer answers
 * instead, from the same data, and when it fails to rewrite a follow-up the deterministic rewrite
 * stands in; the answer's {@link Outcome} records each such {@link Outcome.Fallback} (which model
 * failed, why, what stood in) and a warning tells humans the same: the user always gets an answer
 * or a clear error. Thread-safe.
 */
public final class AnswerService {

    /** Papers given to the model when the caller does not say. */
    public static final int DEFAULT_K = 5;

    public static final int MAX_K = 20;

    private final Retriever retriever;
    private final PaperLookup papers;
    private final ModelRegistry models;
    private final ExtractiveAnswerer extractive;
    private final PromptTemplates prompts;
    private final CitationChecker checker;
    private final ConversationStore conversations;

    /**
     * @param models the profiles; a profile whose provider is {@code extractive} is answered by
     *     {@code extractive}, any other by its chat model
     * @param extractive answers the extractive profile, and any question whose model failed
     * @param prompts the templates a language model is prompted with (the extractive answerer
     *     does not read them)
     */
    public AnswerService(
            Retriever retriever,
            PaperLookup papers,
            ModelRegistry models,
            ExtractiveAnswerer extractive,
            PromptTemplates prompts,
            CitationChecker checker,
            ConversationStore conversations) {
        this.retriever = retriever;
        this.papers = papers;
        this.models = models;
        this.extractive = extractive;
        this.prompts = prompts;
        this.checker = checker;
        this.conversations = conversations;
    }

    /** Whether {@code name} names a configured model profile; true for null (the default). */
    public boolean knowsModel(String name) {
        return models.has(name);
    }

    /**
     * Answers a question.
     *
     * When the request names a conversation, the turn is stored before this returns.
     *
     * @throws IllegalArgumentException for a blank question, {@code k} outside 1..{@value #MAX_K},
     *     an unknown model or an illegal conversation id
     * @throws dev.cited.history.History.NoSuchConversationException when the conversation belongs
     *     to another owner
     */
    public Answer ask(AskRequest request) throws IOException {
        return answer(request, null, null);
    }

    /**
     * Answers a question that continues {@code history}, a conversation the caller holds (such as
     * the messages of an OpenAI-style request); the store is neither read nor written.
     */
    public Answer ask(AskRequest request, Conversation history) throws IOException {
        return answer(request, null, history);
    }

    /**
     * Answers a question, streaming the sources, the model's tokens and then the checked answer
     * to {@code listener}; returns the same answer.
     */
    public Answer stream(AskRequest request, AnswerListener listener) throws IOException {
        return answer(request, listener, null);
    }

    private Answer answer(AskRequest request, AnswerListener listener, Conversation history) throws IOException {
        String question = request.question() == null ? "" : request.question().strip();
        if (question.isEmpty()) {
            throw new IllegalArgumentException("question is empty");
        }
        if (request.k() < 1 || request.k() > MAX_K) {
            throw new IllegalArgumentException("illegal k: " + request.k() + ", must be between 1 and " + MAX_K);
        }
        ModelRegistry.Model model = models.get(request.model());
        Conversation conversation = history != null
                ? history
                : request.conversationId() == null ? null : conversations.load(request.conversationId());
        List<Outcome.Fallback> fallbacks = new ArrayList<>();
        long start = System.nanoTime();
        String standalone = conversation == null ? question : standalone(conversation, question, model, fallbacks);
        List<PaperHit> hits = retriever.search(standalone, request.k());
        List<Paper> found = new ArrayList<>();
        for (PaperHit hit : hits) {
            found.add(papers.paper(hit.paperId())
                    .orElseThrow(() -> new IllegalStateException("index has no paper " + hit.paperId())));
        }
        NumberedSources sources =
                new NumberedSources(found, hits, conversation == null ? Map.of() : conversation.numbers());
        long retrieved = System.nanoTime();
        if (listener != null) {
            listener.sources(sources(sources, List.of()));
        }
        String answeredBy = model.name();
        CitationChecker.Checked checked = new CitationChecker.Checked("", List.of(), List.of());
        if (!hits.isEmpty()) {
            String reply;
            try {
                reply = answerer(model).reply(standalone, sources, listener);
            } catch (ModelCall.Failure | RuntimeException e) {
                if (e instanceof CancellationException c) {
                    throw c;
                }
                fallbacks.add(fallback(
                        Outcome.Step.ANSWER, model, e, models.fallback().name()));
                answeredBy = models.fallback().name();
                reply = extractive.reply(standalone, sources, null);
            }
            checked = checker.check(standalone, reply, sources);
        }
        List<String> warnings = new ArrayList<>(
                fallbacks.stream().map(Outcome.Fallback::warning).toList());
        warnings.addAll(checked.warnings());
        long answered = System.nanoTime();
        Answer.Timings timings =
                new Answer.Timings(ms(retrieved - start), ms(answered - retrieved), ms(answered - start));
        Answer answer = checked.supported()
                ? new Answer(
                        question,
                        checked.text(),
                        new Outcome(Outcome.Status.ANSWERED, answeredBy, List.of(), fallbacks),
                        checked.citations(),
                        sources(sources, checked.citations()),
                        warnings,
                        timings,
                        request.conversationId())
                : new Answer(
                        question,
                        abstention(sources),
                        new Outcome(
                                Outcome.Status.ABSTAINED,
                                answeredBy,
                                sources.entries().stream()
                                        .map(NumberedSources.Entry::n)
                                        .toList(),
                                fallbacks),
                        List.of(),
                        sources(sources, List.of()),
                        warnings,
                        timings,
                        request.conversationId());
        if (conversation != null && history == null) {
            conversations.append(
                    request.owner(),
                    request.conversationId(),
                    new Conversation.Turn(question, standalone, answer.answer()),
                    sources.numbering(),
                    answer);
        }
        if (listener != null) {
            listener.done(answer);
        }
        return answer;
    }

    /** The extractive answerer for the extractive provider, else one that prompts the profile's chat model. */
    private Answerer answerer(ModelRegistry.Model model) {
        return model.extractive() ? extractive : new ChatModelAnswerer(model, prompts);
    }

    /** Rewrites a follow-up: by the model when it is a language model, else (or when it fails) deterministically. */
    private String standalone(
            Conversation conversation, String question, ModelRegistry.Model model, List<Outcome.Fallback> fallbacks) {
        if (conversation.turns().isEmpty() || model.extractive()) {
            return QuestionCondenser.standalone(conversation, question);
        }
        try {
            String rewritten = ModelCall.text(model.chat()
                    .chat(ChatRequest.builder()
                            .messages(UserMessage.from(
                                    prompts.condense(conversation.history(ConversationStore.CONTEXT_TURNS), question)))
                            .build()));
            return rewritten.lines().findFirst().orElse(question).strip();
        } catch (ModelCall.Failure | RuntimeException e) {
            fallbacks.add(fallback(Outcome.Step.CONDENSE, model, e, Outcome.Fallback.DETERMINISTIC_REWRITE));
            return QuestionCondenser.standalone(conversation, question);
        }
    }

    private static Outcome.Fallback fallback(
            Outcome.Step step, ModelRegistry.Model model, Exception e, String instead) {
        String why = e instanceof ModelCall.Failure && e.getCause() == null
                ? e.getMessage()
                : ModelCall.describe(e instanceof ModelCall.Failure && e.getCause() != null ? e.getCause() : e, model);
        return new Outcome.Fallback(
                step,
                model.name(),
                why == null ? "no reason given" : why.strip().replaceAll("\\s*\\R\\s*", " "),
                instead);
    }

    private static List<Source> sources(NumberedSources sources, List<Citation> citations) {
        List<Source> out = new ArrayList<>();
        for (NumberedSources.Entry e : sources.entries()) {
            Paper p = e.paper();
            int version = citations.stream()
                    .filter(c -> c.n() == e.n())
                    .map(Citation::version)
                    .findFirst()
                    .orElse(e.hit().version());
            out.add(new Source(
                    e.n(),
                    p.id(),
                    p.arxivId(),
                    p.title(),
                    p.label(),
                    p.url(),
                    p.year(),
                    version,
                    p.versions().size(),
                    p.version(version).text(),
                    e.hit().score(),
                    Source.Scores.of(e.hit().scores()),
                    citations.stream()
                            .filter(c -> c.n() == e.n() && c.version() != null)
                            .map(Citation::version)
                            .distinct()
                            .sorted()
                            .map(v -> new Source.VersionText(v, p.version(v).text()))
                            .toList()));
        }
        return out;
    }

    private static String abstention(NumberedSources sources) {
        if (sources.size() == 0) {
            return "The collection does not answer this question: no paper matches it.";
        }
        List<String> labels = new ArrayList<>();
        for (NumberedSources.Entry e : sources.entries().subList(0, Math.min(3, sources.size()))) {
            labels.add(e.paper().label()
                    + (e.paper().arxivId() == null ? "" : " (arXiv:" + e.paper().arxivId() + ")"));
        }
        return "The collection does not answer this question. The closest papers, none of which states an answer, are: "
                + String.join("; ", labels) + ".";
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}

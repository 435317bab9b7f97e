package dev.cited.app;

import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.answer.ExtractiveAnswerer;
import dev.cited.answer.PromptTemplates;
import dev.cited.chat.ChatAdapter;
import dev.cited.chat.ChatSettings;
import dev.cited.chat.MattermostAdapter;
import dev.cited.chat.SlackAdapter;
import dev.cited.check.CitationChecker;
import dev.cited.history.History;
import dev.cited.history.HistoryDatabase;
import dev.cited.index.Embedder;
import dev.cited.llm.ModelConfig;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.Retriever;
import dev.cited.retrieve.SearchBackend;
import dev.cited.serve.CitedServer;
import dev.cited.serve.ServerSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: builds the application from one {@link CitedSettings} and hands out its
 * parts. Every command, the server, the chat adapters, the bench and the test fixtures get their
 * parts here, so each part is made in exactly one way.
 *
 * <p>{@link #open} loads the prompt templates first (a broken template fails before any work),
 * then the embedding model, then the index (built or refreshed when stale, by {@link
 * IndexProvisioner}). Closing it closes what it opened. Thread-safe once built.
 */
public final class Cited implements AutoCloseable {

    private final CitedSettings settings;
    private final Embedder embedder;
    private final SearchBackend backend;
    private final boolean owned;
    private final PromptTemplates prompts;
    private final Retriever retriever;
    private ExtractiveAnswerer extractive;
    private final ModelRegistry models;

    private Cited(
            CitedSettings settings, Embedder embedder, SearchBackend backend, boolean owned, PromptTemplates prompts) {
        this.settings = settings;
        this.embedder = embedder;
        this.backend = backend;
        this.owned = owned;
        this.prompts = prompts;
        this.retriever = backend.retriever(settings.retriever());
        this.models = registry(settings.models().config());
    }

    /**
     * Opens the application: prompt templates, embedding model, and the index, built or refreshed
     * first when it is missing or stale.
     *
     * @param log where build messages go (standard error in the CLI)
     * @throws IllegalStateException naming the file when a prompt template is wrong
     * @throws IllegalArgumentException for settings the backend cannot honour
     */
    public static Cited open(CitedSettings settings, PrintWriter log) throws IOException {
        return open(settings, log, false);
    }

    /**
     * As {@link #open(CitedSettings, PrintWriter)}; with {@code followIndex} (a server), an embedded
     * index is reopened when {@code cited index} publishes a new generation ({@link
     * IndexProvisioner#open(Embedder, PrintWriter, boolean)}).
     */
    public static Cited open(CitedSettings settings, PrintWriter log, boolean followIndex) throws IOException {
        PromptTemplates prompts = PromptTemplates.load(settings.prompts());
        Embedder embedder = embedder(settings.collection());
        SearchBackend backend = null;
        try {
            backend = new IndexProvisioner(settings.collection(), settings.backend()).open(embedder, log, followIndex);
            return new Cited(settings, embedder, backend, true, prompts);
        } catch (IOException | RuntimeException e) {
            if (backend != null) {
                backend.close();
            }
            embedder.close();
            throw e;
        }
    }

    /**
     * The embedding model of {@code collection} (its index settings name it), for work that needs
     * no index, such as replaying labelled answers through the citation checker. The caller closes it.
     */
    public static Embedder embedder(CollectionSettings collection) {
        return new Embedder(collection.index().model());
    }

    /** The citation checker every answer goes through, judging paraphrases with {@code embedder}. */
    public static CitationChecker citationChecker(Embedder embedder) {
        return new CitationChecker(embedder);
    }

    /**
     * The application over an embedder and an open backend that stay the caller's (closing this
     * closes neither): for test fixtures and benchmarks that open one index for many uses.
     */
    public static Cited over(CitedSettings settings, Embedder embedder, SearchBackend backend) throws IOException {
        return new Cited(settings, embedder, backend, false, PromptTemplates.load(settings.prompts()));
    }

    public CitedSettings settings() {
        return settings;
    }

    public Embedder embedder() {
        return embedder;
    }

    /** The open index: papers by id, the manifest, retrievers. */
    public SearchBackend backend() {
        return backend;
    }

    /** The retriever the settings choose, over {@link #backend}. */
    public Retriever retriever() {
        return retriever;
    }

    public PromptTemplates prompts() {
        return prompts;
    }

    /** The model registry of the settings' profiles; its default can be switched at run time. */
    public ModelRegistry models() {
        return models;
    }

    /** A new registry of {@code config}'s profiles (the built-in extractive one included). */
    public ModelRegistry registry(ModelConfig config) {
        return new ModelRegistry(config);
    }

    /** An answer service with {@link #models} and the given conversation store. */
    public AnswerService answers(ConversationStore conversations) {
        return answers(models, conversations);
    }

    /**
     * An answer service with the given registry and conversation store; the extractive profile, and
     * any model that fails, is answered by this application's extractive answerer.
     */
    public AnswerService answers(ModelRegistry registry, ConversationStore conversations) {
        return new AnswerService(
                retriever, backend, registry, extractive(), prompts, citationChecker(embedder), conversations);
    }

    /**
     * An answer service over another retriever (such as one that hands out given papers, for an
     * evaluation with gold sources), with {@link #models} and this application's papers.
     */
    public AnswerService answers(Retriever over, ConversationStore conversations) {
        return new AnswerService(
                over, backend, models, extractive(), prompts, citationChecker(embedder), conversations);
    }

    /**
     * The extractive answerer, made on first use so that retraining its selector ({@code cited
     * train answerer}) works while the bundled selector does not match the features.
     *
     * @throws IllegalArgumentException when the bundled selector does not match this build
     */
    private synchronized ExtractiveAnswerer extractive() {
        if (extractive == null) {
            extractive = new ExtractiveAnswerer(
                    embedder, backend.termStatistics(), settings.models().extractive());
        }
        return extractive;
    }

    /**
     * Opens the conversation history at {@code location} (see {@link HistoryDatabase#open}), or,
     * when it is null, in {@value HistoryDatabase#SQLITE_FILE} beside the index; created and
     * migrated on first use. The caller closes it.
     */
    public History history(String location) {
        return HistoryDatabase.open(
                location != null
                        ? location
                        : settings.collection()
                                .indexDir()
                                .resolve(HistoryDatabase.SQLITE_FILE)
                                .toString());
    }

    /** The chat platform adapters {@code chat} turns on, answering through {@code answers}. */
    public static List<ChatAdapter> chatAdapters(AnswerService answers, ChatSettings chat) {
        List<ChatAdapter> adapters = new ArrayList<>();
        if (chat.slackSigningSecret() != null) {
            adapters.add(
                    new SlackAdapter(answers, chat.slackBotToken(), chat.slackSigningSecret(), chat.slackApiUrl()));
        }
        if (chat.mattermostToken() != null) {
            adapters.add(new MattermostAdapter(answers, chat.mattermostToken()));
        }
        return adapters;
    }

    /**
     * The HTTP application (not started) over this index, answering through {@code answers} and
     * serving the conversations in {@code history} (the same store {@code answers} writes to).
     */
    public Javalin server(
            AnswerService answers,
            ModelRegistry registry,
            ServerSettings server,
            List<ChatAdapter> chats,
            History history) {
        return CitedServer.create(answers, retriever, backend, registry, server, chats, history);
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            try {
                backend.close();
            } finally {
                embedder.close();
            }
        }
    }
}

package dev.cited.serve;

import dev.cited.BundledIndex;
import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.chat.ChatAdapter;
import dev.cited.history.History;
import dev.cited.history.HistoryDatabase;
import dev.cited.llm.ModelConfig;
import dev.cited.llm.ModelRegistry;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A real Cited server on a free loopback port over the bundled corpus, for HTTP and browser tests,
 * built by the composition root as {@code cited serve} builds it.
 */
public final class ServerFixture implements AutoCloseable {

    private final Javalin app;
    public final ModelRegistry models;
    /** The server's conversation history, an SQLite file in a temporary folder. */
    public final History history;

    private ServerFixture(Javalin app, ModelRegistry models, History history) {
        this.app = app;
        this.models = models;
        this.history = history;
    }

    /** Extractive model only, no tokens. */
    public static ServerFixture start() {
        return start(ModelConfig.builtIn(), null, null);
    }

    public static ServerFixture start(ModelConfig config, String apiToken, String adminToken) {
        return start(config, apiToken, adminToken, answers -> List.of());
    }

    /** A server with chat adapters made from its answer service. */
    public static ServerFixture start(
            ModelConfig config, String apiToken, String adminToken, Function<AnswerService, List<ChatAdapter>> chats) {
        return withSettings(config, new ServerSettings("127.0.0.1", 0, apiToken, adminToken), chats);
    }

    /** A server with these settings (named API keys, a public URL, allowed origins; bound to 127.0.0.1 on a free port whatever their host says) and chat adapters made from its answer service. */
    public static ServerFixture withSettings(
            ModelConfig config, ServerSettings settings, Function<AnswerService, List<ChatAdapter>> chats) {
        try {
            return onHistory(
                    Files.createTempDirectory("cited-history").resolve(HistoryDatabase.SQLITE_FILE),
                    config,
                    settings,
                    chats);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extractive model only, no tokens, its conversations in the SQLite file {@code history}: a restart keeps them. */
    public static ServerFixture onHistory(Path history) {
        return onHistory(
                history, ModelConfig.builtIn(), new ServerSettings("127.0.0.1", 0, null, null), answers -> List.of());
    }

    private static ServerFixture onHistory(
            Path file, ModelConfig config, ServerSettings settings, Function<AnswerService, List<ChatAdapter>> chats) {
        Cited cited = BundledIndex.get().cited;
        ModelRegistry models = cited.registry(config);
        History history = HistoryDatabase.sqlite(file);
        AnswerService answers = cited.answers(models, ConversationStore.in(history));
        Javalin app = cited.server(answers, models, settings, chats.apply(answers), history);
        app.start("127.0.0.1", 0);
        return new ServerFixture(app, models, history);
    }

    /** E.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
        history.close();
    }
}

package dev.cited.cli;

import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.chat.ChatAdapter;
import dev.cited.chat.ChatSettings;
import dev.cited.history.History;
import dev.cited.serve.ApiKeys;
import dev.cited.serve.ServerSettings;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cited serve}: the REST API and web chat page. Indexes the corpus first when needed.
 * Tokens come from the environment: {@code CITED_API_TOKEN} protects the API, {@code
 * CITED_ADMIN_TOKEN} enables the admin endpoint. {@code --public-url} and {@code --allow-origin}
 * set which hosts and browser origins are accepted (see {@code serve.BrowserPolicy}).
 */
@Command(name = "serve", description = "Serve the REST API and the web chat page.", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(
            names = "--public-url",
            paramLabel = "URL",
            description = "The address clients use when a reverse proxy stands in front, e.g. https://cited.example.org"
                    + " (default: $CITED_PUBLIC_URL). Its host is accepted in Host, its origin in Origin.")
    String publicUrl;

    @Option(
            names = "--allow-origin",
            paramLabel = "URL",
            description = "Lets the web site at URL (scheme://host[:port]) call the API from a browser (CORS);"
                    + " repeatable (default: $CITED_ALLOW_ORIGINS, comma-separated).")
    List<String> allowOrigins = new ArrayList<>();

    @Mixin
    AnswerOptions options;

    @Mixin
    HistoryOptions history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> keys = ApiKeys.parse(System.getenv("CITED_API_KEYS"));
        String keysFile = blankToNull(System.getenv("CITED_API_KEYS_FILE"));
        if (keysFile != null) {
            ApiKeys.parse(Files.readString(Path.of(keysFile), StandardCharsets.UTF_8))
                    .forEach((name, token) -> {
                        if (keys.put(name, token) != null) {
                            throw new IllegalArgumentException("API key '" + name + "' is given twice");
                        }
                    });
        }
        ServerSettings settings = new ServerSettings(
                host,
                port,
                blankToNull(System.getenv("CITED_API_TOKEN")),
                blankToNull(System.getenv("CITED_ADMIN_TOKEN")),
                publicUrl != null ? publicUrl : blankToNull(System.getenv("CITED_PUBLIC_URL")),
                allowedOrigins(),
                keys);
        ChatSettings chatSettings = new ChatSettings(
                System.getenv("SLACK_SIGNING_SECRET"),
                System.getenv("SLACK_BOT_TOKEN"),
                System.getenv("CITED_SLACK_API_URL"),
                System.getenv("CITED_MATTERMOST_TOKEN"));
        try (Cited cited = Cited.open(options.settings(), spec.commandLine().getErr(), true);
                History store = cited.history(history.location())) {
            AnswerService answers = cited.answers(ConversationStore.in(store));
            List<ChatAdapter> chats = Cited.chatAdapters(answers, chatSettings);
            Javalin app = cited.server(answers, cited.models(), settings, chats, store);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                app.stop();
                                stopped.countDown();
                            },
                            "cited-shutdown"));
            app.start(host, port);
            out.printf(
                    Locale.ROOT,
                    "Cited serves %d papers at http://%s:%d/ (default model: %s%s; history: %s)%n",
                    cited.backend().paperCount(),
                    host.contains(":") ? "[" + host + "]" : host,
                    app.port(),
                    cited.models().defaultName(),
                    settings.apiToken() == null && keys.isEmpty() ? "" : ", API token required",
                    store.describe());
            for (ChatAdapter chat : chats) {
                out.println("  " + chat.name() + " endpoints are on");
            }
            out.flush();
            stopped.await();
        }
        return 0;
    }

    /** {@code --allow-origin} values, or else {@code CITED_ALLOW_ORIGINS} split at commas. */
    private List<String> allowedOrigins() {
        if (!allowOrigins.isEmpty()) {
            return allowOrigins;
        }
        String env = blankToNull(System.getenv("CITED_ALLOW_ORIGINS"));
        return env == null
                ? List.of()
                : Arrays.stream(env.split(","))
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

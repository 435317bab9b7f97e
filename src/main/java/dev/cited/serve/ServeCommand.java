package dev.cited.serve;

import dev.cited.answer.AnswerOptions;
import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.chat.ChatAdapter;
import dev.cited.chat.MattermostAdapter;
import dev.cited.chat.SlackAdapter;
import dev.cited.index.Embedder;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.SearchBackend;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * CITED_ADMIN_TOKEN} enables the admin endpoint.
 */
@Command(name = "serve", description = "Serve the REST API and the web chat page.", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Mixin
    AnswerOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        options.templates();
        ServerSettings settings = new ServerSettings(host, port, blankToNull(System.getenv("CITED_API_TOKEN")),
                blankToNull(System.getenv("CITED_ADMIN_TOKEN")));
        try (Embedder embedder = new Embedder(options.backend.index.settings().model());
                SearchBackend index = options.backend.open(embedder, spec.commandLine().getErr())) {
            ModelRegistry registry = options.registry(embedder);
            AnswerService answers = options.service(index, embedder, registry, ConversationStore.inMemory());
            List<ChatAdapter> chats = new ArrayList<>();
            String slackSecret = blankToNull(System.getenv("SLACK_SIGNING_SECRET"));
            if (slackSecret != null) {
                String api = blankToNull(System.getenv("CITED_SLACK_API_URL"));
                chats.add(new SlackAdapter(answers, System.getenv("SLACK_BOT_TOKEN"), slackSecret,
                        api == null ? SlackAdapter.DEFAULT_API_URL : api));
            }
            String mattermost = blankToNull(System.getenv("CITED_MATTERMOST_TOKEN"));
            if (mattermost != null) {
                chats.add(new MattermostAdapter(answers, mattermost));
            }
            Javalin app = CitedServer.create(answers, index.retriever(options.retriever), index, registry, settings, chats);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                stopped.countDown();
            }, "cited-shutdown"));
            app.start(host, port);
            out.printf(Locale.ROOT, "Cited serves %d papers at http://%s:%d/ (default model: %s%s)%n", index.paperCount(),
                    host.contains(":") ? "[" + host + "]" : host, app.port(), registry.defaultName(),
                    settings.apiToken() == null ? "" : ", API token required");
            for (ChatAdapter chat : chats) {
                out.println("  " + chat.name() + " endpoints are on");
            }
            out.flush();
            stopped.await();
        }
        return 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

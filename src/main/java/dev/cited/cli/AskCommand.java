package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.Answer;
import dev.cited.answer.AnswerListener;
import dev.cited.answer.AnswerService;
import dev.cited.answer.AskRequest;
import dev.cited.answer.ConversationFiles;
import dev.cited.answer.ConversationStore;
import dev.cited.answer.Source;
import dev.cited.app.Cited;
import dev.cited.history.History;
import dev.cited.present.AnswerView;
import dev.cited.present.TerminalRenderer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cited ask "question"}: a short answer in which every sentence cites a paper. */
@Command(
        name = "ask",
        description = "Answer a question from the collection, citing a paper for every sentence.",
        mixinStandardHelpOptions = true)
public final class AskCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question.")
    String question;

    @Option(
            names = "-k",
            paramLabel = "K",
            defaultValue = "" + AnswerService.DEFAULT_K,
            description = "Papers to answer from (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print exactly one JSON object.")
    boolean json;

    @Option(names = "--stream", description = "Print the model's words as they arrive, then the checked answer.")
    boolean stream;

    @Option(
            names = "--conversation",
            paramLabel = "ID",
            description = "Continue conversation ID (up to 64 letters, digits, '.', '_' or '-'), kept in the history"
                    + " database: follow-up questions are read in its context and papers keep their numbers.")
    String conversation;

    @Mixin
    AnswerOptions options;

    @Mixin
    HistoryOptions history;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (conversation != null && !conversation.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException(
                    "illegal conversation id '" + conversation + "': use up to 64 letters, digits, '.', '_' or '-'");
        }
        try (Cited cited = Cited.open(options.settings(), spec.commandLine().getErr());
                History store = conversation == null ? null : cited.history(history.location())) {
            if (store != null) {
                int migrated = ConversationFiles.migrate(
                        cited.settings().collection().indexDir().resolve(ConversationFiles.FOLDER),
                        store,
                        AskRequest.LOCAL);
                if (migrated > 0) {
                    spec.commandLine()
                            .getErr()
                            .printf(
                                    Locale.ROOT,
                                    "cited: moved %d conversation files into %s%n",
                                    migrated,
                                    store.describe());
                }
            }
            AnswerService service =
                    cited.answers(store == null ? ConversationStore.inMemory() : ConversationStore.in(store));
            AskRequest request =
                    new AskRequest(question, k, cited.settings().models().model(), conversation);
            Answer answer;
            if (stream && !json) {
                answer = service.stream(request, new AnswerListener() {
                    @Override
                    public void sources(List<Source> sources) {}

                    @Override
                    public void token(String text) {
                        out.print(text);
                        out.flush();
                    }

                    @Override
                    public void done(Answer a) {
                        out.println();
                        out.println();
                        out.println("Checked answer:");
                    }
                });
            } else {
                answer = service.ask(request);
            }
            if (json) {
                out.println(JSON.writeValueAsString(answer));
            } else {
                out.print(TerminalRenderer.answer(AnswerView.of(answer)));
                out.flush();
            }
        }
        return 0;
    }
}

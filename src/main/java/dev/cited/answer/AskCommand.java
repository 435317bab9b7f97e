package dev.cited.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.index.Embedder;
import dev.cited.index.IndexOptions;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.RetrieverOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cited ask "question"}: a short answer in which every sentence cites a paper. */
@Command(name = "ask", description = "Answer a question from the collection, citing a paper for every sentence.",
        mixinStandardHelpOptions = true)
public final class AskCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question.")
    String question;

    @Option(names = "-k", paramLabel = "K", defaultValue = "" + AnswerService.DEFAULT_K,
            description = "Papers to answer from (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print exactly one JSON object.")
    boolean json;

    @Option(names = "--prompts", paramLabel = "DIR", description = "Prompt templates folder (default: prompts/).")
    Path prompts;

    @Mixin
    IndexOptions indexOptions;

    @Mixin
    RetrieverOptions retrieverOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PromptTemplates templates = PromptTemplates.load(prompts != null ? prompts : IndexOptions.home().resolve("prompts"));
        PrintWriter out = spec.commandLine().getOut();
        try (Embedder embedder = new Embedder(indexOptions.settings().model());
                PaperIndex index = indexOptions.openOrBuild(embedder, spec.commandLine().getErr())) {
            AnswerService service = new AnswerService(retrieverOptions.create(index, embedder), index,
                    new ExtractiveChatModel(embedder), "extractive", templates);
            Answer answer = service.ask(question, k);
            if (json) {
                out.println(JSON.writeValueAsString(answer));
            } else {
                print(answer, out);
            }
        }
        return 0;
    }

    static void print(Answer a, PrintWriter out) {
        out.println(a.answer());
        out.println();
        if (a.abstained()) {
            return;
        }
        for (Source s : a.sources()) {
            if (a.citations().stream().noneMatch(c -> c.n() == s.n())) {
                continue;
            }
            out.printf(Locale.ROOT, "[%d] %s%s%s%n", s.n(), s.label(), s.year() == null ? "" : " (" + s.year() + ")",
                    s.url() == null ? "" : "  " + s.url());
            for (Citation c : a.citations()) {
                if (c.n() == s.n()) {
                    String version = s.versions() > 1 ? " (version " + c.version() + " of " + s.versions() + ")" : "";
                    out.printf(Locale.ROOT, "    \"%s\"%s%n", c.quote(), version);
                }
            }
        }
        for (String w : a.warnings()) {
            out.println("warning: " + w);
        }
    }
}

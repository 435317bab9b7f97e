package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.eval.Question;
import dev.cited.eval.QuestionSetEvaluation;
import dev.cited.retrieve.Retriever;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cited eval questions FILE.jsonl}: retrieval and answer metrics for a question set. */
@Command(
        name = "questions",
        description = "Retrieval and answer metrics for a question set (JSON lines).",
        mixinStandardHelpOptions = true)
public final class EvalQuestionsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "Questions: {id, question, answerable, relevant, answer_terms, split, kind} per line.")
    Path file;

    @Option(
            names = "--split",
            paramLabel = "SPLIT",
            defaultValue = "all",
            description = "dev, heldout or all (default).")
    String split;

    @Option(
            names = "-k",
            paramLabel = "K",
            defaultValue = "5",
            description = "Recall cut-off (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print one JSON object with the summary and every outcome.")
    boolean json;

    @Mixin
    AnswerOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Question> questions = Question.read(file).stream()
                .filter(q -> split.equals("all") || q.split().equals(split))
                .toList();
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(file + " has no questions in split '" + split + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Cited cited = Cited.open(options.settings(), spec.commandLine().getErr())) {
            Retriever retriever = cited.retriever();
            AnswerService answers = cited.answers(ConversationStore.inMemory());
            QuestionSetEvaluation.Summary s = QuestionSetEvaluation.run(
                    questions,
                    retriever,
                    answers,
                    cited.backend(),
                    k,
                    cited.settings().models().model());
            if (json) {
                out.println(JSON.writeValueAsString(s));
                return 0;
            }
            out.printf(
                    Locale.ROOT,
                    "%d questions (%d answerable), split %s, %s%n",
                    s.questions(),
                    s.answerable(),
                    split,
                    retriever.name());
            out.printf(Locale.ROOT, "  retrieval  Recall@%d %.3f  MRR %.3f%n", s.k(), s.recallAtK(), s.mrr());
            out.printf(
                    Locale.ROOT,
                    "  answers    fact present %.3f  term hit %.3f  relevant cited %.3f  citation validity %.3f%n",
                    s.factPresentRate(),
                    s.termHitRate(),
                    s.relevantCitedRate(),
                    s.citationValidity());
            out.printf(
                    Locale.ROOT,
                    "  abstention precision %.3f  recall %.3f   versions surfaced %.3f   median ask %.1f ms%n",
                    s.abstentionPrecision(),
                    s.abstentionRecall(),
                    s.versionsSurfacedRate(),
                    s.medianAskMs());
            printGroups(out, "kind", s.byKind());
            printGroups(out, "type", s.byType());
            for (QuestionSetEvaluation.Outcome o : s.outcomes()) {
                boolean ok = o.answerable() ? !o.abstained() && o.relevantCited() && o.termHit() == 1.0 : o.abstained();
                if (!ok) {
                    out.printf(
                            Locale.ROOT,
                            "  miss %s (%s): abstained=%s relevant_cited=%s terms=%.2f rr=%.2f%n",
                            o.id(),
                            o.kind(),
                            o.abstained(),
                            o.relevantCited(),
                            o.termHit(),
                            o.reciprocalRank());
                }
            }
        }
        return 0;
    }

    private static void printGroups(PrintWriter out, String by, List<QuestionSetEvaluation.Group> groups) {
        if (groups.size() < 2) {
            return;
        }
        out.printf(
                Locale.ROOT,
                "  %-14s %9s %10s %13s %14s %9s%n",
                by,
                "questions",
                "answerable",
                "fact present",
                "relevant cited",
                "refused");
        for (QuestionSetEvaluation.Group g : groups) {
            out.printf(
                    Locale.ROOT,
                    "  %-14s %9d %10d %13s %14s %9d%n",
                    g.group(),
                    g.questions(),
                    g.answerable(),
                    g.answerable() == 0 ? "-" : g.factPresent() + "/" + g.answerable(),
                    g.answerable() == 0 ? "-" : g.relevantCited() + "/" + g.answerable(),
                    g.abstained());
        }
    }
}

package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.eval.RationaleEvaluation;
import dev.cited.select.SciFactClaims;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cited eval rationales --claims FILE --corpus C}: SciFact sentence-level rationale
 * selection of the sentences the answers quote ({@link RationaleEvaluation}), with retrieval
 * (open) or with the gold abstracts as the sources ({@code --oracle}).
 */
@Command(
        name = "rationales",
        description = "SciFact rationale-sentence precision, recall and F1 of the quoted sentences.",
        mixinStandardHelpOptions = true)
public final class EvalRationalesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(
            names = "--claims",
            paramLabel = "FILE",
            required = true,
            description = "SciFact claims (claims_*.jsonl of the original release).")
    Path claims;

    @Option(
            names = "--rationale-corpus",
            paramLabel = "FILE",
            description = "The original release's sentence-split corpus.jsonl. Default: corpus.jsonl beside --claims.")
    Path rationaleCorpus;

    @Option(
            names = "--oracle",
            description = "Answer from each claim's gold abstracts instead of retrieving; the answerability"
                    + " decision is then off (answer=0) unless --extractive answer= says otherwise.")
    boolean oracle;

    @Option(names = "--heldout-only", description = "Only the held-out claims (id divisible by 5).")
    boolean heldoutOnly;

    @Option(
            names = "-k",
            paramLabel = "K",
            defaultValue = "5",
            description = "Papers per answer (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print one JSON object with the scores per part.")
    boolean json;

    @Mixin
    AnswerOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path corpus = rationaleCorpus != null
                ? rationaleCorpus
                : claims.toAbsolutePath().getParent().resolve("corpus.jsonl");
        List<SciFactClaims.Claim> all = SciFactClaims.read(claims, corpus).stream()
                .filter(c -> !heldoutOnly || c.heldout())
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (oracle && (options.extractive == null || !options.extractive.contains("answer="))) {
            // the gold abstracts answer by construction: measure sentence choice, not answerability,
            // whose retrieval features mean nothing over given papers
            options.extractive = options.extractive == null ? "answer=0" : options.extractive + ",answer=0";
        }
        try (Cited cited = Cited.open(options.settings(), spec.commandLine().getErr())) {
            AnswerService answers = oracle
                    ? cited.answers(RationaleEvaluation.oracle(all), ConversationStore.inMemory())
                    : cited.answers(ConversationStore.inMemory());
            RationaleEvaluation.Summary s = RationaleEvaluation.run(all, answers, k, oracle ? "oracle" : "open");
            if (json) {
                out.println(JSON.writeValueAsString(s));
                return 0;
            }
            out.printf(Locale.ROOT, "rationale selection, %s setting, k %d (%s)%n", s.setting(), s.k(), s.scoring());
            s.parts()
                    .forEach((part, p) -> out.printf(
                            Locale.ROOT,
                            "  %-8s %4d claims (%d with evidence), %d abstained: P %.3f  R %.3f  F1 %.3f%n",
                            part,
                            p.claims(),
                            p.withEvidence(),
                            p.abstained(),
                            p.precision(),
                            p.recall(),
                            p.f1()));
        }
        return 0;
    }
}

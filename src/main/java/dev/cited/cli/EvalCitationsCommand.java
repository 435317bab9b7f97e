package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.app.Cited;
import dev.cited.app.CollectionSettings;
import dev.cited.eval.CitationEvaluation;
import dev.cited.eval.CitationReport;
import dev.cited.eval.LabelledAnswer;
import dev.cited.index.Embedder;
import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cited eval citations FILE.jsonl}: replays labelled model answers through the citation
 * checker. Needs no index and no server: the papers come from the corpus ({@code --corpus}), the
 * embedder from the collection's embedding model ({@link Cited#embedder}).
 */
@Command(
        name = "citations",
        description = "How the citation checker treats labelled model answers (JSON lines).",
        mixinStandardHelpOptions = true)
public final class EvalCitationsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description =
                    "Labelled answers: {id, corpus, style, split, sources, answer, declined, statements} per line.")
    Path file;

    @Option(
            names = "--split",
            paramLabel = "SPLIT",
            defaultValue = "all",
            description = "tune, heldout or all (default).")
    String split;

    @Option(names = "--json", description = "Print one JSON object: rows of counts and every miss.")
    boolean json;

    @Mixin
    CollectionOptions collection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!List.of("tune", "heldout", "all").contains(split)) {
            throw new IllegalArgumentException("illegal --split value: " + split + ", must be tune, heldout or all");
        }
        List<LabelledAnswer> answers = LabelledAnswer.read(file).stream()
                .filter(a -> split.equals("all") || a.split().equals(split))
                .toList();
        if (answers.isEmpty()) {
            throw new IllegalArgumentException(file + " has no labelled answers in split '" + split + "'");
        }
        CollectionSettings settings = collection.settings();
        Corpus corpus = new CorpusLoader(settings.format()).load(settings.corpus());
        CitationReport report;
        try (Embedder embedder = Cited.embedder(settings)) {
            report = CitationEvaluation.run(answers, corpus::paper, Cited.citationChecker(embedder));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(report));
            return 0;
        }
        out.printf(Locale.ROOT, "%s: %d labelled answers, split %s%n", file.getFileName(), answers.size(), split);
        out.printf(
                Locale.ROOT,
                "%-8s %-9s %-7s %7s  %-16s %-16s %-16s %-16s%n",
                "corpus",
                "style",
                "split",
                "answers",
                "faithful kept",
                "faults shown",
                "no_claim quiet",
                "declined abst.");
        for (CitationReport.Row r : report.rows()) {
            out.printf(
                    Locale.ROOT,
                    "%-8s %-9s %-7s %7d  %-16s %-16s %-16s %-16s%n",
                    r.corpus(),
                    r.style(),
                    r.split(),
                    r.answers(),
                    count(r.faithfulShown()),
                    count(r.faultsShown()),
                    count(r.noClaimQuiet()),
                    count(r.declinedAbstained()));
        }
        for (CitationReport.Row r : report.rows()) {
            if (r.style().equals("all") && r.split().equals("all")) {
                out.printf(
                        Locale.ROOT,
                        "faults shown with a citation, by kind (%s): %s%n",
                        r.corpus(),
                        r.faultKinds().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue().n() + "/"
                                        + e.getValue().of())
                                .collect(Collectors.joining(", ")));
            }
        }
        out.printf(Locale.ROOT, "%d misses:%n", report.misses().size());
        for (CitationReport.Miss m : report.misses()) {
            String statement = m.statement() == null ? "(the whole answer)" : "\"" + oneLine(m.statement()) + "\"";
            out.printf(Locale.ROOT, "  %s %s %s: %s%n", m.id(), m.label(), statement, m.checker());
        }
        return 0;
    }

    private static String count(CitationReport.Count c) {
        return c.of() == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %.3f", c.n(), c.of(), c.rate());
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= 90 ? line : line.substring(0, 87) + "...";
    }
}

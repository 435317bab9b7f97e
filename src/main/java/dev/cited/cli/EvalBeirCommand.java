package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.eval.BeirData;
import dev.cited.eval.BeirEvaluation;
import dev.cited.retrieve.Retriever;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited eval beir}: nDCG@10 and Recall@100 on a BEIR collection. */
@Command(
        name = "beir",
        description = "nDCG@10 and Recall@100 of a retriever on a BEIR collection.",
        mixinStandardHelpOptions = true)
public final class EvalBeirCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--queries", required = true, paramLabel = "FILE", description = "BEIR queries.jsonl.")
    Path queries;

    @Option(
            names = "--qrels",
            required = true,
            paramLabel = "FILE",
            description = "BEIR qrels TSV (query-id, corpus-id, score).")
    Path qrels;

    @Option(names = "--json", description = "Print {\"ndcg@10\", \"recall@100\", \"queries\"}.")
    boolean json;

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    RetrieverOptions retrieverOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> q = BeirData.queries(queries);
        Map<String, Map<String, Integer>> judged = BeirData.qrels(qrels);
        PrintWriter out = spec.commandLine().getOut();
        CitedSettings settings = retrieverOptions.retrievalSettings(backendOptions);
        try (Cited cited = Cited.open(settings, spec.commandLine().getErr())) {
            Retriever retriever = cited.retriever();
            BeirEvaluation.Result r = BeirEvaluation.run(retriever, q, judged);
            if (json) {
                out.println(JSON.writeValueAsString(r));
            } else {
                out.printf(
                        Locale.ROOT,
                        "%s on %d queries: nDCG@10 %.4f  Recall@100 %.4f%n",
                        retriever.name(),
                        r.queries(),
                        r.ndcg10(),
                        r.recall100());
            }
        }
        return 0;
    }
}

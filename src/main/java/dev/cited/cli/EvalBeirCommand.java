package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.eval.BeirData;
import dev.cited.eval.BeirEvaluation;
import dev.cited.eval.QuerySplit;
import dev.cited.retrieve.Retriever;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited eval beir}: nDCG@10, Recall@10 and Recall@100 on a BEIR collection or part of its queries. */
@Command(
        name = "beir",
        description = "nDCG@10, Recall@10 and Recall@100 of a retriever on a BEIR collection.",
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

    @Option(
            names = "--split",
            paramLabel = "PART",
            defaultValue = "all",
            description = "Which queries: all (default), tuning (id not a multiple of 5) or heldout (id a"
                    + " multiple of 5), the split Cited tunes SciFact on.")
    String split;

    @Option(
            names = "--query-ids",
            paramLabel = "FILE",
            description = "Only the queries whose ids this file lists, one per line (blank lines and '#' comments"
                    + " skipped); combined with --split.")
    Path queryIds;

    @Option(names = "--json", description = "Print {\"ndcg@10\", \"recall@10\", \"recall@100\", \"queries\"}.")
    boolean json;

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    RetrieverOptions retrieverOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> q = QuerySplit.parse(split).select(BeirData.queries(queries));
        if (queryIds != null) {
            Set<String> wanted = BeirData.queryIds(queryIds);
            q.keySet().retainAll(wanted);
        }
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
                        "%s on %d queries: nDCG@10 %.4f  Recall@10 %.4f  Recall@100 %.4f%n",
                        retriever.name(),
                        r.queries(),
                        r.ndcg10(),
                        r.recall10(),
                        r.recall100());
            }
        }
        return 0;
    }
}

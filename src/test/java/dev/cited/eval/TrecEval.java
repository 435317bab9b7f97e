package dev.cited.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.ac.gla.terrier.jtreceval.trec_eval;

/**
 * The reference: NIST's trec_eval (the binary jtreceval bundles) run on a qrels file and a run
 * file written from the same data {@link RankingMetrics} sees.
 */
final class TrecEval {

    private TrecEval() {}

    /**
     * Per-query values of the given trec_eval measures (e.g. {@code ndcg_cut.10}, {@code
     * recall.100}): measure to (query id to value), for the queries that have a ranking and at
     * least one relevant document.
     *
     * @param runs query id to document ids, best first; written with strictly falling scores, so
     *     trec_eval keeps this order (it would otherwise break score ties by document id)
     * @param qrels query id to (document id to relevance above 0)
     */
    static Map<String, Map<String, Double>> perQuery(
            Path dir, Map<String, List<String>> runs, Map<String, Map<String, Integer>> qrels, String... measures)
            throws IOException {
        List<String> qrelLines = new ArrayList<>();
        qrels.forEach((q, docs) -> docs.forEach((d, rel) -> qrelLines.add(q + " 0 " + d + " " + rel)));
        List<String> runLines = new ArrayList<>();
        runs.forEach((q, ranked) -> {
            for (int i = 0; i < ranked.size(); i++) {
                runLines.add(
                        String.format(Locale.ROOT, "%s Q0 %s %d %d cited", q, ranked.get(i), i + 1, ranked.size() - i));
            }
        });
        Path qrelFile = Files.write(dir.resolve("qrels.txt"), qrelLines, StandardCharsets.UTF_8);
        Path runFile = Files.write(dir.resolve("run.txt"), runLines, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("-q"));
        for (String m : measures) {
            args.add("-m");
            args.add(m);
        }
        args.add(qrelFile.toString());
        args.add(runFile.toString());
        trec_eval te = new trec_eval();
        String[][] out = te.runAndGetOutput(args.toArray(String[]::new));
        if (te.getLastExitCode() != 0) {
            throw new IllegalStateException("trec_eval exited with " + te.getLastExitCode() + " for " + args);
        }
        Map<String, Map<String, Double>> values = new TreeMap<>();
        for (String[] row : out) {
            // rows are [measure, query id or "all", value]
            values.computeIfAbsent(row[0].strip(), k -> new TreeMap<>())
                    .put(row[1].strip(), Double.parseDouble(row[2].strip()));
        }
        return values;
    }
}

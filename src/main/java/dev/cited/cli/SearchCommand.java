package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.app.CollectionSettings;
import dev.cited.app.ModelSettings;
import dev.cited.retrieve.SearchBackend;
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

/** {@code cited search "query"}: ranked papers with their score breakdown. */
@Command(name = "search", description = "Rank papers for a query, with the score breakdown.", mixinStandardHelpOptions = true)
public final class SearchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for.")
    String query;

    @Option(names = "-k", paramLabel = "K", defaultValue = "10", description = "Number of papers (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Mixin
    BackendOptions backendOptions;

    @Mixin
    RetrieverOptions retrieverOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CollectionSettings collection = backendOptions.collection.settings();
        CitedSettings settings = new CitedSettings(collection, backendOptions.settings(collection), retrieverOptions.settings(),
                ModelSettings.builtIn(), CollectionOptions.home().resolve("prompts"));
        try (Cited cited = Cited.open(settings, spec.commandLine().getErr())) {
            SearchBackend index = cited.backend();
            List<PaperHit> hits = cited.retriever().search(query, k);
            if (json) {
                ObjectNode root = JSON.createObjectNode().put("query", query);
                ArrayNode results = root.putArray("results");
                for (PaperHit hit : hits) {
                    Paper p = index.paper(hit.paperId()).orElseThrow();
                    ObjectNode r = results.addObject();
                    r.put("rank", hit.rank()).put("paper_id", p.id()).put("arxiv_id", p.arxivId()).put("title", p.title());
                    r.put("version", hit.version()).put("text", p.version(hit.version()).text()).put("score", hit.score());
                    r.set("scores", JSON.valueToTree(hit.scores()));
                }
                out.println(JSON.writeValueAsString(root));
            } else if (hits.isEmpty()) {
                out.println("No papers match.");
            } else {
                for (PaperHit hit : hits) {
                    Paper p = index.paper(hit.paperId()).orElseThrow();
                    ScoreBreakdown s = hit.scores();
                    out.printf(Locale.ROOT, "%2d. %s%s%n", hit.rank(), p.label(),
                            p.arxivId() == null ? "" : "  (arXiv:" + p.arxivId() + ")");
                    out.printf(Locale.ROOT, "    score %.4f   bm25 %s   vector %s%n", hit.score(),
                            s.bm25Rank() == null ? "-" : String.format(Locale.ROOT, "#%d %.2f", s.bm25Rank(), s.bm25()),
                            s.vectorRank() == null ? "-" : String.format(Locale.ROOT, "#%d %.3f", s.vectorRank(), s.vector()));
                    String text = p.version(hit.version()).text();
                    out.println("    " + (text.length() > 160 ? text.substring(0, 157) + "..." : text));
                }
            }
        }
        return 0;
    }
}

package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.app.Cited;
import dev.cited.app.CitedSettings;
import dev.cited.present.SearchResults;
import dev.cited.present.TerminalRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cited search "query"}: ranked papers with their score breakdown. */
@Command(
        name = "search",
        description = "Rank papers for a query, with the score breakdown.",
        mixinStandardHelpOptions = true)
public final class SearchCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for.")
    String query;

    @Option(
            names = "-k",
            paramLabel = "K",
            defaultValue = "10",
            description = "Number of papers (default: ${DEFAULT-VALUE}).")
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
        CitedSettings settings = retrieverOptions.retrievalSettings(backendOptions);
        try (Cited cited = Cited.open(settings, spec.commandLine().getErr())) {
            SearchResults results = SearchResults.of(query, cited.retriever().search(query, k), cited.backend()::paper);
            out.print(json ? JSON.writeValueAsString(results) + "\n" : TerminalRenderer.search(results));
            out.flush();
        }
        return 0;
    }
}

package dev.cited.present;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cited.ingest.Paper;
import dev.cited.retrieve.PaperHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A query and its ranked papers: the one JSON shape of {@code cited search --json} and {@code GET
 * /api/v1/search}, and what {@link TerminalRenderer#search} prints.
 *
 * @param query the query as given
 * @param results the papers, best first
 */
public record SearchResults(
        @JsonProperty("query") String query,
        @JsonProperty("results") List<SearchResult> results) {

    public SearchResults {
        results = List.copyOf(results);
    }

    /** Finds a paper by id; {@code PaperLookup::paper} fits. */
    @FunctionalInterface
    public interface Papers {
        Optional<Paper> paper(String id) throws IOException;
    }

    /**
     * The results for {@code hits}, in their order.
     *
     * @throws IllegalStateException when {@code papers} does not know a hit's paper
     */
    public static SearchResults of(String query, List<PaperHit> hits, Papers papers) throws IOException {
        List<SearchResult> out = new ArrayList<>();
        for (PaperHit hit : hits) {
            Paper p = papers.paper(hit.paperId())
                    .orElseThrow(() -> new IllegalStateException("index has no paper " + hit.paperId()));
            out.add(SearchResult.of(hit, p));
        }
        return new SearchResults(query, out);
    }
}

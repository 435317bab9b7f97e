package dev.cited.retrieve;

import java.io.IOException;
import java.util.List;

/** Ranks papers for a query. */
public interface Retriever {

    /**
     * The best {@code k} papers for {@code query}, best first, each paper at most once; ties
     * are ordered by paper id. Fewer than {@code k} when the collection has fewer matches.
     *
     * @throws IllegalArgumentException when {@code k < 1} or the query is blank
     */
    List<PaperHit> search(String query, int k) throws IOException;

    /** A short name for reports, e.g. {@code bm25}. */
    String name();
}

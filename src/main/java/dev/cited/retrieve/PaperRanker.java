package dev.cited.retrieve;

import java.io.IOException;
import java.util.List;

/** One retrieval signal (BM25 or vectors): papers ranked by their best chunk. */
@FunctionalInterface
public interface PaperRanker {

    /** Papers by best chunk score, best first (ties by id), at most {@code depth}. */
    List<ScoredPaper> rank(String query, int depth) throws IOException;
}

package dev.cited.retrieve;

import dev.cited.index.PaperIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns chunk hits into papers, keeping each paper's best chunk. Every backend groups through
 * here, so a paper counts once the same way whichever engine found its chunks.
 */
public final class ChunkGrouper {

    /**
     * Chunk hits fetched per paper wanted, by every retriever of every backend: a paper has a few
     * chunks, so asking for three times the papers still yields enough distinct papers after
     * grouping without fetching a paper's every chunk.
     */
    public static final int CHUNKS_PER_PAPER = 3;

    private ChunkGrouper() {}

    /**
     * Papers in order of their best chunk (ties by id), at most {@code limit}.
     *
     * @param chunks one entry per chunk hit: its paper, version and score, in any order
     */
    public static List<ScoredPaper> group(List<ScoredPaper> chunks, int limit) {
        Map<String, ScoredPaper> best = new LinkedHashMap<>();
        for (ScoredPaper hit : chunks) {
            ScoredPaper seen = best.get(hit.paperId());
            if (seen == null || hit.score() > seen.score()) {
                best.put(hit.paperId(), hit);
            }
        }
        List<ScoredPaper> out = new ArrayList<>(best.values());
        out.sort(ScoredPaper.ORDER);
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** {@link #group(List, int)} for Lucene hits on chunk documents of {@code index}. */
    static List<ScoredPaper> group(PaperIndex index, ScoreDoc[] hits, int limit) throws IOException {
        List<ScoredPaper> chunks = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            chunks.add(new ScoredPaper(index.paperId(hit.doc), index.version(hit.doc), hit.score));
        }
        return group(chunks, limit);
    }
}

package dev.cited.retrieve;

import dev.cited.index.PaperIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/** Turns chunk hits into papers, keeping each paper's best chunk. */
final class ChunkGrouper {

    private ChunkGrouper() {}

    /** Papers in order of their best chunk (ties by id), at most {@code limit}. */
    static List<ScoredPaper> group(PaperIndex index, ScoreDoc[] hits, int limit) throws IOException {
        Map<String, ScoredPaper> best = new LinkedHashMap<>();
        for (ScoreDoc hit : hits) {
            String id = index.paperId(hit.doc);
            ScoredPaper seen = best.get(id);
            if (seen == null || hit.score > seen.score()) {
                best.put(id, new ScoredPaper(id, index.version(hit.doc), hit.score));
            }
        }
        List<ScoredPaper> out = new ArrayList<>(best.values());
        out.sort(ScoredPaper.ORDER);
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}

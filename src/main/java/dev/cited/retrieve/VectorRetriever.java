package dev.cited.retrieve;

import dev.cited.index.Embedder;
import dev.cited.index.IndexFields;
import dev.cited.index.PaperIndex;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Nearest chunks by embedding (HNSW), the query embedded with the model's query instruction.
 * Scores are cosine similarities in [-1, 1].
 */
public final class VectorRetriever extends RankedRetriever {

    private final PaperIndex index;
    private final Embedder embedder;

    public VectorRetriever(PaperIndex index, Embedder embedder) {
        super(Signal.DENSE);
        if (!embedder.spec().id().equals(index.manifest().embeddingModel())) {
            throw new IllegalArgumentException(
                    "index was built with " + index.manifest().embeddingModel() + " but queries would be embedded with "
                            + embedder.spec().id());
        }
        this.index = index;
        this.embedder = embedder;
    }

    @Override
    public List<ScoredPaper> rank(String query, int depth) throws IOException {
        float[] vector = embedder.embedQuery(query);
        TopDocs top = index.searcher()
                .search(
                        new KnnFloatVectorQuery(IndexFields.VECTOR, vector, depth * ChunkGrouper.CHUNKS_PER_PAPER),
                        depth * ChunkGrouper.CHUNKS_PER_PAPER);
        List<ScoredPaper> grouped = ChunkGrouper.group(index, top.scoreDocs, depth);
        return grouped.stream()
                .map(p -> new ScoredPaper(p.paperId(), p.version(), Embedder.cosineOfVectorScore(p.score())))
                .toList();
    }
}

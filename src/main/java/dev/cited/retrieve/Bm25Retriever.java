package dev.cited.retrieve;

import dev.cited.index.IndexFields;
import dev.cited.index.PaperIndex;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over the {@code contents} field (title and chunk text, English analysis). The query's
 * terms are OR-ed together; k1 and b apply at search time.
 */
public final class Bm25Retriever extends RankedRetriever {

    /** Tuned on the SciFact training split: see README, "Retrieval quality". */
    public static final float DEFAULT_K1 = 0.9f;

    public static final float DEFAULT_B = 0.4f;

    private final PaperIndex index;
    private final IndexSearcher searcher;
    private final QueryBuilder queries = new QueryBuilder(new EnglishAnalyzer());

    public Bm25Retriever(PaperIndex index) {
        this(index, DEFAULT_K1, DEFAULT_B);
    }

    /**
     * @throws IllegalArgumentException when k1 is negative or not finite, or b is outside [0, 1]
     */
    public Bm25Retriever(PaperIndex index, float k1, float b) {
        super(Signal.LEXICAL);
        this.index = index;
        this.searcher = new IndexSearcher(index.searcher().getIndexReader());
        this.searcher.setSimilarity(new BM25Similarity(k1, b));
    }

    @Override
    public List<ScoredPaper> rank(String query, int depth) throws IOException {
        Query q = queries.createBooleanQuery(IndexFields.CONTENTS, query);
        if (q == null) {
            return List.of();
        }
        TopDocs top = searcher.search(q, depth * ChunkGrouper.CHUNKS_PER_PAPER);
        return ChunkGrouper.group(index, top.scoreDocs, depth);
    }
}

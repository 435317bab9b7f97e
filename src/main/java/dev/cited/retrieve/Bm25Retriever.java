package dev.cited.retrieve;

import dev.cited.index.IndexFields;
import dev.cited.index.PaperIndex;
import dev.cited.index.TermAnalyzer;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over the {@code contents} field (title and chunk text, English analysis). The query's
 * terms are OR-ed together; k1 and b apply at search time.
 *
 * <p>A query with more analysed terms than Lucene allows clauses ({@link
 * IndexSearcher#getMaxClauseCount()}, 1,024 by default: a long question, a pasted paragraph, a
 * question in a script whose every character is a term) is pruned instead of refused: its
 * distinct terms, each weighted by how often it occurs, are ranked by how rare they are in the
 * index, and the {@value #MAX_PRUNED_TERMS} rarest (the most informative) are kept; terms the
 * index does not hold cannot match and are dropped first.
 */
public final class Bm25Retriever extends RankedRetriever {

    /** Tuned on the SciFact training split: see README, "Retrieval quality". */
    public static final float DEFAULT_K1 = 0.9f;

    public static final float DEFAULT_B = 0.4f;

    /** Distinct terms kept when a query is pruned: well under Lucene's clause limit. */
    static final int MAX_PRUNED_TERMS = 256;

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
        Query q = query(query);
        if (q == null) {
            return List.of();
        }
        TopDocs top = searcher.search(q, depth * ChunkGrouper.CHUNKS_PER_PAPER);
        return ChunkGrouper.group(index, top.scoreDocs, depth);
    }

    /** The BM25 query for {@code text}: one clause per analysed term, pruned as described above; null when none. */
    Query query(String text) throws IOException {
        List<String> terms = TermAnalyzer.terms(text);
        if (terms.size() <= IndexSearcher.getMaxClauseCount()) {
            return queries.createBooleanQuery(IndexFields.CONTENTS, text);
        }
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        IndexReader reader = searcher.getIndexReader();
        Map<String, Integer> docFreq = new HashMap<>();
        for (String t : counts.keySet()) {
            docFreq.put(t, reader.docFreq(new Term(IndexFields.CONTENTS, t)));
        }
        List<String> kept = counts.keySet().stream()
                .filter(t -> docFreq.get(t) > 0)
                .sorted(Comparator.comparingInt((String t) -> docFreq.get(t)).thenComparing(Comparator.naturalOrder()))
                .limit(MAX_PRUNED_TERMS)
                .toList();
        if (kept.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : kept) {
            Query term = new TermQuery(new Term(IndexFields.CONTENTS, t));
            int n = counts.get(t);
            b.add(n == 1 ? term : new BoostQuery(term, n), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}

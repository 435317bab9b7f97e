package dev.cited.retrieve;

import dev.cited.index.Embedder;
import dev.cited.index.IndexFields;
import dev.cited.index.PaperIndex;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.VectorUtil;

/**
 * How many of the true nearest chunks HNSW finds: for each query, the {@code k} chunks with the
 * highest dot product by brute force over every stored vector, against the first {@code k} of
 * an HNSW search for {@code candidates} chunks (Lucene explores at least that many graph
 * neighbours, so more candidates, better recall). The approximation cost of the graph (and of a
 * quantized encoding), measured.
 */
public final class HnswRecall {

    private HnswRecall() {}

    /** The chunks {@link VectorRetriever} and {@link HybridRetriever} ask HNSW for. */
    public static final int RETRIEVER_CANDIDATES = HybridRetriever.MIN_DEPTH * ChunkGrouper.CHUNKS_PER_PAPER;

    /** Mean recall@k over {@code queries}, in [0, 1], of HNSW searches for {@code candidates} chunks. */
    public static double measure(PaperIndex index, Embedder embedder, List<String> queries, int k, int candidates)
            throws IOException {
        double sum = 0;
        for (String query : queries) {
            float[] q = embedder.embedQuery(query);
            Set<Integer> exact = exact(index, q, k);
            ScoreDoc[] approx =
                    index.searcher().search(new KnnFloatVectorQuery(IndexFields.VECTOR, q, candidates), k).scoreDocs;
            int found = 0;
            for (ScoreDoc d : approx) {
                found += exact.contains(d.doc) ? 1 : 0;
            }
            sum += found / (double) Math.min(k, exact.size());
        }
        return sum / queries.size();
    }

    private static Set<Integer> exact(PaperIndex index, float[] q, int k) throws IOException {
        record Hit(int doc, float score) {}
        PriorityQueue<Hit> best = new PriorityQueue<>((a, b) -> Float.compare(a.score(), b.score()));
        for (LeafReaderContext leaf : index.searcher().getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
            if (values == null) {
                continue;
            }
            for (int ord = 0; ord < values.size(); ord++) {
                float score = VectorUtil.dotProduct(q, values.vectorValue(ord));
                if (best.size() < k) {
                    best.add(new Hit(leaf.docBase + values.ordToDoc(ord), score));
                } else if (score > best.peek().score()) {
                    best.poll();
                    best.add(new Hit(leaf.docBase + values.ordToDoc(ord), score));
                }
            }
        }
        Set<Integer> out = new HashSet<>();
        best.forEach(h -> out.add(h.doc()));
        return out;
    }
}

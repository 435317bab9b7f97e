package dev.cited.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Combines a BM25 ranking and a vector ranking of papers into one score per paper id.
 *
 * <p>Two methods: {@link Rrf reciprocal rank fusion} and a {@link Convex convex combination} of
 * min-max normalised scores. Both are keyed by paper id, never by text.
 */
public sealed interface Fusion {

    /** Fused score per paper id for every paper in either list. */
    Map<String, Double> fuse(List<ScoredPaper> bm25, List<ScoredPaper> vector);

    /** The spelling accepted by {@link #parse}, e.g. {@code rrf:60} or {@code convex:0.50}. */
    String spec();

    /** The default, chosen on the SciFact training split (see README, "Retrieval quality"). */
    static Fusion defaults() {
        return new Convex(0.6);
    }

    /**
     * Parses {@code rrf}, {@code rrf:K}, {@code convex} or {@code convex:ALPHA}.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    static Fusion parse(String spec) {
        String[] parts = spec.toLowerCase(Locale.ROOT).split(":", 2);
        try {
            return switch (parts[0]) {
                case "rrf" -> new Rrf(parts.length > 1 ? Integer.parseInt(parts[1]) : Rrf.DEFAULT_K);
                case "convex" ->
                    new Convex(parts.length > 1 ? Double.parseDouble(parts[1]) : ((Convex) defaults()).alpha());
                default ->
                    throw new IllegalArgumentException(
                            "unknown fusion '" + spec + "', expected rrf[:K] or convex[:ALPHA]");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("illegal fusion parameter in '" + spec + "'", e);
        }
    }

    /** Reciprocal rank fusion: the sum over lists of {@code 1 / (k + rank)}. */
    record Rrf(int k) implements Fusion {
        static final int DEFAULT_K = 60;

        public Rrf {
            if (k < 1) {
                throw new IllegalArgumentException("illegal rrf k: " + k + ", must be at least 1");
            }
        }

        @Override
        public Map<String, Double> fuse(List<ScoredPaper> bm25, List<ScoredPaper> vector) {
            Map<String, Double> out = new HashMap<>();
            for (List<ScoredPaper> list : List.of(bm25, vector)) {
                for (int i = 0; i < list.size(); i++) {
                    out.merge(list.get(i).paperId(), 1.0 / (k + i + 1), Double::sum);
                }
            }
            return out;
        }

        @Override
        public String spec() {
            return "rrf:" + k;
        }
    }

    /**
     * {@code alpha * vector + (1 - alpha) * bm25}, each min-max normalised over its list; a
     * paper missing from a list scores 0 there.
     */
    record Convex(double alpha) implements Fusion {
        public Convex {
            if (!(alpha >= 0 && alpha <= 1)) {
                throw new IllegalArgumentException("illegal alpha: " + alpha + ", must be between 0 and 1");
            }
        }

        @Override
        public Map<String, Double> fuse(List<ScoredPaper> bm25, List<ScoredPaper> vector) {
            Map<String, Double> out = new HashMap<>();
            add(out, bm25, 1 - alpha);
            add(out, vector, alpha);
            return out;
        }

        private static void add(Map<String, Double> out, List<ScoredPaper> list, double weight) {
            if (list.isEmpty()) {
                return;
            }
            double max = list.getFirst().score();
            double min = list.getLast().score();
            for (ScoredPaper p : list) {
                double norm = max > min ? (p.score() - min) / (max - min) : 1.0;
                out.merge(p.paperId(), weight * norm, Double::sum);
            }
        }

        @Override
        public String spec() {
            return String.format(Locale.ROOT, "convex:%.2f", alpha);
        }
    }
}

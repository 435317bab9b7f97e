package dev.cited.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges raw records into papers.
 *
 * <ol>
 *   <li>Records whose text is the same after {@link #normalize normalisation} are one text
 *       (counted as duplicates merged), unless they carry different ids.
 *   <li>Texts with the same id (arXiv id, BEIR {@code _id}, or an id a {@link Catalog} gives by
 *       opening words) are versions of one paper.
 *   <li>A text without an id joins another paper when their word 5-shingle Jaccard similarity is
 *       at least {@value #SAME_PAPER_SIMILARITY}: a revised wording of the same abstract. Texts
 *       with different ids are never joined.
 * </ol>
 *
 * <p>Versions are numbered in order of first appearance. A paper's id is its id where known, else
 * {@code doc-} and the first 10 hex digits of the SHA-256 of its smallest normalised version, so
 * the same collection always yields the same ids, whatever the order of its files.
 */
public final class PaperMerger {

    static final double SAME_PAPER_SIMILARITY = 0.35;
    private static final int SHINGLE = 5;
    private static final int MAX_POSTINGS = 64;

    /** The merged papers, sorted by id, and what merging did. */
    public record Result(List<Paper> papers, int texts, int duplicatesMerged) {}

    private PaperMerger() {}

    /** Lower case, letters and digits only, single spaces. */
    public static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
                .strip();
    }

    /** Merges {@code records} (in reading order) using {@code catalog} for ids and metadata. */
    public static Result merge(List<RawRecord> records, Catalog catalog) {
        List<Text> texts = distinctTexts(records, catalog);
        int[] parent = new int[texts.size()];
        String[] identity = new String[texts.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            identity[i] = texts.get(i).identity();
        }
        Map<String, Integer> byIdentity = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String key = texts.get(i).identity();
            if (key != null) {
                Integer first = byIdentity.putIfAbsent(key, i);
                if (first != null) {
                    union(parent, identity, first, i);
                }
            }
        }
        if (texts.stream().anyMatch(t -> t.identity() == null)) {
            joinRevisions(texts, parent, identity);
        }
        Map<Integer, List<Text>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(texts.get(i));
        }
        List<Paper> papers = new ArrayList<>();
        for (List<Text> cluster : clusters.values()) {
            papers.add(toPaper(cluster, catalog));
        }
        papers.sort(Comparator.comparing(Paper::id));
        return new Result(papers, texts.size(), records.size() - texts.size());
    }

    private static List<Text> distinctTexts(List<RawRecord> records, Catalog catalog) {
        Map<String, List<Text>> byNorm = new HashMap<>();
        List<Text> texts = new ArrayList<>();
        for (RawRecord r : records) {
            String norm = normalize(r.text());
            String arxivId = r.arxivId();
            Catalog.Entry entry = catalog.byArxivId(arxivId)
                    .or(() -> catalog.byText(r.text()))
                    .orElse(null);
            if (entry != null && arxivId == null && r.externalId() == null) {
                arxivId = entry.arxivId();
            }
            Text match = null;
            for (Text t : byNorm.getOrDefault(norm, List.of())) {
                if (compatible(t.arxivId, arxivId) && compatible(t.externalId, r.externalId())) {
                    match = t;
                    break;
                }
            }
            if (match == null) {
                match = new Text(r.text(), norm);
                byNorm.computeIfAbsent(norm, k -> new ArrayList<>()).add(match);
                texts.add(match);
            }
            match.add(r, arxivId);
        }
        return texts;
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    private static void joinRevisions(List<Text> texts, int[] parent, String[] identity) {
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Set<Long> shingles = shingles(texts.get(i).norm);
            texts.get(i).shingleCount = shingles.size();
            Map<Integer, Integer> shared = new HashMap<>();
            for (long s : shingles) {
                List<Integer> list = postings.computeIfAbsent(s, k -> new ArrayList<>());
                if (list.size() < MAX_POSTINGS) {
                    for (int j : list) {
                        shared.merge(j, 1, Integer::sum);
                    }
                    list.add(i);
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int j = e.getKey();
                if (texts.get(i).identity() != null && texts.get(j).identity() != null) {
                    continue;
                }
                int both = e.getValue();
                double jaccard = both / (double) (texts.get(i).shingleCount + texts.get(j).shingleCount - both);
                if (jaccard >= SAME_PAPER_SIMILARITY) {
                    union(parent, identity, j, i);
                }
            }
        }
    }

    private static Set<Long> shingles(String norm) {
        String[] words = norm.split(" ");
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words[k].hashCode();
            }
            out.add(h);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the clusters of a and b unless that would put two different ids in one paper. */
    private static void union(int[] parent, String[] identity, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb || (identity[ra] != null && identity[rb] != null && !identity[ra].equals(identity[rb]))) {
            return;
        }
        int root = Math.min(ra, rb);
        identity[root] = identity[ra] != null ? identity[ra] : identity[rb];
        parent[Math.max(ra, rb)] = root;
    }

    private static Paper toPaper(List<Text> cluster, Catalog catalog) {
        String externalId = first(cluster, t -> t.externalId);
        String arxivId = first(cluster, t -> t.arxivId);
        Catalog.Entry entry = catalog.byArxivId(arxivId).orElse(null);
        String title = entry != null && entry.title() != null ? entry.title() : first(cluster, t -> t.title);
        String url = entry != null && entry.url() != null
                ? entry.url()
                : arxivId != null ? "https://arxiv.org/abs/" + arxivId : null;
        String id = externalId != null ? externalId : arxivId != null ? arxivId : contentId(cluster);
        List<PaperVersion> versions = new ArrayList<>();
        Set<String> authors = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> comments = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        for (Text t : cluster) {
            versions.add(new PaperVersion(versions.size() + 1, t.text, t.locations));
            if (authors.isEmpty()) {
                authors.addAll(t.authors);
            }
            categories.addAll(t.categories);
            comments.addAll(t.comments);
            links.addAll(t.links);
        }
        return new Paper(
                id,
                arxivId,
                title,
                entry == null ? null : entry.year(),
                url,
                List.copyOf(authors),
                List.copyOf(categories),
                List.copyOf(comments),
                List.copyOf(links),
                versions);
    }

    private static String first(List<Text> cluster, Function<Text, String> field) {
        for (Text t : cluster) {
            String v = field.apply(t);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String contentId(List<Text> cluster) {
        String smallest = cluster.stream()
                .map(t -> ContentHash.sha256(t.norm))
                .min(String::compareTo)
                .orElseThrow();
        return "doc-" + smallest.substring(0, 10);
    }

    /** One distinct wording and everything the records with that wording said. */
    private static final class Text {
        final String text;
        final String norm;
        final List<String> locations = new ArrayList<>();
        final List<String> authors = new ArrayList<>();
        final Set<String> categories = new LinkedHashSet<>();
        final Set<String> comments = new LinkedHashSet<>();
        final Set<String> links = new LinkedHashSet<>();
        String arxivId;
        String externalId;
        String title;
        int shingleCount;

        Text(String text, String norm) {
            this.text = text;
            this.norm = norm;
        }

        void add(RawRecord r, String resolvedArxivId) {
            locations.add(r.location());
            arxivId = arxivId != null ? arxivId : resolvedArxivId;
            externalId = externalId != null ? externalId : r.externalId();
            title = title != null ? title : r.title();
            if (authors.isEmpty()) {
                authors.addAll(r.authors());
            }
            categories.addAll(r.categories());
            comments.addAll(r.comments());
            links.addAll(r.links());
        }

        String identity() {
            return externalId != null ? "ext:" + externalId : arxivId != null ? "arxiv:" + arxivId : null;
        }
    }
}

package dev.cited.check;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Retrieved papers with one number per paper, and their rendering for a prompt. Papers are
 * listed in rank order; a paper keeps the number it was given earlier in the conversation, and
 * new papers get the next free numbers (so citation numbers stay stable within a conversation).
 * Every version of a paper is listed under its number:
 *
 * <pre>
 * [1] Title (arXiv:2401.05566, 2024)
 * (version 1) First wording of the abstract ...
 * (version 2) Second wording ...
 * </pre>
 */
public final class NumberedSources {

    /** One numbered paper and how retrieval scored it. */
    public record Entry(int n, Paper paper, PaperHit hit) {}

    private final List<Entry> entries;
    private final Map<Integer, Entry> byNumber = new HashMap<>();

    /** Numbers papers 1, 2, ... in rank order. */
    public NumberedSources(List<Paper> papers, List<PaperHit> hits) {
        this(papers, hits, Map.of());
    }

    /**
     * Numbers papers in rank order, keeping the numbers {@code earlier} gives (paper id to number).
     */
    public NumberedSources(List<Paper> papers, List<PaperHit> hits, Map<String, Integer> earlier) {
        if (papers.size() != hits.size()) {
            throw new IllegalArgumentException(papers.size() + " papers but " + hits.size() + " hits");
        }
        int next = earlier.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            Integer n = earlier.get(papers.get(i).id());
            Entry e = new Entry(n != null ? n : next++, papers.get(i), hits.get(i));
            list.add(e);
            byNumber.put(e.n(), e);
        }
        this.entries = List.copyOf(list);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The paper numbered {@code n}, if there is one. */
    public Optional<Entry> get(int n) {
        return Optional.ofNullable(byNumber.get(n));
    }

    /** Paper id to number, for every paper listed. */
    public Map<String, Integer> numbering() {
        Map<String, Integer> out = new HashMap<>();
        entries.forEach(e -> out.put(e.paper().id(), e.n()));
        return out;
    }

    /** The numbers in use, in listing order, e.g. "1-5" or "1, 2, 4, 7". */
    String describeNumbers() {
        List<Integer> ns = entries.stream().map(Entry::n).toList();
        boolean contiguous = !ns.isEmpty()
                && ns.equals(java.util.stream.IntStream.rangeClosed(1, ns.size())
                        .boxed()
                        .toList());
        return contiguous
                ? "1-" + ns.size()
                : ns.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The sources block for the prompt, as described above. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            Paper p = e.paper();
            sb.append('[').append(e.n()).append("] ").append(p.label());
            List<String> facts = new ArrayList<>();
            if (p.arxivId() != null && !p.label().equals("arXiv:" + p.arxivId())) {
                facts.add("arXiv:" + p.arxivId());
            }
            if (p.year() != null) {
                facts.add(String.valueOf(p.year()));
            }
            if (!facts.isEmpty()) {
                sb.append(" (").append(String.join(", ", facts)).append(')');
            }
            sb.append('\n');
            for (PaperVersion v : p.versions()) {
                sb.append("(version ")
                        .append(v.number())
                        .append(") ")
                        .append(v.text())
                        .append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }
}

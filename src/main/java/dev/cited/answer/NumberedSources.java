package dev.cited.answer;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Retrieved papers numbered from 1 in rank order, one number per paper, and their rendering for
 * a prompt. Every version of a paper is listed under its number:
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

    public NumberedSources(List<Paper> papers, List<PaperHit> hits) {
        if (papers.size() != hits.size()) {
            throw new IllegalArgumentException(papers.size() + " papers but " + hits.size() + " hits");
        }
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            list.add(new Entry(i + 1, papers.get(i), hits.get(i)));
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
        return n >= 1 && n <= entries.size() ? Optional.of(entries.get(n - 1)) : Optional.empty();
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
                sb.append("(version ").append(v.number()).append(") ").append(v.text()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }
}

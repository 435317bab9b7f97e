package dev.cited.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An ingested collection: papers sorted by id, and the report of how they were read. */
public final class Corpus {

    private final List<Paper> papers;
    private final Map<String, Paper> byId = new HashMap<>();
    private final IngestReport report;

    public Corpus(List<Paper> papers, IngestReport report) {
        this.papers = List.copyOf(papers);
        this.report = report;
        for (Paper p : papers) {
            byId.put(p.id(), p);
        }
    }

    public List<Paper> papers() {
        return papers;
    }

    public IngestReport report() {
        return report;
    }

    public Optional<Paper> paper(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

package dev.cited.check;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import java.util.List;

/** One-version papers and their retrieval hits, for checker tests that number a few abstracts as sources. */
final class TestSources {

    private TestSources() {}

    /** A paper with one version, {@code text}, and no metadata but its {@code title} (may be null). */
    static Paper paper(String id, String title, String text) {
        return new Paper(
                id,
                id,
                title,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new PaperVersion(1, text, List.of())));
    }

    /** A hit for {@code id} at {@code rank}. */
    static PaperHit hit(String id, int rank) {
        return new PaperHit(id, rank, 1, new ScoreBreakdown(rank, 1f, rank, 0.5f, 1.0 / rank));
    }
}

package dev.cited.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an ingest did: counts and every problem with its place.
 *
 * @param files files read
 * @param records abstracts read
 * @param papers distinct papers
 * @param versions abstract versions over all papers (a paper with two wordings counts two)
 * @param duplicatesMerged records whose exact text was already seen
 * @param commentsAttached comment lines kept as paper metadata
 * @param problems skipped or repaired input, each naming file and line
 */
public record IngestReport(
        int files,
        int records,
        int papers,
        int versions,
        int duplicatesMerged,
        int commentsAttached,
        List<IngestProblem> problems) {

    public IngestReport {
        problems = List.copyOf(problems);
    }

    /** A few lines for a terminal: counts first, then every problem. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(
                Locale.ROOT,
                "ingested %d files: %d records -> %d papers (%d versions), %d duplicates merged, "
                        + "%d comment lines kept, %d lines skipped",
                files,
                records,
                papers,
                versions,
                duplicatesMerged,
                commentsAttached,
                problems.size()));
        for (IngestProblem p : problems) {
            out.add("  " + p);
        }
        return out;
    }
}

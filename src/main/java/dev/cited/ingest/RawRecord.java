package dev.cited.ingest;

import java.util.List;

/**
 * One abstract as a reader found it, before duplicates are merged.
 *
 * @param file the file it came from, as given to the reader
 * @param line the 1-based line the abstract starts on
 * @param text the cleaned display text (single line, LaTeX residue removed)
 * @param arxivId the arXiv id attached to it, or null
 * @param externalId the collection's own id (BEIR {@code _id}), or null
 * @param title the title, or null when the format has none
 * @param authors author names, possibly empty
 * @param categories subject categories, possibly empty
 * @param comments comment lines that belong to this paper (page counts, links), possibly empty
 * @param links URLs recovered from the text and its LaTeX residue, possibly empty
 */
public record RawRecord(
        String file,
        int line,
        String text,
        String arxivId,
        String externalId,
        String title,
        List<String> authors,
        List<String> categories,
        List<String> comments,
        List<String> links) {

    public RawRecord {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        comments = List.copyOf(comments);
        links = List.copyOf(links);
    }

    /** Where the record came from, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}

package dev.cited.ingest;

import java.util.List;

/**
 * A paper: one or more versions of its abstract plus what is known about it.
 *
 * @param id stable id: the arXiv id where known, the collection's own id for BEIR, else a
 *     content-derived id ({@code doc-} and 10 hex digits) that is the same on every re-ingest
 * @param arxivId the arXiv id, or null
 * @param title the title, or null when neither the input nor a catalog gives one
 * @param year year of first publication, or null
 * @param url a link to the paper, or null
 * @param authors author names, possibly empty
 * @param categories subject categories, possibly empty
 * @param comments comment lines such as page counts, possibly empty
 * @param links URLs found in the abstract or its LaTeX residue, possibly empty
 * @param versions the versions, numbered from 1, never empty
 */
public record Paper(
        String id,
        String arxivId,
        String title,
        Integer year,
        String url,
        List<String> authors,
        List<String> categories,
        List<String> comments,
        List<String> links,
        List<PaperVersion> versions) {

    public Paper {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        comments = List.copyOf(comments);
        links = List.copyOf(links);
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("paper " + id + " has no versions");
        }
    }

    /** The version with the given 1-based number. */
    public PaperVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new IllegalArgumentException(
                    "paper " + id + " has no version " + number + ", it has " + versions.size());
        }
        return versions.get(number - 1);
    }

    /** Version 1: the wording first seen in the collection. */
    public PaperVersion firstVersion() {
        return versions.getFirst();
    }

    /**
     * A readable label: the title when known, else {@code arXiv:<id>}, else the first words of
     * the abstract.
     */
    public String label() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (arxivId != null) {
            return "arXiv:" + arxivId;
        }
        String[] words = firstVersion().text().split("\\s+");
        if (words.length <= 8) {
            return firstVersion().text();
        }
        return String.join(" ", List.of(words).subList(0, 8)) + "…";
    }
}

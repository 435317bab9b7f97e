package dev.cited.ingest;

import java.util.List;

/**
 * One wording of a paper's abstract. Every version is kept and citable.
 *
 * @param number 1-based version number within its paper, in order of first appearance in the
 *     collection (files sorted by name, then by line)
 * @param text the display text; quotes are exact substrings of it
 * @param locations every {@code file:line} where this exact wording was found
 */
public record PaperVersion(int number, String text, List<String> locations) {

    public PaperVersion {
        locations = List.copyOf(locations);
    }
}

package dev.cited.check;

import java.util.Map;
import java.util.Set;

/**
 * Verbs of the same meaning, read from {@value #RESOURCE}: "we do not endorse X" denies "the
 * authors recommend X" as surely as "we do not recommend X" would. Compared as analysed stems.
 */
final class Synonyms {

    static final String RESOURCE = "synonyms.tsv";
    private static final Map<String, String> GROUP_OF_STEM = WordGroups.groupOfStem(RESOURCE);

    private Synonyms() {}

    /** Whether {@code terms} holds {@code stem} or a stem of its group. */
    static boolean containsOrSynonym(Set<String> terms, String stem) {
        if (terms.contains(stem)) {
            return true;
        }
        String group = GROUP_OF_STEM.get(stem);
        return group != null && terms.stream().anyMatch(t -> group.equals(GROUP_OF_STEM.get(t)));
    }
}

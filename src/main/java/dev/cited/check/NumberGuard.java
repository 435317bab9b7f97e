package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the numbers of a claim stand in what is cited for it: each must be stated by the
 * evidence, the paper's metadata (title, year, arXiv id), or a sentence of the same version
 * together with the word that follows it in the claim ("436 recipients" may come from the
 * methods; "12 hours" is not "12 months"); and when two sentences are joined, a number must not
 * have its word only in the other one. Pure.
 */
final class NumberGuard {

    /** How a reason about a number of the claim that the paper does not state begins. */
    static final String NUMBER_MISSING = "the paper does not state ";

    /** "version 2" names a wording of the paper, not a quantity. */
    private static final Pattern VERSION_REF = Pattern.compile("(?i)\\bversions?\\s+\\d+(?:\\s*(?:and|,)\\s*\\d+)*");

    private static final Pattern NEXT_WORD = Pattern.compile("\\s*([A-Za-z][A-Za-z-]*)");

    private NumberGuard() {}

    /** {@code claim} without its references to a paper's versions ("version 2"), which are no numbers. */
    static String withoutVersionReferences(String claim) {
        return VERSION_REF.matcher(claim).replaceAll(" ");
    }

    /** Why a number of {@code claim} is not stated by {@code evidence} nor elsewhere in {@code version}; empty when all are. */
    static Optional<String> unstated(String claim, String evidence, PaperVersion version, Paper paper) {
        for (Quantity q : Quantities.unsupported(claim, evidence + metadata(paper))) {
            if (!statedElsewhere(claim, q, version)) {
                return Optional.of(NUMBER_MISSING + q.text());
            }
        }
        return Optional.empty();
    }

    /**
     * Why two sentences together do not support a claim's number: a number that one of them (or
     * the paper's metadata) states must not have the word that follows it in the claim only in
     * the other sentence ("12 hours" is not "12 months" in one sentence and "six hours" in the
     * other).
     */
    static Optional<String> apart(String claim, List<String> sentences, Paper paper) {
        for (Quantity q : Quantities.unsupported(claim, metadata(paper))) {
            List<String> unit = unit(claim, q);
            boolean together = false;
            boolean unitAnywhere = false;
            for (String sentence : sentences) {
                boolean hasUnit =
                        !unit.isEmpty() && TermAnalyzer.terms(sentence).contains(unit.getFirst());
                unitAnywhere |= hasUnit;
                together |= Quantities.unsupported(q.text(), sentence).isEmpty() && (unit.isEmpty() || hasUnit);
            }
            if (unitAnywhere && !together) {
                return Optional.of(NUMBER_MISSING + q.text() + " with " + unit.getFirst() + " in one sentence");
            }
        }
        return Optional.empty();
    }

    /** The paper's title, year and arXiv id, which a claim's numbers may come from. */
    private static String metadata(Paper paper) {
        return " " + (paper.title() == null ? "" : paper.title()) + " " + (paper.year() == null ? "" : paper.year())
                + " " + (paper.arxivId() == null ? "" : paper.arxivId());
    }

    /** Whether a sentence of {@code version} states {@code q} together with the word that follows it in the claim. */
    private static boolean statedElsewhere(String claim, Quantity q, PaperVersion version) {
        List<String> unit = unit(claim, q);
        for (String sentence : Sentences.split(version.text())) {
            if (Quantities.unsupported(q.text(), sentence).isEmpty()
                    && (unit.isEmpty() || TermAnalyzer.terms(sentence).contains(unit.getFirst()))) {
                return true;
            }
        }
        return false;
    }

    /** The analysed word after {@code q} in {@code claim}, if any. */
    private static List<String> unit(String claim, Quantity q) {
        Matcher next = NEXT_WORD.matcher(
                claim.substring(Math.min(claim.length(), q.start() + q.text().length())));
        return next.lookingAt() ? TermAnalyzer.terms(next.group(1)) : List.of();
    }
}

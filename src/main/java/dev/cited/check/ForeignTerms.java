package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Content a claim takes from another listed source: a content term of the claim that the cited
 * paper never uses (no version, not its title) while another source of the answer does. "N-cadherin
 * is a major cause of breast cancer metastasis [2]" over a paper about prostate cancer borrows
 * "breast" from the DCIS paper [1]; "Link models of entanglement show that random tensor networks
 * have nontrivial spectra [2]" borrows "random tensor networks" and "spectra" from [1]. The term
 * overlap with the cited paper may be high all the same: the borrowed term is what makes the claim
 * wrong. Pure and deterministic.
 */
final class ForeignTerms {

    static final int GAP = 3;
    static final int MIN_LENGTH = 4;

    /**
     * Words that say nothing a source could own (analysed forms); numbers are {@link
     * Quantities}' business.
     */
    private static final Set<String> NUMBER_WORDS = Set.copyOf(TermAnalyzer.terms(
            String.join(" ", NumberWords.SMALL.keySet()) + " " + String.join(" ", NumberWords.SCALES.keySet())));

    private static final Set<String> FUNCTION_WORDS = Set.copyOf(TermAnalyzer.terms(
            "which where what when while whom whose other others become becomes became both each more most some"
                    + " such than that them then there these they this those very with within without would could"
                    + " should about after before between into over under only same make makes made use uses used"
                    + " using show shows shown also been being have having does done their from were will versus"
                    + " against compared"));

    private ForeignTerms() {}

    /**
     * A reason when {@code claim}, cited to {@code cited} and supported there by {@code support},
     * has a content term that {@code cited} never uses and a paper of {@code others} (the other
     * listed sources the statement does not also cite) is about (its title has it, or its text more
     * than once), and that term is what the support
     * lacks: either the support holds less than {@value SupportFinder#MIN_TERM_RECALL} of the
     * claim's terms (it was accepted as a close paraphrase), or the term stands where the support
     * has another word between the same neighbours ("cause of breast cancer" against "cause of
     * both prostate cancer"). Empty otherwise.
     */
    static Optional<String> borrowed(
            String claim, String support, NumberedSources.Entry cited, List<NumberedSources.Entry> others) {
        Set<String> own = terms(cited.paper());
        Set<String> content = ClaimTerms.of(claim);
        Set<String> missing = new HashSet<>(content);
        missing.removeAll(own);
        missing.removeIf(t -> t.length() < MIN_LENGTH
                || t.chars().anyMatch(Character::isDigit)
                || NUMBER_WORDS.contains(t)
                || FUNCTION_WORDS.contains(t));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<String> supportTerms = TermAnalyzer.terms(support);
        long held = content.stream().filter(supportTerms::contains).count();
        boolean loose = held < SupportFinder.MIN_TERM_RECALL * content.size();
        List<String> claimTerms = TermAnalyzer.terms(claim);
        for (NumberedSources.Entry other : others) {
            Set<String> theirs = ownTerms(other.paper());
            List<String> borrowed = missing.stream()
                    .filter(theirs::contains)
                    .filter(t -> loose || substituted(t, claimTerms, supportTerms))
                    .sorted()
                    .toList();
            if (!borrowed.isEmpty()) {
                return Optional.of("it says " + String.join(", ", borrowed) + ", which source [" + other.n()
                        + "] states and this paper never does");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code term} stands in the claim between two terms that the support has within
     * {@value #GAP} positions of each other, with something else between them.
     */
    static boolean substituted(String term, List<String> claimTerms, List<String> supportTerms) {
        int i = claimTerms.indexOf(term);
        if (i <= 0 || i + 1 >= claimTerms.size()) {
            return false;
        }
        String before = claimTerms.get(i - 1);
        String after = claimTerms.get(i + 1);
        for (int a = 0; a < supportTerms.size(); a++) {
            if (!supportTerms.get(a).equals(before)) {
                continue;
            }
            for (int b = a + 2; b <= Math.min(supportTerms.size() - 1, a + GAP); b++) {
                if (supportTerms.get(b).equals(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The terms {@code p} is about: those of its title and those its text uses more than once
     * (a word it uses once in passing, "fraction", "contrast", is nobody's to borrow).
     */
    private static Set<String> ownTerms(Paper p) {
        Map<String, Integer> counts = new HashMap<>();
        for (PaperVersion v : p.versions()) {
            TermAnalyzer.terms(v.text()).forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        Set<String> out = new HashSet<>();
        counts.forEach((t, n) -> {
            if (n > 1) {
                out.add(t);
            }
        });
        if (p.title() != null) {
            out.addAll(TermAnalyzer.terms(p.title()));
        }
        return out;
    }

    private static Set<String> terms(Paper p) {
        Set<String> out = new HashSet<>();
        for (PaperVersion v : p.versions()) {
            out.addAll(TermAnalyzer.terms(v.text()));
        }
        if (p.title() != null) {
            out.addAll(TermAnalyzer.terms(p.title()));
        }
        return out;
    }
}

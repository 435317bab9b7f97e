package dev.cited.check;

import dev.cited.index.Embedder;
import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds what in one cited paper supports one claim, the way a careful reader holding the abstract
 * would, or says why nothing does. Deterministic; knows nothing of the model that wrote the claim.
 *
 * <p>Words that refer to the source ("the paper", "this study", "the authors", "source [2]
 * reports") are not content that needs support. A claim is supported by:
 *
 * <ul>
 *   <li>its quotes, when it has quotes of {@value #MIN_QUOTE_WORDS} words or more: each must be
 *       verbatim (up to whitespace, quote marks and case of the first letter) in one sentence of a
 *       version, a quote shortened with an ellipsis when its pieces occur in order in one
 *       sentence; a quote that is not makes the claim unsupported;
 *   <li>the paper's metadata (title, arXiv id, year, authors), for a claim about the paper itself;
 *   <li>one sentence, or two sentences (each number of the claim standing in one of them with the
 *       word that follows it), of one version that hold at least {@value
 *       #MIN_TERM_RECALL} of the claim's content terms, or (with an embedder) a sentence with
 *       cosine at least {@value #MIN_COSINE} that holds at least {@value
 *       #MIN_TERM_RECALL_WITH_EMBEDDING} of them.
 * </ul>
 *
 * <p>A claim that names a code the paper never names ({@link Identifiers}: "Bcp1", "N348I") is
 * not supported. What a sentence asks rather than asserts ({@link Inquiry#asserted}: "To examine whether X
 * …") supports only a claim about the inquiry itself. Whatever the overlap, a candidate does not support the claim when a quantity of the claim is
 * not in it ({@link Quantities#unsupported}, digits and words alike) or when the two disagree in
 * polarity ({@link Polarity#disagreement}: a negation on one side only, an opposite direction).
 * The candidates are tried best first; the reason of the best rejected one is reported.
 */
final class SupportFinder {

    static final double MIN_TERM_RECALL = 0.6;
    /** Two sentences that are not next to each other must hold this much of a claim together. */
    static final double MIN_APART_RECALL = 0.7;

    static final double MIN_COSINE = 0.8;
    static final double MIN_TERM_RECALL_WITH_EMBEDDING = 0.3;
    static final int MIN_QUOTE_WORDS = 3;
    /** The reason when no sentence holds enough of a claim and none was rejected for its numbers or polarity. */
    static final String NO_SENTENCE = "no sentence of it states this";

    /**
     * What supports a claim in one paper.
     *
     * @param citations the sentences (or the title, for metadata) relied on; empty when unsupported
     * @param reason why the paper does not support the claim; null when it does
     * @param badQuotes quotes of the claim found verbatim in no version
     */
    record Support(List<Citation> citations, String reason, List<String> badQuotes) {
        boolean found() {
            return !citations.isEmpty();
        }
    }

    private final Embedder embedder;

    SupportFinder(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * The support of {@code claim} (plain text, references like "[2]" allowed) in {@code source}.
     * A quote of the paper's title names the paper ({@link QuoteSupport#asReference}): it needs no
     * support of its own.
     */
    Support find(String claim, List<Reply.Quote> quotes, NumberedSources.Entry source) {
        List<Reply.Quote> titles = quotes.stream()
                .filter(q -> QuoteSupport.isTitle(q, source.paper()))
                .toList();
        for (Reply.Quote t : titles) {
            claim = QuoteSupport.asReference(claim, t, source.paper());
        }
        List<Reply.Quote> checked = quotes.stream()
                .filter(q -> !titles.contains(q))
                .filter(q -> q.text().strip().split("\\s+").length >= MIN_QUOTE_WORDS)
                .toList();
        if (!checked.isEmpty()) {
            return QuoteSupport.find(claim, checked, source);
        }
        Optional<String> unnamed = Identifiers.unnamed(claim, source.paper());
        if (unnamed.isPresent()) {
            return new Support(List.of(), unnamed.get(), List.of());
        }
        Optional<Citation> meta = metadata(claim, source);
        if (meta.isPresent()) {
            return new Support(List.of(meta.get()), null, List.of());
        }
        return sentences(claim, source);
    }

    /** Support by the paper's own metadata, for a claim about the paper itself. */
    private static Optional<Citation> metadata(String claim, NumberedSources.Entry source) {
        Paper p = source.paper();
        Set<String> content = ClaimTerms.of(claim);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder meta = new StringBuilder(p.label());
        if (p.title() != null) {
            meta.append(' ').append(p.title());
        }
        if (p.arxivId() != null) {
            meta.append(" arXiv ").append(p.arxivId());
        }
        if (p.year() != null) {
            meta.append(' ').append(p.year());
        }
        if (p.authors() != null) {
            meta.append(" ").append(String.join(" ", p.authors()));
        }
        Set<String> metaTerms = new HashSet<>(TermAnalyzer.terms(meta.toString()));
        boolean aboutPaper = metaTerms.containsAll(content)
                && Quantities.unsupported(claim, meta.toString()).isEmpty();
        return aboutPaper
                ? Optional.of(citation(source, p.versions().getFirst(), p.title() != null ? p.title() : p.label()))
                : Optional.empty();
    }

    /**
     * One candidate: a sentence or two adjacent ones of one version, what they assert (the text
     * the claim is compared with), and how much of the claim that holds.
     */
    private record Candidate(PaperVersion version, List<String> sentences, String text, double recall, double cosine) {}

    private Support sentences(String claim, NumberedSources.Entry source) {
        String plain = ClaimTerms.MARKER.matcher(claim).replaceAll(" ");
        Set<String> content = ClaimTerms.of(claim);
        if (content.isEmpty()) {
            return new Support(List.of(), "it states nothing the paper could support", List.of());
        }
        List<Candidate> candidates = new ArrayList<>();
        float[] claimVector = embedder == null ? null : embedder.passageVector(plain);
        boolean aboutInquiry = Inquiry.aboutInquiry(plain);
        Set<String> numbers = ClaimTerms.numbers(content);
        for (PaperVersion v : source.paper().versions()) {
            List<String> sentences = Sentences.split(v.text());
            List<String> said = aboutInquiry
                    ? sentences
                    : sentences.stream().map(Inquiry::asserted).toList();
            List<float[]> vectors = embedder == null ? null : embedder.passageVectors(sentences);
            List<Set<String>> held = said.stream()
                    .map(t -> ClaimTerms.heldBy(content, numbers, t))
                    .toList();
            for (int i = 0; i < sentences.size(); i++) {
                double cosine = vectors == null || !said.get(i).equals(sentences.get(i))
                        ? 0
                        : Embedder.cosine(claimVector, vectors.get(i));
                double recall = held.get(i).size() / (double) content.size();
                candidates.add(new Candidate(v, List.of(sentences.get(i)), said.get(i), recall, cosine));
                for (int j = i + 1; j < sentences.size(); j++) {
                    Set<String> both = new HashSet<>(held.get(i));
                    both.addAll(held.get(j));
                    if (j > i + 1 && both.size() < MIN_APART_RECALL * content.size()) {
                        continue;
                    }
                    candidates.add(new Candidate(
                            v,
                            List.of(sentences.get(i), sentences.get(j)),
                            said.get(i) + " " + said.get(j),
                            both.size() / (double) content.size(),
                            0));
                }
            }
        }
        List<Candidate> eligible = candidates.stream()
                .filter(c -> c.recall() >= MIN_TERM_RECALL
                        || c.cosine() >= MIN_COSINE && c.recall() >= MIN_TERM_RECALL_WITH_EMBEDDING)
                .sorted(Comparator.comparingInt((Candidate c) -> c.sentences().size())
                        .thenComparing(
                                Comparator.comparingDouble(Candidate::recall).reversed())
                        .thenComparing(
                                Comparator.comparingDouble(Candidate::cosine).reversed()))
                .toList();
        String firstReason = null;
        for (Candidate c : eligible) {
            Optional<String> guard = guard(plain, c.text(), c.version(), source.paper())
                    .or(() -> c.sentences().size() > 1
                            ? NumberGuard.apart(plain, c.sentences(), source.paper())
                            : Optional.empty());
            if (guard.isEmpty()) {
                Optional<String> reversed = contradictedByCloser(plain, c, eligible);
                if (reversed.isPresent()) {
                    return new Support(List.of(), reversed.get(), List.of());
                }
                return new Support(
                        c.sentences().stream()
                                .map(s -> citation(source, c.version(), s))
                                .toList(),
                        null,
                        List.of());
            }
            if (firstReason == null) {
                firstReason = guard.get();
            }
        }
        return new Support(List.of(), firstReason != null ? firstReason : NO_SENTENCE, List.of());
    }

    /**
     * Why a claim that {@code accepted} supports is still a reversed finding: another sentence of
     * the paper that holds more of the claim's terms (or as much as a pair that joins two) says the opposite ({@link
     * Polarity#disagreement}). A looser match elsewhere in the abstract does not outweigh the
     * sentence that says the claim's opposite ("render pretraining ineffective").
     */
    private static Optional<String> contradictedByCloser(String claim, Candidate accepted, List<Candidate> eligible) {
        for (Candidate c : eligible) {
            boolean closer = c.recall() > accepted.recall()
                    || accepted.sentences().size() > 1 && c.recall() >= accepted.recall();
            if (c.sentences().size() == 1 && closer) {
                Optional<String> reversed = ComparisonGroups.reversed(claim, c.text());
                if (reversed.isPresent()) {
                    return reversed;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code evidence} does not support {@code claim} whatever their overlap: a number of the
     * claim that neither the evidence nor another sentence of its version states with the same
     * word after it ("436 recipients" may come from the methods; "12 hours" is not "12 months"),
     * or a polarity that differs from the evidence's.
     */
    static Optional<String> guard(String claim, String evidence, PaperVersion version, Paper paper) {
        String stated = NumberGuard.withoutVersionReferences(claim);
        return NumberGuard.unstated(stated, evidence, version, paper)
                .or(() -> ComparisonGroups.reversed(stated, evidence))
                .or(() -> SwappedNumbers.in(stated, evidence))
                .or(() -> MisplacedNumbers.in(stated, evidence))
                .or(() -> DegreeWords.unsupported(stated, evidence));
    }

    static Citation citation(NumberedSources.Entry source, PaperVersion v, String sentence) {
        return new Citation(
                source.n(),
                source.paper().id(),
                source.paper().arxivId(),
                source.paper().title(),
                v.number(),
                sentence);
    }
}

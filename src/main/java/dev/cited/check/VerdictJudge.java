package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@link CitationChecker} judges a verdict ("Yes", "No", "Partly", "the sources support
 * this"): with the evidence beside it once the whole reply is read ({@link #judge}), and a verdict
 * followed by its own content by its direction ({@link #direction}). Deterministic.
 */
final class VerdictJudge {

    static final double MIN_VERDICT_SHARE = 0.5;
    private static final String NOT_ADDRESSED_REASON = "it does not address the question's claim";
    private static final Pattern VERDICT_WORDS = Pattern.compile(
            "(?i)\\b(opposite|other way|contradict\\w*|support\\w*|confirm\\w*|agree\\w*|consistent|refut\\w*|disagree\\w*)\\b"
                    + "|\\bwhat\\s+(?:the\\s+)?(?:sources?|stud(?:y|ies)|papers?|abstracts?|authors?)(?:\\s*\\[[\\d,;\\s-]+])?"
                    + "\\s+(?:shows?|finds?|found|reports?|reported|says?|concludes?|concluded|demonstrates?|demonstrated)\\b"
                    + "|\\b(?:shows?|showed|demonstrates?|demonstrated)\\s+(?:this|that|it)\\s*(?:\\[[\\d,;\\s–-]+]\\s*)?[.!]?\\s*$"
                    + "|\\bpoints?\\s+the\\s+same\\s+way\\b|\\b(?:the|this|that)\\s+claim\\s+holds\\b");

    private VerdictJudge() {}

    /** A verdict that waits for the rest of the reply: the evidence it stands with ({@link #judge}). */
    record Awaiting(Reply.Statement statement, Judgement judged, List<Integer> deferred) {}

    /**
     * The judgement of a verdict that says nothing beyond itself ("Yes, source [1] supports this
     * claim [1].", {@link #verdictOnly}), once every other statement is judged. For each cited
     * source the verdict looks at the source's sentence that best addresses the question's claim
     * ({@link #addressing}) and at the reply's own kept statements that cite the source (the
     * evidence the verdict stands with), and at the source's title when it states a finding
     * ({@link #titleFinding}):
     *
     * <ul>
     *   <li>it is not supported when either says the opposite of the verdict ({@link
     *       Verdict#conflictWith}: a "Yes" beside a finding that contradicts the claim, a "No"
     *       beside one that states it);
     *   <li>a "Yes" is supported when the source addresses the claim or a kept statement is about
     *       the claim and agrees with it ({@link Verdict#judge} SUPPORTS);
     *   <li>a "No" is supported when one of them contradicts the claim in words or numbers
     *       ({@link Verdict#judge} CONTRADICTS): a "No" needs a reason;
     *   <li>"Partly" and "not addressed" are supported by a source that addresses the claim or a
     *       kept statement citing it.
     * </ul>
     *
     * Without a question, a verdict is supported by the kept statements citing the source.
     */
    static Judgement judge(
            Awaiting a,
            String questionClaim,
            Map<Integer, List<String>> evidence,
            NumberedSources sources,
            List<String> warnings,
            Set<Citation> citations) {
        Judgement j = a.judged();
        Verdict verdict = Verdict.detect(a.statement().text()).orElseThrow();
        List<Integer> supported = new ArrayList<>(j.kept());
        List<Judgement.Removal> removed = new ArrayList<>(j.removed());
        boolean reported = j.reported();
        for (int n : a.deferred()) {
            NumberedSources.Entry source = sources.get(n).orElseThrow();
            List<String> backing = new ArrayList<>(evidence.getOrDefault(n, List.of()));
            titleFinding(source).ifPresent(backing::add);
            Optional<Citation> best = questionClaim == null
                    ? Optional.empty()
                    : addressing(questionClaim, source, verdict.stance() == Verdict.Stance.SUPPORTS);
            String why = verdictReason(verdict, questionClaim, best.map(Citation::quote), backing);
            if (why == null) {
                supported.add(n);
                best.ifPresent(citations::add);
                continue;
            }
            warnings.add(String.format(
                    Locale.ROOT,
                    "removed citation [%d]: %s does not support \"%s\" (%s)",
                    n,
                    source.paper().label(),
                    CitationChecker.abbreviate(a.statement().text()),
                    why));
            removed.add(new Judgement.Removal(n, Judgement.Reason.NOT_SUPPORTED));
            reported = true;
        }
        List<Integer> ordered = j.markers().stream().filter(supported::contains).toList();
        if (ordered.isEmpty() && !reported) {
            warnings.add("dropped an unsupported sentence: \""
                    + CitationChecker.abbreviate(a.statement().text()) + "\"");
            reported = true;
        }
        return new Judgement(j.start(), j.end(), j.markers(), ordered, removed, j.unverifiedQuotes(), reported);
    }

    /**
     * The paper's title when it states a finding ("The Bile Acid Chenodeoxycholic Acid Increases
     * Human Brown Adipose Tissue Activity": a direction word or a negation), which a verdict may
     * stand with like a kept statement; empty for a title that only names a topic or a design.
     */
    private static Optional<String> titleFinding(NumberedSources.Entry source) {
        String title = source.paper().title();
        boolean finding = title != null
                && (PolarityLexicon.hasDirection(title)
                        || NegationCues.NEGATIONS.matcher(title).find());
        return finding ? Optional.of(title) : Optional.empty();
    }

    /** Why {@code verdict} is not supported by a source (see {@link #judge}); null when it is. */
    private static String verdictReason(
            Verdict verdict, String questionClaim, Optional<String> best, List<String> backing) {
        if (questionClaim == null) {
            return backing.isEmpty() ? "no kept statement citing it backs the verdict" : null;
        }
        List<String> all = new ArrayList<>(backing);
        best.ifPresent(all::add);
        for (String e : all) {
            Optional<String> conflict = verdict.conflictWith(questionClaim, e);
            if (conflict.isPresent()) {
                return conflict.get();
            }
        }
        boolean reason = switch (verdict.stance()) {
            case SUPPORTS ->
                best.isPresent()
                        || backing.stream().anyMatch(e -> Verdict.judge(questionClaim, e) == Verdict.Stance.SUPPORTS);
            case CONTRADICTS ->
                best.isPresent()
                        || backing.stream()
                                .anyMatch(e -> Verdict.judge(questionClaim, e) == Verdict.Stance.CONTRADICTS);
            case PARTLY, NOT_ADDRESSED -> !all.isEmpty();
        };
        if (reason) {
            return null;
        }
        return switch (verdict.stance()) {
            case CONTRADICTS -> "neither it nor the statements citing it contradict the question's claim";
            default -> NOT_ADDRESSED_REASON + ", and no kept statement citing it does";
        };
    }

    /**
     * Whether the content of a verdict ("Yes. Among 1325 women, poorer CYP2D6 metabolism went with
     * worse outcomes") that no one sentence states still summarises {@code paper}: the abstract
     * as a whole holds at least {@value SupportFinder#MIN_TERM_RECALL} of its content terms and
     * every number it gives. Such a verdict is then judged as a verdict, by the evidence beside it.
     */
    static boolean summarises(String content, Paper paper) {
        Set<String> wanted = ClaimTerms.of(content);
        if (wanted.isEmpty()) {
            return false;
        }
        for (PaperVersion v : paper.versions()) {
            Set<String> terms = new java.util.HashSet<>(TermAnalyzer.terms(v.text()));
            long held = wanted.stream().filter(terms::contains).count();
            if (held >= SupportFinder.MIN_TERM_RECALL * wanted.size()
                    && Quantities.unsupported(content, v.text()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verdict says nothing beyond itself ("No, source [1] contradicts this claim", "The
     * trial in [1] found the opposite", "Yes — that is what source [1] shows", "True — the first
     * source directly shows this", "all four sources point the same way", "So the claim holds"):
     * then it is checked as a verdict, not as a claim.
     */
    static boolean verdictOnly(Verdict v) {
        return ClaimTerms.of(v.rest()).size() < 2
                || VERDICT_WORDS.matcher(v.rest()).find();
    }

    /**
     * Why a verdict followed by its own content ("Yes, X [1]") points the wrong way: the sentence
     * of the source that best addresses the question's claim, or its title when that states a
     * finding, says the opposite of the verdict.
     * Null when it agrees, or when the source has no sentence that addresses the claim (then the
     * content alone is judged).
     */
    static String direction(Verdict verdict, String questionClaim, NumberedSources.Entry source) {
        if (questionClaim == null) {
            return null;
        }
        return addressing(questionClaim, source, true)
                .flatMap(best -> verdict.conflictWith(questionClaim, best.quote()))
                .or(() -> titleFinding(source).flatMap(title -> verdict.conflictWith(questionClaim, title)))
                .orElse(null);
    }

    /**
     * The sentence of {@code source} (with {@code findingsOnly}, only those that state no aim,
     * {@link Verdict#statesAim}) that holds at least {@value #MIN_VERDICT_SHARE} of the claim's
     * content terms, numbers aside (a number that differs is what a "No" verdict may be about),
     * and of those the one whose shared terms are rarest in the paper (each weighs log(1 + n / the
     * number of the paper's n sentences that use it): "phospholipids" says more than "10E8" in an
     * abstract about 10E8); ties go to the earlier sentence.
     */
    private static Optional<Citation> addressing(String claim, NumberedSources.Entry source, boolean findingsOnly) {
        Set<String> claimTerms = Polarity.contentTerms(claim);
        if (claimTerms.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<PaperVersion, String>> sentences = new ArrayList<>();
        Map<String, Integer> df = new java.util.HashMap<>();
        for (PaperVersion v : source.paper().versions()) {
            for (String sentence : Sentences.split(v.text())) {
                sentences.add(Map.entry(v, sentence));
                for (String t : Polarity.contentTerms(sentence)) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        Citation best = null;
        double bestWeight = 0;
        for (Map.Entry<PaperVersion, String> e : sentences) {
            String sentence = e.getValue();
            if (findingsOnly && Verdict.statesAim(sentence)) {
                continue;
            }
            Set<String> terms = Polarity.contentTerms(sentence);
            List<String> shared = claimTerms.stream().filter(terms::contains).toList();
            if (shared.size() < MIN_VERDICT_SHARE * claimTerms.size()) {
                continue;
            }
            double weight = shared.stream()
                    .mapToDouble(t -> Math.log(1 + sentences.size() / (double) df.get(t)))
                    .sum();
            if (weight > bestWeight) {
                bestWeight = weight;
                best = SupportFinder.citation(source, e.getKey(), sentence);
            }
        }
        return Optional.ofNullable(best);
    }
}

package dev.cited.check;

import dev.cited.index.Embedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's reply against the numbered sources, in code, whatever model wrote it.
 *
 * <p>The reply is read as models write it ({@link AnswerReader}: Markdown paragraphs, lists and
 * headings, markers such as {@code [1, 2]}, {@code [1][3]} or {@code [1-3]}, markers mid-sentence
 * or after the final period, sources named inside a sentence, quotes). Framing lines ("Based on
 * the sources:"), headings and a closing source list are removed quietly. Then every statement is
 * judged marker by marker ({@link SupportFinder}):
 *
 * <ul>
 *   <li>a number with no source is removed, with a warning;
 *   <li>a source that does not support the statement loses its marker, with a warning saying why
 *       (a quote that is not verbatim, a number the paper does not state, a reversed finding, no
 *       sentence that says it);
 *   <li>a verdict ("Yes", "No", "Partly", "the sources support this") is judged once the whole
 *       reply is read, with the evidence beside it ({@link VerdictJudge#judge}: the paper's sentence
 *       that best addresses the question's claim, the reply's kept statements citing the paper,
 *       a title that states a finding); a verdict followed by content ("Yes, X [1]") is judged by
 *       that content and by its direction ({@link Verdict#conflictWith}), or, when that content
 *       only summarises the abstract, as a verdict; a verdict without its own marker stands with
 *       the next kept statement and takes its markers;
 *   <li>a statement of absence ("the abstract does not mention X", {@link AbsenceStatement}) is
 *       kept when X is really absent from the cited paper; it cites no sentence. Without a marker
 *       ("Neither abstract gives a doubling time") it is kept when X is absent from every source,
 *       and dropped naming the source that mentions it otherwise;
 *   <li>a cited lead-in to a list ({@link LeadIn}) that no sentence supports stands with the
 *       citations its items keep, when it states no finding of its own;
 *   <li>a statement left without a supported marker is dropped, with a warning; a sentence that
 *       declines the question ({@link Decline}) is dropped quietly and makes the reply an
 *       abstention ({@link Checked#declined}).
 * </ul>
 *
 * <p>The checked text keeps the reply's paragraphs and lists ({@link Reply#render}), so every
 * statement in it carries its citations. Each citation quotes the exact source sentence (or, for a
 * claim about the paper itself, the title) it relies on, with the version it comes from. Every
 * decision is also returned as data: one {@link Judgement} per statement.
 */
public final class CitationChecker {

    private static final Pattern LABEL =
            Pattern.compile("\\s*(?:\\p{L}[\\p{L}\\p{N}'’-]*\\s+){0,3}\\p{L}[\\p{L}\\p{N}'’-]*:\\s+(?=\\S)");

    /**
     * The checked reply: text made of supported statements only, their citations, warnings for
     * humans, and the checker's decision about every statement, as data.
     *
     * @param judgements one per statement of the reply, in reply order
     * @param declined whether the reply declines the question ("The sources do not answer this
     *     question.", {@link Decline}), whatever context it cites beside
     */
    public record Checked(
            String text,
            List<Citation> citations,
            List<String> warnings,
            List<Judgement> judgements,
            boolean declined) {
        public Checked {
            citations = List.copyOf(citations);
            warnings = List.copyOf(warnings);
            judgements = List.copyOf(judgements);
        }

        /** A checked reply without judgements (nothing was checked). */
        public Checked(String text, List<Citation> citations, List<String> warnings) {
            this(text, citations, warnings, List.of(), false);
        }

        /**
         * Whether the reply answers with support: some statement is supported by a quoted sentence
         * and the reply does not decline the question ({@link #declined}). False means the answer
         * abstains.
         */
        public boolean supported() {
            return !citations.isEmpty() && !declined;
        }
    }

    private final SupportFinder finder;

    /** A checker that judges paraphrases by shared terms only. */
    public CitationChecker() {
        this(null);
    }

    /** A checker that also accepts close paraphrases by embedding similarity. */
    public CitationChecker(Embedder embedder) {
        this.finder = new SupportFinder(embedder);
    }

    /** Checks {@code reply} against {@code sources}, without a question (verdicts are judged by their evidence only). */
    public Checked check(String reply, NumberedSources sources) {
        return check(null, reply, sources);
    }

    /**
     * Checks {@code reply} to {@code question} against {@code sources}.
     *
     * @param question the question the reply answers, or null; a yes/no question's claim is what
     *     verdicts are checked against
     */
    public Checked check(String question, String reply, NumberedSources sources) {
        Reply read = AnswerReader.read(reply);
        String questionClaim = question == null
                ? null
                : Verdict.questionClaim(question).orElse(question.strip().replaceAll("\\?+$", ""));
        List<String> warnings = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        Map<Reply.Statement, List<Integer>> kept = new LinkedHashMap<>();
        List<Judgement> judgements = new ArrayList<>();
        List<Reply.Statement> pendingVerdicts = new ArrayList<>();
        boolean declined = false;
        List<VerdictJudge.Awaiting> awaiting = new ArrayList<>();
        Map<Integer, List<String>> evidence = new LinkedHashMap<>();
        Map<Reply.Statement, List<Reply.Statement>> leadIns = LeadIn.of(read);
        for (Reply.Statement s : read.statements()) {
            int warned = warnings.size();
            boolean opening = s == read.statements().getFirst();
            if (opening ? Decline.opensWithSilenceOn(s.text(), question) : Decline.declines(s.text())) {
                declined = true;
                judgements.add(new Judgement(s.start(), s.end(), s.markers(), List.of(), List.of(), List.of(), false));
                continue;
            }
            if (s.markers().isEmpty()) {
                Optional<AbsenceStatement> silence =
                        AbsenceStatement.detect(s.text()).filter(AbsenceStatement::aboutAllSources);
                Optional<String> mention = silence.flatMap(a -> a.mentionIn(sources));
                if (silence.isPresent() && mention.isEmpty()) {
                    kept.put(s, List.of());
                    judgements.add(
                            new Judgement(s.start(), s.end(), List.of(), List.of(), List.of(), List.of(), false));
                    continue;
                }
                if (mention.isEmpty() && Verdict.detect(s.text()).isPresent()) {
                    pendingVerdicts.add(s);
                    continue;
                }
                warnings.add(mention.map(m -> "dropped \"" + abbreviate(s.text()) + "\": " + m)
                        .orElse("dropped a sentence without a citation: \"" + abbreviate(s.text()) + "\""));
                judgements.add(new Judgement(
                        s.start(), s.end(), List.of(), List.of(), List.of(), List.of(), warnings.size() > warned));
                continue;
            }
            if (leadIns.containsKey(s)) {
                continue;
            }
            List<Integer> deferred = new ArrayList<>();
            Judgement j = judge(s, questionClaim, sources, warnings, citations, deferred);
            if (!deferred.isEmpty()) {
                awaiting.add(new VerdictJudge.Awaiting(s, j, deferred));
                continue;
            }
            judgements.add(j);
            if (j.shown()) {
                kept.put(s, j.kept());
                if (Verdict.detect(s.text()).isEmpty()) {
                    for (int n : j.kept()) {
                        evidence.computeIfAbsent(n, k -> new ArrayList<>()).add(s.text());
                    }
                }
                for (Reply.Statement verdict : pendingVerdicts) {
                    kept.put(verdict, j.kept());
                    judgements.add(new Judgement(
                            verdict.start(), verdict.end(), List.of(), j.kept(), List.of(), List.of(), false));
                }
                pendingVerdicts.clear();
            }
        }
        for (Reply.Statement verdict : pendingVerdicts) {
            warnings.add("dropped a verdict that no kept statement backs: \"" + abbreviate(verdict.text()) + "\"");
            judgements.add(
                    new Judgement(verdict.start(), verdict.end(), List.of(), List.of(), List.of(), List.of(), true));
        }
        for (VerdictJudge.Awaiting a : awaiting) {
            Judgement j = VerdictJudge.judge(a, questionClaim, evidence, sources, warnings, citations);
            judgements.add(j);
            if (j.shown()) {
                kept.put(a.statement(), j.kept());
            }
        }
        leadIns.forEach((s, items) -> {
            if (s.markers().isEmpty()) {
                return;
            }
            List<String> own = new ArrayList<>();
            Judgement j = judge(s, questionClaim, sources, own, citations, new ArrayList<>());
            List<Integer> backed = j.shown() ? List.of() : LeadIn.backed(s, items, kept);
            if (!backed.isEmpty()) {
                j = new Judgement(s.start(), s.end(), s.markers(), backed, List.of(), List.of(), false);
                own.clear();
            }
            warnings.addAll(own);
            judgements.add(j);
            if (j.shown()) {
                kept.put(s, j.kept());
            }
        });
        judgements.sort(java.util.Comparator.comparingInt(Judgement::start));
        return new Checked(read.render(kept), List.copyOf(citations), warnings, judgements, declined);
    }

    private Judgement judge(
            Reply.Statement s,
            String questionClaim,
            NumberedSources sources,
            List<String> warnings,
            Set<Citation> citations,
            List<Integer> deferred) {
        int warned = warnings.size();
        List<Integer> supported = new ArrayList<>();
        List<Judgement.Removal> removed = new ArrayList<>();
        Set<String> badQuotes = new LinkedHashSet<>();
        Optional<Verdict> verdict = Verdict.detect(s.text());
        Optional<ScopeStatement> scope = ScopeStatement.detect(s.text());
        Optional<AbsenceStatement> absence = AbsenceStatement.detect(s.text());
        for (int n : s.markers()) {
            NumberedSources.Entry source = sources.get(n).orElse(null);
            if (source == null) {
                warnings.add(String.format(
                        Locale.ROOT,
                        "removed citation [%d]: there is no source %d (sources are %s)",
                        n,
                        n,
                        sources.describeNumbers()));
                removed.add(new Judgement.Removal(n, Judgement.Reason.NO_SOURCE));
                continue;
            }
            String why;
            if (scope.isPresent()) {
                why = scope.get().unsupportedScope(source.paper());
                if (why == null && scope.get().absence().isPresent()) {
                    why = scope.get().absence().get().mentionIn(source.paper());
                }
            } else if (absence.isPresent()) {
                why = absence.get().mentionIn(source.paper());
                Optional<String> head = absence.get().claim();
                if (why == null && head.isPresent()) {
                    SupportFinder.Support support = finder.find(head.get(), s.quotes(), source);
                    badQuotes.addAll(support.badQuotes());
                    why = support.found() ? null : support.reason();
                    if (why == null) {
                        citations.addAll(support.citations());
                    }
                }
            } else if (verdict.isPresent() && VerdictJudge.verdictOnly(verdict.get())) {
                deferred.add(n);
                continue;
            } else {
                String claim = withoutLabel(verdict.map(Verdict::rest).orElse(s.text()));
                SupportFinder.Support support = finder.find(claim, s.quotes(), source);
                badQuotes.addAll(support.badQuotes());
                why = support.found() ? null : support.reason();
                boolean partly = verdict.isPresent() && verdict.get().stance() == Verdict.Stance.PARTLY;
                if (verdict.isPresent()
                        && questionClaim != null
                        && why != null
                        && (SupportFinder.NO_SENTENCE.equals(why)
                                || partly && !why.startsWith(NumberGuard.NUMBER_MISSING))
                        && VerdictJudge.summarises(claim, source.paper())) {
                    deferred.add(n);
                    continue;
                }
                if (why == null) {
                    String supportText = String.join(
                            " ",
                            support.citations().stream().map(Citation::quote).toList());
                    why = ForeignTerms.borrowed(claim, supportText, source, others(sources, s.markers()))
                            .orElse(null);
                }
                if (why == null && verdict.isPresent()) {
                    why = VerdictJudge.direction(verdict.get(), questionClaim, source);
                }
                if (why == null) {
                    citations.addAll(support.citations());
                }
            }
            if (why == null) {
                if (!supported.contains(n)) {
                    supported.add(n);
                }
            } else {
                warnings.add(String.format(
                        Locale.ROOT,
                        "removed citation [%d]: %s does not support \"%s\" (%s)",
                        n,
                        source.paper().label(),
                        abbreviate(s.text()),
                        why));
                removed.add(new Judgement.Removal(n, Judgement.Reason.NOT_SUPPORTED));
            }
        }
        for (String bad : badQuotes) {
            warnings.add("\"" + abbreviate(bad) + "\" is not a quote from the cited sources");
        }
        if (supported.isEmpty() && deferred.isEmpty() && warnings.size() == warned) {
            warnings.add("dropped an unsupported sentence: \"" + abbreviate(s.text()) + "\"");
        }
        return new Judgement(
                s.start(), s.end(), s.markers(), supported, removed, List.copyOf(badQuotes), warnings.size() > warned);
    }

    /** The listed sources a statement citing {@code markers} does not cite. */
    private static List<NumberedSources.Entry> others(NumberedSources sources, List<Integer> markers) {
        return sources.entries().stream().filter(e -> !markers.contains(e.n())).toList();
    }

    /**
     * {@code claim} without a leading label of up to four words and a colon ("Short answer: both
     * kinds have value", "Key finding: ..."), as a bold lead-in reads once emphasis is removed: the
     * label names the claim, it is not part of it. Unchanged when nothing follows the colon.
     */
    static String withoutLabel(String claim) {
        Matcher m = LABEL.matcher(claim);
        return m.lookingAt() && m.end() < claim.length() ? claim.substring(m.end()) : claim;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}

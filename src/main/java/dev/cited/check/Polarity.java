package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a claim and the evidence it is compared with say opposite things about the same
 * content: one negates what the other states, or they point a comparison or change in opposite
 * directions. Pure and deterministic.
 *
 * <p>Both texts are cut into clauses (at commas not followed by "which", semicolons, colons,
 * dashes and the words "but", "while", "whereas", "although", "though", "despite", "however");
 * a list of examples ("…, including A, B, and C") stays in the clause it illustrates, so "not
 * removed by safety training, including …, and adversarial training" negates each item.
 * Each claim clause is compared with the evidence clause that shares the most of its content
 * terms (ties go to the shorter), or, when no single clause is aligned or a window of two or
 * three consecutive clauses of one sentence shares at least two terms more, with the best such
 * window ("… to a target language, the responses do not become the most similar to the opinions
 * of its speakers" is one statement about translation); aligned means sharing at least two terms and
 * at least half of the claim clause's terms. Content terms are analysed terms without numbers
 * (those are {@link Quantities}' business) and without the polarity words themselves. Only aligned clauses are compared, so
 * a negation in another clause of the source ("despite not being associated with disease
 * susceptibility") does not count against a claim about its other clause. Within aligned clauses
 * the checks are, in order:
 *
 * <ol>
 *   <li>negation: each side's number of negation cues ("not", "never", "fails to", "neither …
 *       nor", …, plus a prefixed antonym such as "ineffective" whose base word the other side
 *       uses), counted modulo two, so "did not reduce" agrees with "failed to reduce" and "not
 *       ineffective" with "effective". A cue counts only when its scope (the next two content
 *       terms of its clause, three after "no", "none", "neither", "without", "lack", "absent")
 *       is empty or shares a term with the other side: in "may not automatically mitigate X"
 *       the negation is about mitigating, not about X;
 *   <li>direction: a comparison or change word ("more", "increased", "better", "outperforms",
 *       "dependent", "positive", "faster", "largest" …) left on one side after cancelling the
 *       words both sides use, against a word of the opposite direction on the same scale left
 *       on the other ("more faithful" vs "less faithful"). Scales: amount, comparison (where
 *       "the same … as", "similar to" oppose "outperforms" and "better"), quality (improves vs
 *       hurts), speed, sign, dependence, effect (promotes vs inhibits), sensitivity (sensitive vs
 *       resistant; an amount word changing a sensitivity word is one sensitivity direction, so
 *       "decreased susceptibility" is resistance);
 *   <li>swapped alternatives: both say "X instead of Y" (or "rather than") with X and Y
 *       exchanged;
 *   <li>swapped agents: one agent given opposite effects ("inhibited by fibroblasts" against
 *       "promoted by fibroblasts and inhibited by normal myoepithelial cells", {@link
 *       PolarityLexicon#agentDirection});
 *   <li>swapped comparison subjects: "lower after miscarriage than after birth" against "the rate
 *       associated with birth was significantly lower" ({@link SwappedComparison});
 *   <li>an equal comparison against an ordered one: "at least as stable as" against "less stable
 *       than" ({@link EqualComparison}).
 * </ol>
 *
 * <p>Known limits: a negation separated from its content by a comma ("did not, however, reduce")
 * is missed; scope inside a clause is not parsed, so "not only X but also Y" reads as negated.
 */
public final class Polarity {

    /** Where a clause ends; a comma before "which" does not end one ("…, which is not always the case"). */
    static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?<!\\d),(?!\\d)(?!\\s*which\\b)|[;:—–]|\\s-\\s|\\b(?:but|while|whereas|although|though|despite|however)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that open a concessive clause, aside from the main finding. */
    static final Pattern CONCESSIVE = Pattern.compile("(?i)despite|although|though|while|whereas");

    /** A piece that lists examples of the clause before it ("…, including A, B, and C"): it stays in that clause. */
    private static final Pattern LIST_START =
            Pattern.compile("\\s*(?:including|such\\s+as|e\\.g\\.)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern MARKERS = Pattern.compile("\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*]");
    private static final Pattern SWAP = Pattern.compile("\\b(?:instead of|rather than)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("[\\d.,]+");
    private static final double MIN_SHARED_FRACTION = 0.5;
    private static final int MIN_SHARED = 2;
    private static final int SWAP_WINDOW = 3;
    /**
     * The most consecutive clauses of an evidence sentence compared as one: "… were strongest for
     * A (…), B (…), and C (…), and weakest for D" is one finding about D.
     */
    private static final int EVIDENCE_WINDOW = 4;

    private Polarity() {}

    /**
     * A reason, fit for a warning, when {@code claim} and {@code evidence} disagree in polarity
     * about content they share; empty when they agree or share too little to compare.
     */
    public static Optional<String> disagreement(String claim, String evidence) {
        List<Clause> evidenceClauses = clauses(evidence, EVIDENCE_WINDOW);
        Set<String> claimWords = PolarityLexicon.words(clean(claim));
        Set<String> evidenceWords = PolarityLexicon.words(clean(evidence));
        for (Clause c : clauses(claim, 1)) {
            Clause e = aligned(c, evidenceClauses);
            if (e == null) {
                continue;
            }
            Optional<String> reason = NegationCues.negation(c, e, claimWords, evidenceWords)
                    .or(() -> PolarityLexicon.direction(c.text(), e.text()));
            if (reason.isPresent()) {
                return reason;
            }
        }
        return swapped(clean(claim), clean(evidence))
                .or(() -> PolarityLexicon.agentDirection(clean(claim), clean(evidence)))
                .or(() -> SwappedComparison.reason(clean(claim), clean(evidence)))
                .or(() -> EqualComparison.disagreement(clean(claim), clean(evidence)));
    }

    /** Whether some clause of {@code claim} is aligned with {@code evidence} (see the class doc). */
    public static boolean sharesContent(String claim, String evidence) {
        List<Clause> evidenceClauses = clauses(evidence, EVIDENCE_WINDOW);
        return clauses(claim, 1).stream().anyMatch(c -> aligned(c, evidenceClauses) != null);
    }

    /** A clause, or a window of {@code size} consecutive clauses, with its content terms (analysed, without polarity words). */
    record Clause(String text, Set<String> terms, int size) {}

    /** The clauses of {@code text}, and windows of up to {@code maxWindow} consecutive clauses of a sentence. */
    static List<Clause> clauses(String text, int maxWindow) {
        List<Clause> out = new ArrayList<>();
        for (String sentence : Sentences.split(clean(text))) {
            List<Clause> inSentence = new ArrayList<>();
            boolean inList = false;
            Matcher breaks = CLAUSE_BREAK.matcher(sentence);
            int from = 0;
            String before = "";
            while (from <= sentence.length()) {
                boolean found = breaks.find();
                String piece = sentence.substring(from, found ? breaks.start() : sentence.length());
                String delimiter = before;
                before = found ? breaks.group() : "";
                from = found ? breaks.end() : sentence.length() + 1;
                // a list of examples goes on across commas only: "but …" after it is a clause of its own
                inList &= delimiter.equals(",");
                if (piece.isBlank()) {
                    continue;
                }
                boolean listStart = LIST_START.matcher(piece).lookingAt();
                if ((listStart || inList) && !inSentence.isEmpty()) {
                    Clause head = inSentence.removeLast();
                    String joined = head.text() + ", " + piece.strip();
                    inSentence.add(new Clause(joined, contentTerms(joined), 1));
                    inList = true;
                } else {
                    // a concessive clause keeps its word ("despite not being associated …"): NegationCues reads it
                    String kept =
                            CONCESSIVE.matcher(delimiter).matches() ? delimiter + " " + piece.strip() : piece.strip();
                    inSentence.add(new Clause(kept, contentTerms(piece), 1));
                }
            }
            for (int n = 1; n <= maxWindow; n++) {
                for (int i = 0; i + n <= inSentence.size(); i++) {
                    List<Clause> window = inSentence.subList(i, i + n);
                    StringBuilder sb = new StringBuilder();
                    Set<String> terms = new HashSet<>();
                    for (Clause c : window) {
                        sb.append(sb.isEmpty() ? "" : ", ").append(c.text());
                        terms.addAll(c.terms());
                    }
                    out.add(new Clause(sb.toString(), terms, n));
                }
            }
        }
        return out;
    }

    /**
     * The evidence clause aligned with {@code claim}: the single clause sharing the most terms
     * when it is aligned, else the best window of consecutive clauses; null when none is aligned.
     */
    private static Clause aligned(Clause claim, List<Clause> evidence) {
        if (claim.terms().size() < MIN_SHARED) {
            return null;
        }
        Clause single = best(claim, evidence.stream().filter(e -> e.size() == 1).toList());
        Clause any = best(claim, evidence);
        return single != null && shared(claim, single) + MIN_SHARED > shared(claim, any) ? single : any;
    }

    private static Clause best(Clause claim, List<Clause> evidence) {
        Clause best = null;
        long bestShared = 0;
        for (Clause e : evidence) {
            long shared = claim.terms().stream().filter(e.terms()::contains).count();
            if (shared > bestShared
                    || shared == bestShared
                            && best != null
                            && e.terms().size() < best.terms().size()) {
                best = e;
                bestShared = shared;
            }
        }
        boolean enough = bestShared >= MIN_SHARED
                && bestShared >= MIN_SHARED_FRACTION * claim.terms().size();
        return enough ? best : null;
    }

    private static long shared(Clause claim, Clause evidence) {
        return evidence == null
                ? 0
                : claim.terms().stream().filter(evidence.terms()::contains).count();
    }

    static String clean(String text) {
        return withoutParentheticalCommas(MARKERS.matcher(text)
                .replaceAll(" ")
                .replace('*', ' ')
                .replace('"', ' ')
                .replace('“', ' ')
                .replace('”', ' ')
                .replace('\u2010', '-')
                .replace('\u2011', '-'));
    }

    /**
     * {@code text} with the commas inside parentheses made spaces: "Mice lacking junctional adhesion
     * molecule A (JAM-A, encoded by F11r) exhibit …" is one clause, so the negation covers "JAM-A".
     */
    private static String withoutParentheticalCommas(String text) {
        StringBuilder out = new StringBuilder(text);
        int depth = 0;
        for (int i = 0; i < out.length(); i++) {
            char ch = out.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && depth > 0) {
                depth--;
            } else if (ch == ',' && depth > 0) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    static Set<String> contentTerms(String text) {
        Set<String> out = new HashSet<>(TermAnalyzer.terms(text));
        out.removeAll(PolarityLexicon.IGNORED_STEMS);
        out.removeAll(ClaimTerms.FUNCTION_WORDS);
        out.removeIf(t -> NUMERIC.matcher(t).matches());
        return out;
    }

    /** "a refusal instead of responses" against "responses … instead of a refusal". */
    private static Optional<String> swapped(String claim, String evidence) {
        Matcher c = SWAP.matcher(claim);
        Matcher e = SWAP.matcher(evidence);
        if (!c.find() || !e.find()) {
            return Optional.empty();
        }
        Set<String> claimBefore = lastTerms(claim.substring(0, c.start()));
        Set<String> claimAfter = firstTerms(claim.substring(c.end()));
        Set<String> evidenceBefore = lastTerms(evidence.substring(0, e.start()));
        Set<String> evidenceAfter = firstTerms(evidence.substring(e.end()));
        long crossed = overlap(claimBefore, evidenceAfter) + overlap(claimAfter, evidenceBefore);
        long straight = overlap(claimBefore, evidenceBefore) + overlap(claimAfter, evidenceAfter);
        if (overlap(claimBefore, evidenceAfter) > 0 && overlap(claimAfter, evidenceBefore) > 0 && crossed > straight) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "the claim says '%s %s', the source has the two sides the other way round",
                    lastWords(claim.substring(0, c.start())),
                    c.group().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    private static long overlap(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }

    private static Set<String> lastTerms(String text) {
        String[] pieces = CLAUSE_BREAK.split(text);
        List<String> terms = TermAnalyzer.terms(pieces.length == 0 ? "" : pieces[pieces.length - 1]);
        return new HashSet<>(terms.subList(Math.max(0, terms.size() - SWAP_WINDOW), terms.size()));
    }

    private static Set<String> firstTerms(String text) {
        String[] pieces = CLAUSE_BREAK.split(text);
        List<String> terms = TermAnalyzer.terms(pieces.length == 0 ? "" : pieces[0]);
        return new HashSet<>(terms.subList(0, Math.min(SWAP_WINDOW, terms.size())));
    }

    private static String lastWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(Math.max(0, words.length - 2), words.length));
    }
}

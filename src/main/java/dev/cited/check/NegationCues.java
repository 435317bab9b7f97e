package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Negation for {@link Polarity}: the cues ("not", "never", "fails to", "neither", "without",
 * "absent", …), their scope, and prefixed antonyms ({@link Antonyms}: "ineffective" against "effective").
 */
final class NegationCues {

    /**
     * Negation cues. "no" counts only before a word ("no recipient"), not as an answer ("No,
     * ..."), and not in capitals ("NO production" is nitric oxide); "nor" is not a cue, so
     * "neither ... nor" and "not ... nor" count once.
     */
    static final Pattern NEGATIONS = Pattern.compile(
            "\\b(?:not|never(?![\\s-]+(?:smok|drink|user|married))|without|none|neither|cannot|unable|nobody|nothing"
                    + "|(?-i:[Nn]o)(?=\\s+[a-z])"
                    + "|\\w+n['’]t|fail(?:s|ed|ing)?\\s+to|lack(?:s|ed|ing)?|struggl(?:e|es|ed|ing)\\s+with"
                    + "|absen(?:t|ce)(?:\\s+of)?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> CHANGE_STEMS = Set.of("chang", "differ", "alter", "affect", "impact", "effect");
    /** "not associated with" denies a link that the other side states as a link or as an effect ("raises the risk"). */
    private static final Set<String> ASSOCIATION_STEMS = Stream.concat(
                    Stream.of("associ", "link", "relat", "correl"), TermAnalyzer.terms("relationship").stream())
            .collect(Collectors.toUnmodifiableSet());
    /** What qualifies a null finding without being it: "no significant relationship", "no statistically significant effect". */
    private static final Set<String> SIGNIFICANCE_STEMS =
            Set.copyOf(TermAnalyzer.terms("significant statistically clear clinically meaningful"));

    /** A relative clause ends a cue's scope: "without a history of infertility who had been trying …". */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which)\\b", Pattern.CASE_INSENSITIVE);

    /** Linking verbs (as analysed stems): a negation of one negates what it links. */
    private static final Set<String> LINKING_VERBS = stems("become became remain seem appear");

    private static final Set<String> SKIPPED_BEFORE_VERB =
            Set.of("be", "been", "significantly", "substantially", "further", "meaningfully");
    /** "Nor" opening a sentence negates it ("Nor does the boost come from …"). */
    private static final Pattern LEADING_NOR = Pattern.compile("\\s*nor\\b", Pattern.CASE_INSENSITIVE);
    /** "May" or "might" right before a negation ("may not automatically mitigate"): a hedge, not a denial. */
    private static final Pattern HEDGE = Pattern.compile("\\b(?:may|might)\\s+$", Pattern.CASE_INSENSITIVE);
    /** An adverb between a negation and the verb it negates ("may not automatically mitigate"). */
    private static final Pattern ADVERB = Pattern.compile(
            "\\b(?!(?:only|early|family|supply|apply|reply|likely|rely|daily|weekly|monthly|yearly|anomaly|assembly)\\b)"
                    + "[a-z]{3,}ly\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NOUN_CUES = Pattern.compile("no\\b|none|neither|without|lack|absen");

    private NegationCues() {}

    private static Set<String> stems(String words) {
        return Set.copyOf(TermAnalyzer.terms(words));
    }

    /**
     * A reason when exactly one of the two aligned clauses is negated (cue counts modulo two);
     * empty when a cue's scope is uncertain. {@code claimWordsAll} and {@code evidenceWordsAll} are
     * the words of the whole claim and evidence the clauses come from.
     */
    static Optional<String> negation(
            Polarity.Clause claim, Polarity.Clause evidence, Set<String> claimWordsAll, Set<String> evidenceWordsAll) {
        Set<String> claimWords = PolarityLexicon.words(claim.text());
        Set<String> evidenceWords = PolarityLexicon.words(evidence.text());
        boolean evidenceDirected = PolarityLexicon.hasDirection(evidence.text());
        boolean claimDirected = PolarityLexicon.hasDirection(claim.text());
        boolean claimNegated = NEGATIONS.matcher(claim.text()).find();
        boolean evidenceNegated = NEGATIONS.matcher(evidence.text()).find();
        Cues claimCues = cues(claim.text(), evidence.terms(), evidenceDirected, evidenceNegated, false);
        Cues evidenceCues = cues(evidence.text(), claim.terms(), claimDirected, claimNegated, evidence.size() > 1);
        claimCues.found().addAll(Antonyms.in(claimWords, evidenceWords, evidenceWordsAll));
        evidenceCues.found().addAll(Antonyms.in(evidenceWords, claimWords, claimWordsAll));
        if (claimCues.uncertain() || evidenceCues.uncertain()) {
            return Optional.empty();
        }
        if (claimCues.found().size() % 2 == evidenceCues.found().size() % 2) {
            return Optional.empty();
        }
        if (claimCues.found().size() % 2 == 1) {
            return Optional.of("the claim says '" + claimCues.found().getFirst()
                    + "' where the source states it without negation");
        }
        return Optional.of(
                "the source says '" + evidenceCues.found().getFirst() + "' where the claim states it without negation");
    }

    /** The negation cues that count, each with the word after it, and whether any was uncertain. */
    private record Cues(List<String> found, boolean uncertain) {}

    /**
     * The negation cues of {@code text} about content of the other side. A noun cue ("no",
     * "without", "neither", "absent", …) counts when one of the next three content terms is in
     * {@code otherTerms}; a verb cue ("not", "fails to", …) when the next content term (the
     * negated word) or a {@link Synonyms synonym} of it is, or is a change verb ("did not change", "did not differ") and the other
     * side states a direction, or is a direction verb ("did not improve") and the other side
     * speaks of a change ("no effect"). A verb cue whose negated word is missing but whose later terms are
     * present is uncertain ("not removed by supervised fine-tuning" against "including supervised
     * fine-tuning"). A cue with no content after it ("which is not always the case") counts. A
     * hedged cue ("may not", "might not"; "could not" is a denial) never counts; it is uncertain when its scope is shared. An
     * adverb between a verb cue and its verb is skipped ("not automatically mitigate").
     */
    private static Cues cues(
            String text, Set<String> otherTerms, boolean otherDirected, boolean otherNegated, boolean window) {
        List<String> out = new ArrayList<>();
        boolean uncertain = false;
        Matcher m = NEGATIONS.matcher(text);
        while (m.find()) {
            if (window && aside(text, m.start(), m.end(), otherTerms)) {
                continue;
            }
            String cue = m.group().toLowerCase(Locale.ROOT);
            List<String> scope = scope(ADVERB.matcher(text.substring(m.end())).replaceAll(" "), 3);
            boolean any = scope.stream().anyMatch(otherTerms::contains);
            if (HEDGE.matcher(text.substring(0, m.start())).find()) {
                uncertain |= any;
                continue;
            }
            boolean counts;
            if (scope.isEmpty()) {
                counts = true;
            } else if (NOUN_CUES.matcher(cue).lookingAt()) {
                // "no effect on the incidence of prostate cancer" denies an effect, not the rates a claim
                // reports for it: a null finding counts against a claim of an effect, link or direction
                String head = scope.stream()
                        .filter(t -> !SIGNIFICANCE_STEMS.contains(t))
                        .findFirst()
                        .orElse(scope.getFirst());
                counts = CHANGE_STEMS.contains(head) || ASSOCIATION_STEMS.contains(head)
                        ? Synonyms.containsOrSynonym(otherTerms, head)
                                || otherDirected
                                || otherTerms.stream().anyMatch(ASSOCIATION_STEMS::contains)
                        : any;
                uncertain |= !counts && any;
            } else {
                String head = scope.getFirst();
                boolean otherStatesChange = otherTerms.stream().anyMatch(CHANGE_STEMS::contains);
                boolean otherLinks = otherTerms.stream().anyMatch(ASSOCIATION_STEMS::contains);
                counts = Synonyms.containsOrSynonym(otherTerms, head)
                        || CHANGE_STEMS.contains(head) && otherDirected
                        || ASSOCIATION_STEMS.contains(head) && (otherDirected || otherLinks)
                        || negatesDirection(text.substring(m.end())) && otherStatesChange;
                long sharedObject =
                        scope.stream().skip(1).filter(otherTerms::contains).count();
                if (!counts && sharedObject >= 2 && !otherNegated) {
                    counts = true;
                }
                uncertain |= !counts && any;
            }
            if (counts) {
                out.add(withNextWord(text, m.start(), m.end()));
            }
        }
        if (LEADING_NOR.matcher(text).lookingAt()) {
            out.add("nor");
        }
        return new Cues(out, uncertain);
    }

    /**
     * Whether the cue at {@code [start, end)} of a window of clauses stands in a concessive clause
     * aside from the claim: one opened by "despite", "although", "while" … that shares fewer than
     * two content terms with it, or only terms the rest of the window holds too ("despite not
     * being associated with disease susceptibility" beside a claim about disease severity). A
     * main clause's negation always counts.
     */
    private static boolean aside(String text, int start, int end, Set<String> claimTerms) {
        int from = 0;
        int to = text.length();
        String opener = "";
        Matcher b = Polarity.CLAUSE_BREAK.matcher(text);
        while (b.find()) {
            if (b.end() <= start) {
                from = b.end();
                opener = b.group();
            } else if (b.start() >= end) {
                to = b.start();
                break;
            }
        }
        if (!Polarity.CONCESSIVE.matcher(opener).matches()) {
            return false;
        }
        Set<String> rest = Polarity.contentTerms(text.substring(0, from) + " " + text.substring(to));
        List<String> shared = Polarity.contentTerms(text.substring(from, to)).stream()
                .filter(claimTerms::contains)
                .toList();
        return shared.size() < 2 || rest.containsAll(shared);
    }

    /**
     * Whether the verb a cue negates is a direction word ("did not improve", "did not
     * significantly reduce"): such a negation says "no change", as "no effect" does on the other
     * side.
     */
    private static boolean negatesDirection(String afterCue) {
        Matcher w = PolarityLexicon.WORD.matcher(afterCue.toLowerCase(Locale.ROOT));
        int seen = 0;
        while (w.find() && seen++ < 3) {
            if (PolarityLexicon.isDirection(w.group())) {
                return true;
            }
            if (!SKIPPED_BEFORE_VERB.contains(w.group())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first {@code k} content terms of the clause that starts {@code text}, up to a relative
     * pronoun, and the first term of a parenthesis that follows them; a linking verb right after the cue is skipped, so that what it links is negated ("do not necessarily
     * become the most similar" negates "similar").
     */
    private static List<String> scope(String text, int k) {
        Matcher end = Polarity.CLAUSE_BREAK.matcher(text);
        String clause = end.find() ? text.substring(0, end.start()) : text;
        Matcher relative = RELATIVE.matcher(clause);
        if (relative.find()) {
            clause = clause.substring(0, relative.start());
        }
        List<String> terms = TermAnalyzer.terms(clause).stream()
                .filter(t -> !PolarityLexicon.IGNORED_STEMS.contains(t))
                .toList();
        boolean linked = terms.size() > 1 && LINKING_VERBS.contains(terms.getFirst());
        if (linked) {
            terms = terms.subList(1, terms.size());
        }
        List<String> out = new ArrayList<>(terms.stream().limit(k).toList());
        // an abbreviation in parentheses right after the negated words names them too:
        // "lacking junctional adhesion molecule A (JAM-A, …)" lacks JAM-A
        int open = clause.indexOf('(');
        if (open >= 0) {
            long before = TermAnalyzer.terms(clause.substring(0, open)).stream()
                            .filter(t -> !PolarityLexicon.IGNORED_STEMS.contains(t))
                            .count()
                    - (linked ? 1 : 0);
            List<String> inside = TermAnalyzer.terms(clause.substring(open + 1));
            if (before <= k && !inside.isEmpty() && !out.contains(inside.getFirst())) {
                out.add(inside.getFirst());
            }
        }
        return out;
    }

    private static String withNextWord(String text, int start, int end) {
        Matcher next = PolarityLexicon.WORD.matcher(text);
        String cue = text.substring(start, end);
        if (next.find(end)) {
            return cue + " " + next.group();
        }
        return cue;
    }
}

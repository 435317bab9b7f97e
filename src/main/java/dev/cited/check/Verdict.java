package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verdict at the start of a statement ("Yes, ...", "No: ...", "Partly: ...", "Largely yes:",
 * "True —", "Not quite.", "It is false that
 * ...", "Source [1] contradicts this claim"), and whether evidence supports or contradicts the
 * claim a yes/no question asks about. Pure and deterministic.
 *
 * @param stance what the verdict says about the question's claim
 * @param text the verdict as written ("Yes", "source [1] contradicts this claim")
 * @param rest the statement after the verdict, without its leading punctuation
 */
public record Verdict(Stance stance, String text, String rest) {

    /** What a verdict, or a piece of evidence, says about a claim. */
    public enum Stance {
        SUPPORTS,
        CONTRADICTS,
        PARTLY,
        NOT_ADDRESSED
    }

    private static final String SOURCE =
            "(?:the\\s+)?(?:sources?|abstracts?|papers?|studies|study)(?:\\s*\\[\\d+(?:\\s*[,;-]\\s*\\d+)*])?";
    private static final List<Rule> RULES = List.of(
            new Rule(
                    "(?:yes,?\\s+(?:in\\s+part|partly|partially)|partly|partially|in\\s+part"
                            + "|(?:mostly|largely|broadly|essentially)(?:,?\\s+yes)?)\\b",
                    Stance.PARTLY),
            new Rule("it\\s+is\\s+(?:partly|partially)\\s+true\\b(?:\\s+that)?", Stance.PARTLY),
            new Rule("it\\s+is\\s+(?:not\\s+true|false|untrue)\\b(?:\\s+that)?", Stance.CONTRADICTS),
            new Rule("it\\s+is\\s+true\\b(?:\\s+that)?", Stance.SUPPORTS),
            new Rule(
                    SOURCE + "\\s+(?:partly|partially)\\s+supports?\\b(?:\\s+(?:this|the)(?:\\s+claim)?)?",
                    Stance.PARTLY),
            new Rule(
                    SOURCE + "\\s+(?:do(?:es)?\\s+not|don['’]t|doesn['’]t)\\s+(?:address|mention|discuss|cover)\\b"
                            + "(?:\\s+(?:this|the)(?:\\s+(?:claim|question))?)?",
                    Stance.NOT_ADDRESSED),
            new Rule(
                    SOURCE + "\\s+(?:contradicts?|refutes?|(?:do(?:es)?\\s+not|don['’]t|doesn['’]t)\\s+support)\\b"
                            + "(?:\\s+(?:this|the)(?:\\s+claim)?)?",
                    Stance.CONTRADICTS),
            new Rule(SOURCE + "\\s+(?:supports?|confirms?)\\b(?:\\s+(?:this|the)(?:\\s+claim)?)?", Stance.SUPPORTS),
            new Rule("yes\\b", Stance.SUPPORTS),
            new Rule("(?:true|correct|that['’]s\\s+(?:right|correct|true))\\b(?=\\s*[,.:;!—–-])", Stance.SUPPORTS),
            new Rule("(?:false|incorrect|not\\s+(?:true|correct|quite))\\b(?=\\s*[,.:;!—–-])", Stance.CONTRADICTS),
            new Rule("no\\b(?=\\s*[,.:;!—–-])", Stance.CONTRADICTS));
    private static final Pattern LEAD =
            Pattern.compile("^[\\s*_#>]*(?:(?:short\\s+answer|verdict)\\s*:[\\s*_]*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_CLAIM = Pattern.compile(
            "^\\s*(?:is\\s+it\\s+(?:true|the\\s+case|correct)|does\\s+it\\s+hold|do\\s+the\\s+sources\\s+(?:show|say))"
                    + "\\s+that\\s+(.+?)[\\s?.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String RIGHT = "(?:right|true|correct|so|supported|accurate)";
    /**
     * A claim put to the reader and asked about ("I read that X — is that right?", "Claim: X.
     * Supported?", "X. true or false?"): the opening and the closing question are not the claim.
     */
    private static final Pattern ASKED_CLAIM = Pattern.compile(
            "^\\s*((?:i\\s+(?:read|heard|saw)(?:\\s+somewhere)?|someone\\s+(?:told\\s+me|said)|apparently)\\s*,?\\s*(?:that\\s+)?"
                    + "|claim\\s*:\\s*)?(.+?)\\s*"
                    + "([.,;:—–-]+\\s*(?:true\\s+or\\s+false|(?:is\\s+)?(?:that|this|it)\\s+" + RIGHT + "|" + RIGHT
                    + ")\\s*\\?+"
                    + "|\\s(?:is\\s+)?(?:that|this|it)\\s+" + RIGHT + "\\s*\\?+|\\strue\\s+or\\s+false\\s*\\?+)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern AUXILIARY_QUESTION = Pattern.compile(
            "^\\s*(?:does|do|did|is|are|was|were|can|could|will|has|have)\\s+(.+?)[\\s?.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern AIM = Pattern.compile(
            "\\b(?:whether|unclear|unknown|to\\s+(?:assess|determine|estimate|examine|investigate|evaluate|test|compare"
                    + "|study|explore|identify|characteri[sz]e))\\b|^\\s*(?:OBJECTIVES?|AIMS?|PURPOSE|CONTEXT|DESIGN|METHODS)\\b"
                    + "|\\?\\s*$",
            Pattern.CASE_INSENSITIVE);
    static final double STATED_SHARE = 0.8;
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s*_,.:;!—–-]+");

    private record Rule(Pattern pattern, Stance stance) {
        Rule(String regex, Stance stance) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), stance);
        }
    }

    /**
     * The verdict {@code statement} starts with, if any. A leading word ("Yes", "No", "Partly")
     * decides the stance even when a source phrase follows ("No, source [1] does not support this
     * claim" is CONTRADICTS); "Yes, in part" is PARTLY.
     */
    public static Optional<Verdict> detect(String statement) {
        Matcher lead = LEAD.matcher(statement);
        int from = lead.lookingAt() ? lead.end() : 0;
        String s = statement.substring(from);
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(s);
            if (m.lookingAt()) {
                String rest = SEPARATOR.matcher(s.substring(m.end())).replaceFirst("");
                return Optional.of(new Verdict(r.stance(), s.substring(0, m.end()), rest));
            }
        }
        return Optional.empty();
    }

    /**
     * The claim a yes/no question asks about, without the "?": the text after "Is it true that"
     * (or "Does it hold that" …), else the question without its leading auxiliary ("Does
     * adversarial training remove backdoors?" asks about "adversarial training remove
     * backdoors"), or a claim put to the reader ("I read that X — is that right?", "Claim: X.
     * Supported?"). Empty for other questions.
     */
    public static Optional<String> questionClaim(String question) {
        Matcher asked = ASKED_CLAIM.matcher(question);
        boolean put = asked.matches() && (asked.group(1) != null || asked.group(3) != null);
        question = put ? asked.group(2) : question;
        Matcher m = QUESTION_CLAIM.matcher(question);
        if (m.matches()) {
            return Optional.of(m.group(1).strip());
        }
        Matcher aux = AUXILIARY_QUESTION.matcher(question);
        if (aux.matches()) {
            return Optional.of(aux.group(1).strip());
        }
        return put ? Optional.of(question.strip()) : Optional.empty();
    }

    /**
     * What {@code evidence} says about {@code claim}: NOT_ADDRESSED when they share too little
     * content ({@link Polarity#sharesContent}); CONTRADICTS when they disagree in polarity or the
     * claim states a quantity the evidence does not; otherwise SUPPORTS. Never PARTLY.
     */
    public static Stance judge(String claim, String evidence) {
        if (!Polarity.sharesContent(claim, evidence)) {
            return Stance.NOT_ADDRESSED;
        }
        if (Polarity.disagreement(claim, evidence).isPresent()
                || !Quantities.unsupported(claim, evidence).isEmpty()) {
            return Stance.CONTRADICTS;
        }
        return Stance.SUPPORTS;
    }

    /**
     * A reason when this verdict says the opposite of what {@code evidence} says about the
     * question's claim; empty when it does not, or when the evidence is not clear enough to
     * tell. The two directions need different proof:
     *
     * <ul>
     *   <li>a SUPPORTS verdict ("Yes") conflicts with evidence that says the opposite of the
     *       claim in words: a negation or an opposite direction about the content they share
     *       ({@link Polarity#disagreement}), or that states the claim's content with another
     *       share ("one in two" against "21%", {@link #otherShare}). Another number missing from
     *       the evidence is not proof of the opposite (another sentence may state it);
     *   <li>a CONTRADICTS verdict ("No") conflicts with evidence that states the claim: it holds
     *       at least {@value #STATED_SHARE} of the claim's content terms, all its numbers and
     *       its direction words ("lose", "increases"), and agrees with it in polarity.
     * </ul>
     *
     * <p>A sentence that states an aim or an open question ("To assess whether …", "… remains
     * unknown") says nothing either way ({@link #statesAim}) and never conflicts. PARTLY and
     * NOT_ADDRESSED verdicts never conflict.
     */
    public Optional<String> conflictWith(String questionClaim, String evidence) {
        if (statesAim(evidence)) {
            return Optional.empty();
        }
        if (stance == Stance.SUPPORTS) {
            return ComparisonGroups.reversed(questionClaim, evidence)
                    .or(() -> otherShare(questionClaim, evidence))
                    .map(why ->
                            "the answer says '" + text + "' but the source contradicts the question's claim: " + why);
        }
        if (stance == Stance.CONTRADICTS
                && (states(questionClaim, evidence) || sharesNegation(questionClaim, evidence))) {
            return Optional.of("the answer says '" + text + "' but the source states the question's claim");
        }
        return Optional.empty();
    }

    /**
     * Why {@code evidence} gives another share than {@code claim} for the same content: it holds
     * {@value #STATED_SHARE} of the claim's content terms and a percentage or ratio, and a share
     * the claim gives is not among them ("one in two trials are discontinued early" against "21%
     * (81/395) were discontinued early").
     */
    private static Optional<String> otherShare(String claim, String evidence) {
        Set<String> claimTerms = ClaimTerms.of(claim);
        claimTerms.removeAll(ClaimTerms.numbers(claimTerms));
        Set<String> evidenceTerms = new HashSet<>(TermAnalyzer.terms(evidence));
        long shared = claimTerms.stream().filter(evidenceTerms::contains).count();
        if (claimTerms.isEmpty() || shared < STATED_SHARE * claimTerms.size()) {
            return Optional.empty();
        }
        boolean evidenceShare = Quantities.extract(evidence).stream().anyMatch(Verdict::share);
        return Quantities.unsupported(claim, evidence).stream()
                .filter(Verdict::share)
                .findFirst()
                .filter(q -> evidenceShare)
                .map(q -> "it gives another share than " + q.text());
    }

    private static boolean share(Quantity q) {
        return q.unit() == Quantity.Unit.PERCENT || q.unit() == Quantity.Unit.RATIO;
    }

    /** Whether {@code evidence} states {@code claim} outright (see {@link #conflictWith}). */
    static boolean states(String claim, String evidence) {
        Set<String> claimTerms = ClaimTerms.of(claim);
        Set<String> evidenceTerms = new HashSet<>(TermAnalyzer.terms(evidence));
        long shared = claimTerms.stream().filter(evidenceTerms::contains).count();
        boolean sameDirections = PolarityLexicon.directionWords(claim).stream()
                .flatMap(w -> TermAnalyzer.terms(w).stream())
                .allMatch(evidenceTerms::contains);
        return !claimTerms.isEmpty()
                && shared >= STATED_SHARE * claimTerms.size()
                && sameDirections
                && Polarity.disagreement(claim, evidence).isEmpty()
                && Quantities.unsupported(claim, evidence).isEmpty();
    }

    /**
     * Whether {@code evidence} states a negated claim in its own words: both negate ("has no
     * affinity for phospholipids", "did not bind phospholipids"), they are about the same content
     * ({@link Polarity#sharesContent}) and agree in polarity.
     */
    static boolean sharesNegation(String claim, String evidence) {
        return NegationCues.NEGATIONS.matcher(claim).find()
                && NegationCues.NEGATIONS.matcher(evidence).find()
                && Polarity.sharesContent(claim, evidence)
                && Polarity.disagreement(claim, evidence).isEmpty();
    }

    /**
     * Whether {@code sentence} states an aim, a method heading or an open question rather than a
     * finding: "OBJECTIVE To assess whether …", "it is unclear whether …", "… remains unknown",
     * a question.
     */
    static boolean statesAim(String sentence) {
        return AIM.matcher(sentence).find();
    }
}

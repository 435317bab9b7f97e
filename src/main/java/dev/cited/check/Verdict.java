package dev.cited.check;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verdict at the start of a statement ("Yes, ...", "No: ...", "Partly: ...", "It is false that
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
                    "(?:yes,?\\s+(?:in\\s+part|partly|partially)|partly|partially|in\\s+part|mostly)\\b",
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
            new Rule("no\\b(?=\\s*[,.:;!—–-])", Stance.CONTRADICTS));
    private static final Pattern LEAD =
            Pattern.compile("^[\\s*_#>]*(?:(?:short\\s+answer|verdict)\\s*:[\\s*_]*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_CLAIM = Pattern.compile(
            "^\\s*(?:is\\s+it\\s+(?:true|the\\s+case|correct)|does\\s+it\\s+hold|do\\s+the\\s+sources\\s+(?:show|say))"
                    + "\\s+that\\s+(.+?)[\\s?.]*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
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

    /** The claim a yes/no question asks about: the text after "Is it true that", without the "?". */
    public static Optional<String> questionClaim(String question) {
        Matcher m = QUESTION_CLAIM.matcher(question);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
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
     * question's claim: SUPPORTS over contradicting evidence, or CONTRADICTS over supporting
     * evidence. Empty for PARTLY and NOT_ADDRESSED verdicts and for evidence that does not
     * address the claim.
     */
    public Optional<String> conflictWith(String questionClaim, String evidence) {
        Stance found = judge(questionClaim, evidence);
        if (stance == Stance.SUPPORTS && found == Stance.CONTRADICTS) {
            String why = Polarity.disagreement(questionClaim, evidence)
                    .orElse("the claim states a number the source does not");
            return Optional.of(
                    "the answer says '" + text + "' but the source contradicts the question's claim: " + why);
        }
        if (stance == Stance.CONTRADICTS && found == Stance.SUPPORTS) {
            return Optional.of("the answer says '" + text + "' but the source states the question's claim");
        }
        return Optional.empty();
    }
}

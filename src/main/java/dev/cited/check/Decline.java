package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a statement declines to answer the whole question, as models phrase it: "The sources do
 * not answer this question.", "The sources do not address whether …", "None of the provided
 * sources …", "I cannot determine …", "There is no evidence in the sources …", "The abstracts
 * provide no information on this." Pure and deterministic.
 *
 * <p>A statement that the sources are silent on one named thing ("The sources do not give the
 * learning rate") is not a decline: it is a statement of absence ({@link AbsenceStatement}) that
 * a partial answer may contain. Only a silence about the question itself ("this question", "the
 * claim", "this", "whether …"), the sources as a whole ("none of the sources address …", "I cannot determine …"), or
 * a lack of evidence in the sources as a whole counts; and, as a reply's opening, a silence about
 * what the question asks ({@link #opensWithSilenceOn}).
 */
final class Decline {

    private static final String WHO = "(?:the\\s+|these\\s+)?(?:provided\\s+|given\\s+|retrieved\\s+|available\\s+)?"
            + "(?:sources?|abstracts?|papers?|documents?|studies|context|excerpts?)";
    private static final String NOT = "(?:do(?:es)?\\s+not|don['’]t|doesn['’]t|cannot|can['’]t|fail\\s+to)";
    private static final String ABOUT_QUESTION =
            "(?:(?:this|the|that|your)\\s+(?:question|claim|query)|this|that|it|whether\\b.*|if\\b.*"
                    + "|(?:that|this|such\\s+an?|the\\s+requested)\\s+(?:number|figure|value|percentage|share|rate"
                    + "|information|detail|list|answer))";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^" + WHO + "\\s+" + NOT + "\\s+(?:directly\\s+|clearly\\s+|explicitly\\s+)?"
                    + "(?:(?:answer|address|say|tell|settle|resolve|cover|discuss|mention|give|report|provide|state"
                    + "|include|confirm|refute|verify|establish)(?:\\s+or\\s+\\w+)?|support\\s+an\\s+answer\\s+to"
                    + "|contain\\s+(?:an\\s+answer|the\\s+answer|enough)|provide\\s+(?:an\\s+answer|the\\s+answer|enough))"
                    + "(?:\\s+(?:to|on|about))?(?:\\s+" + ABOUT_QUESTION + "(?:\\s+(?:for|in|among)\\s+.+)?)?\\s*$"),
            // a clause after a silence: "…, so they can't confirm this", "…, so it doesn't answer this question"
            Pattern.compile("^(?:so\\s+)?(?:it|they)\\s+" + NOT + "\\s+(?:directly\\s+)?(?:answer|address|settle"
                    + "|resolve|confirm|refute|verify|establish|say|tell)(?:\\s+or\\s+\\w+)?\\s+"
                    + "(?:(?:this|the)\\s+(?:question|claim)|this|that|whether\\b.*)$"),
            Pattern.compile("^" + WHO + "\\s+(?:provide|give|contain|offer)s?\\s+no\\s+"
                    + "(?:information|evidence|answer|data)(?:\\s+(?:on|about|to|regarding)\\s+" + ABOUT_QUESTION
                    + ")?\\s*$"),
            Pattern.compile("^(?:none\\s+of\\s+|no\\s+)" + WHO + "\\s+(?:directly\\s+|clearly\\s+|explicitly\\s+)?"
                    + "(?:(?:answers?|address(?:es)?)\\b.*|\\w+\\s+" + ABOUT_QUESTION + ")"),
            Pattern.compile(
                    "^(?:(?:so|therefore|thus|hence),?\\s+)?i\\s+(?:cannot|can['’]t|could\\s+not|couldn['’]t|am\\s+unable\\s+to"
                            + "|am\\s+not\\s+able\\s+to)"
                            + "\\s+(?:determine|answer|tell|say|find|confirm|verify|assess|judge|give|provide|list"
                            + "|report|settle)\\b.*"),
            Pattern.compile("^(?:it|this|that|they|these|the\\s+claim|this\\s+(?:particular\\s+)?\\w+)\\s+"
                    + "(?:cannot|can't|could\\s+not)\\s+be\\s+(?:determined|answered|listed|given|confirmed|established"
                    + "|verified|assessed|judged|said)\\b.*"),
            Pattern.compile("^there\\s+(?:is|was)\\s+(?:no|not\\s+enough|insufficient)\\s+(?:\\w+\\s+)?"
                    + "(?:evidence|information|data)\\s+(?:in|from)\\s+" + WHO + "\\b.*"),
            Pattern.compile(
                    "^(?:it\\s+is\\s+)?not\\s+(?:possible\\s+to\\s+(?:determine|say|tell|answer)|addressed)\\b.*"),
            Pattern.compile("^(?:(?:it|this|that|the\\s+(?:question|claim))\\s+(?:is\\s+not|isn't)|not)"
                    + "\\s+(?:directly\\s+|clearly\\s+|explicitly\\s+)?(?:addressed|answered|covered)\\b.*"));
    private static final Pattern SILENT_ON = Pattern.compile("^" + WHO + "\\s+(?:" + NOT
            + "\\s+(?:give|say(?:\\s+(?:which|what|how|whether|when|where|who))?|report|state|mention|provide|include"
            + "|describe|contain|specify|address|discuss|name|list|identify|enumerate|detail|quantify)"
            + "|(?:provide|give|contain|offer|include|report)s?\\s+no)\\s+(?<x>.+)$"
            + "|^(?:neither|none\\s+of)\\s+(?:the\\s+)?(?:two\\s+)?(?:sources?|abstracts?|papers?|studies|documents?)"
            + "\\s+(?:reports?|gives?|says?|mentions?|states?|provides?|includes?|describes?|contains?|specif(?:y|ies)"
            + "|address(?:es)?|discuss(?:es)?|names?|lists?)\\s+(?<y>.+)$");
    /** An opening that says the answer is not there before saying what is: "Not directly: neither source reports …". */
    private static final Pattern NOT_DIRECTLY = Pattern.compile(
            "^[\\s*_#>]*not\\s+(?:directly|explicitly)[*_]*\\s*(?:[:.]|\\s[—–-])", Pattern.CASE_INSENSITIVE);

    /** How much of the question a silence must be about to decline it. */
    static final double QUESTION_SHARE = 0.5;
    /** ... and how much of the question, unless it names what a wh-question asks for. */
    static final double ASKED_SHARE = 0.3;

    private static final Pattern WH = Pattern.compile(
            "\\s*(?:what|which|who|when|where|how\\s+many|how\\s+much)\\s+(?:(?:is|are|was|were|did|does|do)\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TAIL = Pattern.compile("(?:\\s*\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*])*[\\s.!:;*_]*$");
    private static final Pattern LEAD = Pattern.compile("^[\\s*_#>]+");
    /** An opening that only says where the reply looks: "Based on the provided sources, …". */
    private static final Pattern WHERE_FROM = Pattern.compile(
            "^(?:based\\s+on|according\\s+to|from)\\s+" + WHO + "\\s*[,:]\\s*", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSES = Pattern.compile("\\s*(?:[:;]|\\s[—–-]\\s|,\\s*so\\s)\\s*");

    private Decline() {}

    /** Whether {@code statement} declines to answer the question (see the class doc). */
    static boolean declines(String statement) {
        if (NOT_DIRECTLY.matcher(statement).lookingAt()) {
            return true;
        }
        String s = normal(statement);
        if (s.contains(" but ") || s.contains(" however")) {
            return false;
        }
        // the whole statement, or one of its clauses: "The sources don't answer this: neither reports …",
        // "The abstracts include no figures, so I can't answer this from these sources."
        return Stream.concat(Stream.of(s), Arrays.stream(CLAUSES.split(s)))
                .anyMatch(c -> PATTERNS.stream().anyMatch(p -> p.matcher(c).matches()));
    }

    /**
     * Whether {@code statement}, the reply's opening statement, says the sources are silent on
     * what {@code question} asks: "The sources do not give GPT-Neo's results on competition-level
     * problems." for "What fraction of competition-level APPS problems can GPT-Neo solve?" (at
     * least {@value #QUESTION_SHARE} of the silence's content terms are the question's, and they
     * are {@value #ASKED_SHARE} of the question's or include what a wh-question asks for: "The
     * abstracts don't say which GPUs were used" for "What GPUs were the models trained on?"), or
     * declines outright ({@link #declines}). A reply that opens so declines, whatever
     * context it cites after.
     */
    static boolean opensWithSilenceOn(String statement, String question) {
        if (declines(statement)) {
            return true;
        }
        if (question == null) {
            return false;
        }
        Matcher m = SILENT_ON.matcher(CLAUSES.split(normal(statement))[0]);
        if (!m.matches()) {
            return false;
        }
        Set<String> asked = ClaimTerms.of(question);
        Set<String> silent = ClaimTerms.of(m.group("x") != null ? m.group("x") : m.group("y"));
        long shared = silent.stream().filter(asked::contains).count();
        return shared > 0
                && shared >= QUESTION_SHARE * silent.size()
                && (shared >= ASKED_SHARE * asked.size()
                        || focus(question).filter(silent::contains).isPresent());
    }

    /** The first term a wh-question asks about ("gpu" in "What GPUs were the models trained on?"). */
    private static Optional<String> focus(String question) {
        Matcher m = WH.matcher(question);
        return m.lookingAt()
                ? TermAnalyzer.terms(question.substring(m.end())).stream().findFirst()
                : Optional.empty();
    }

    private static String normal(String statement) {
        String unlabelled = CitationChecker.withoutLabel(statement.replace("*", ""));
        return WHERE_FROM
                .matcher(TAIL.matcher(LEAD.matcher(unlabelled).replaceFirst("")).replaceFirst(""))
                .replaceFirst("")
                .replace('’', '\'')
                .toLowerCase(java.util.Locale.ROOT)
                .strip();
    }
}

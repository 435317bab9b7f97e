package dev.cited.select;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kind of answer a question asks for, read from its wording, and whether a sentence holds
 * that kind of answer. Detection is ordered: a question that asks for a number ("how many",
 * "what share", "what rate") is {@link #NUMBER} even when it starts with "what is"; a question
 * that starts with an auxiliary verb ("does", "is", "can") is a {@link #FINDING} unless it
 * compares ({@link #COMPARISON}); "why", "what limitation/causes …" ask for a {@link #REASON}.
 * Statements (SciFact claims) are {@link #NONE}.
 */
public enum AnswerType {
    NUMBER,
    DATE,
    COMPARISON,
    METHOD,
    DEFINITION,
    FINDING,
    REASON,
    NONE;

    private static final Pattern NUMBER_QUESTION = Pattern.compile("\\b(how (many|much|large|long|often|big|fast|small)"
            + "|what (number|share|proportion|fraction|percentage|percent|rate|ratio|size|accuracy|score|value|"
            + "prevalence|risk|odds|incidence|speed ?up|reduction|increase)|by how|what (was|is|were|are) the "
            + "(\\w+ )?(rate|number|share|proportion|percentage|ratio|accuracy|score|size|prevalence|risk|odds|"
            + "incidence)|at what|how high|how low|what fraction)\\b");
    private static final Pattern DATE_QUESTION = Pattern.compile("^(when)\\b|\\b(what|which) (year|decade|date)\\b");
    private static final Pattern COMPARISON_QUESTION = Pattern.compile(
            "\\b(compared?|comparison|than|versus|vs\\.?|better|worse|outperforms?|difference between|differ)\\b");
    private static final Pattern METHOD_QUESTION = Pattern.compile(
            "\\b(which|what) (\\w+ )?(method|model|approach|"
                    + "technique|algorithm|architecture|approximation|objective|loss|dataset|benchmark|mechanism|procedure|"
                    + "strategy|framework|tool|protocol|pathway|gene|protein|drug|treatment)s?\\b|^how (do|does|did|can|is|are)\\b");
    private static final Pattern DEFINITION_QUESTION = Pattern.compile(
            "^(what (is|are|does|do) )|\\b(define|definition|mean by|refers? to|what does .* (measure|mean|capture))");
    private static final Pattern REASON_QUESTION = Pattern.compile("^(why|how come)\\b|^(what|which)\\b.*\\b(explains?|"
            + "causes?|drives?|reasons?|limitations?|drawbacks?|weakness(es)?|blind spots?|problems?|fall short|fails?|"
            + "goes wrong|go wrong)\\b");
    /** A question as people type it: a question mark, or opening with a question word or an auxiliary verb. */
    private static final Pattern QUESTION = Pattern.compile("\\?\\s*$|^(what|which|who|whom|whose|when|where|why|how|"
            + "is|are|does|do|did|can|could|was|were|has|have|had|will|would|should|may|might|tell me|list|name|explain|"
            + "describe)\\b");

    private static final Pattern FINDING_QUESTION =
            Pattern.compile("^(is|are|does|do|did|can|could|was|were|has|have|had|will|would|should|may|might)\\b");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|half|third|quarter|dozen|hundred|thousand|"
                    + "million|billion|percent|fold)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    private static final Pattern COMPARATIVE = Pattern.compile("\\b(than|compared|comparison|versus|vs|outperform\\w*|"
            + "higher|lower|greater|fewer|more|less|better|worse|superior|inferior|increased|decreased|reduced|"
            + "fold|relative to|whereas|while)\\b");
    private static final Pattern NAMED = Pattern.compile("\\b([A-Z][a-z]*[A-Z][A-Za-z0-9-]*|[A-Z]{2,}[A-Za-z0-9-]*|"
            + "[A-Za-z]+-\\d+[A-Za-z0-9-]*)\\b|\\b(we (propose|introduce|present|use|develop|apply)|using|based on|"
            + "called|named)\\b");
    private static final Pattern DEFINING =
            Pattern.compile("\\b(is|are) (a|an|the) |, (a|an) |\\b(refers? to|defined as|"
                    + "we define|measures?|quantif(y|ies)|captures?|consists? of|denotes?|i\\.e\\.|that is,)\\b|:");
    private static final Pattern REASONING = Pattern.compile("\\b(because|due to|since|as a result|owing to|"
            + "caused by|thus|therefore|hence|so that|unlike|however|but|whereas|although|limit\\w*|fail\\w*|"
            + "cannot|lack\\w*|suffer\\w*|struggle\\w*|by \\w+ing)\\b");
    private static final Pattern FINDING_SENTENCE =
            Pattern.compile("\\b(we (find|found|show|showed|demonstrate|observe|"
                    + "observed|report)|results? (show|showed|suggest|indicate|demonstrate)|(was|were|is|are) (not )?"
                    + "(associated|correlated|linked|significant)|significantly|did not|does not|no (significant|difference|"
                    + "effect|association)|increased|decreased|reduced|improved|conclusions?|in conclusion|suggests?|"
                    + "indicates?)\\b");

    /** Analysed-term cues of a comparative sentence (used with {@link #tokenHolds}). */
    private static final Set<String> COMPARATIVE_TERMS = Set.of(
            "than",
            "compar",
            "versu",
            "vs",
            "outperform",
            "higher",
            "lower",
            "greater",
            "fewer",
            "more",
            "less",
            "better",
            "wors",
            "superior",
            "inferior",
            "fold",
            "rel");

    /** The type {@code question} asks for. */
    public static AnswerType of(String question) {
        String q = question.strip().toLowerCase(Locale.ROOT);
        if (NUMBER_QUESTION.matcher(q).find()) {
            return NUMBER;
        }
        if (DATE_QUESTION.matcher(q).find()) {
            return DATE;
        }
        if (COMPARISON_QUESTION.matcher(q).find()) {
            return COMPARISON;
        }
        if (FINDING_QUESTION.matcher(q).find()) {
            return FINDING;
        }
        if (REASON_QUESTION.matcher(q).find()) {
            return REASON;
        }
        if (METHOD_QUESTION.matcher(q).find()) {
            return METHOD;
        }
        if (DEFINITION_QUESTION.matcher(q).find()) {
            return DEFINITION;
        }
        return NONE;
    }

    /**
     * Whether {@code text} is put as a question rather than stated as a claim: a question mark, a
     * question word or auxiliary verb first, or, without a closing period, wording that asks for
     * an answer type ("grrm ranking accuracy vs baselines"). A claim to check ("Cognitive
     * behavioral therapy is an ineffective treatment for insomnia") is not a question.
     */
    public static boolean isQuestion(String text) {
        String q = text.strip().toLowerCase(Locale.ROOT);
        return QUESTION.matcher(q).find() || (!q.endsWith(".") && of(q) != NONE);
    }

    /** Whether {@code sentence} holds an answer of this type; {@link #NONE} is held by none. */
    public boolean holds(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return switch (this) {
            case NUMBER ->
                DIGIT.matcher(sentence).find() || NUMBER_WORD.matcher(lower).find();
            case DATE -> YEAR.matcher(sentence).find();
            case COMPARISON -> COMPARATIVE.matcher(lower).find();
            case METHOD -> NAMED.matcher(sentence).find();
            case DEFINITION -> DEFINING.matcher(lower).find();
            case FINDING -> FINDING_SENTENCE.matcher(lower).find();
            case REASON -> REASONING.matcher(lower).find();
            case NONE -> false;
        };
    }

    /**
     * Whether analysed term {@code term} is itself an answer of this type (a number, a year, a
     * comparative), for finding one near the question's terms; false for the types a single term
     * cannot show.
     */
    boolean tokenHolds(String term) {
        return switch (this) {
            case NUMBER -> DIGIT.matcher(term).find();
            case DATE -> YEAR.matcher(term).matches();
            case COMPARISON -> COMPARATIVE_TERMS.contains(term);
            default -> false;
        };
    }

    /**
     * Whether an answer of this type lies within {@code window} terms of a question term in the
     * analysed {@code terms} of a sentence. For types no single term shows, whether the sentence
     * {@link #holds} the type and shares a term with the question.
     */
    boolean near(List<String> terms, Set<String> questionTerms, String sentence, int window) {
        if (this == NONE) {
            return false;
        }
        if (this != NUMBER && this != DATE && this != COMPARISON) {
            return holds(sentence) && terms.stream().anyMatch(questionTerms::contains);
        }
        for (int i = 0; i < terms.size(); i++) {
            if (tokenHolds(terms.get(i)) && !questionTerms.contains(terms.get(i))) {
                for (int j = Math.max(0, i - window); j <= Math.min(terms.size() - 1, i + window); j++) {
                    if (j != i && questionTerms.contains(terms.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

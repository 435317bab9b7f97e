package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that a source does not say something: "the abstract does not mention X", "source
 * [2] does not address X", "none of the sources report X", "there is no information about X",
 * "neither [2] nor [3] reports X". The checker can then verify that X's content terms are really
 * absent from the cited abstract. Pure and deterministic.
 *
 * @param subject who is said to be silent, as written ("Source [3]", "the abstract", "none of the
 *     sources"); empty for "there is no information about X"
 * @param missing X, as written, without citation markers and final punctuation
 */
public record AbsenceStatement(String subject, String missing) {

    private static final String VERB = "(?:mention|address|report|discuss|stud(?:y|ied)|estimate|compare|describe"
            + "|include|provide|give|contain|cover|examine|evaluate|assess|investigate|measure|specify|state"
            + "|say\\s+anything\\s+(?:about|on)|say\\s+(?:whether|how|what))(?:e?s)?(?:\\s+(?:on|about))?";
    private static final String WHO = "(?:the\\s+|its\\s+|this\\s+)?(?:abstracts?|papers?|sources?|stud(?:y|ies)|"
            + "articles?|authors?)(?:\\s*\\[\\d+])?(?:\\s+and\\s+\\[\\d+])*|sources?\\s*\\[\\d+](?:\\s*(?:and|,)\\s*\\[\\d+])*"
            + "|it|they";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile(
                    "(?<who>\\b(?:" + WHO + "))\\s+(?:do(?:es)?\\s+not|don['’]t|doesn['’]t|never)\\s+" + VERB
                            + "\\s+(?<x>.+)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "(?<who>\\b(?:none|neither)\\s+of\\s+(?:the\\s+)?(?:sources|abstracts|papers|studies)"
                            + "|no\\s+(?:source|abstract|paper|study)|neither\\s+\\[\\d+]\\s+nor\\s+\\[\\d+])\\s+"
                            + VERB + "\\s+(?<x>.+)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "(?<who>)there\\s+is\\s+no\\s+(?:information|mention|data|evidence|discussion)\\s+"
                            + "(?:about|on|of|regarding|concerning)\\s+(?<x>.+)",
                    Pattern.CASE_INSENSITIVE));
    private static final Pattern TAIL = Pattern.compile("(?:\\s*\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*])*[\\s.;:!]*$");

    /** The absence {@code statement} states, if it states one; the first one when it states several. */
    public static Optional<AbsenceStatement> detect(String statement) {
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(statement);
            if (m.find()) {
                String missing = TAIL.matcher(m.group("x")).replaceFirst("").strip();
                if (!missing.isEmpty()) {
                    return Optional.of(new AbsenceStatement(m.group("who").strip(), missing));
                }
            }
        }
        return Optional.empty();
    }

    /** The analysed content terms of {@link #missing}, in order, without repeats. */
    public Set<String> missingTerms() {
        return new LinkedHashSet<>(TermAnalyzer.terms(missing));
    }

    /**
     * The terms of {@link #missing} that {@code sourceText} does contain; empty when the source is
     * indeed silent on them.
     */
    public Set<String> presentIn(String sourceText) {
        Set<String> present = new LinkedHashSet<>(missingTerms());
        present.retainAll(Set.copyOf(TermAnalyzer.terms(sourceText)));
        return present;
    }
}

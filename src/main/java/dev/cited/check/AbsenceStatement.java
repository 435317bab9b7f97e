package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
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
 * absent from the cited abstract. A statement may assert something before it states the absence
 * ("Source [2] reports a cocktail that converts fibroblasts, but it does not list the
 * molecules"): that {@link #head} is a claim of its own, which the source must support too. Pure
 * and deterministic.
 *
 * @param subject who is said to be silent, as written ("Source [3]", "the abstract", "none of the
 *     sources"); empty for "there is no information about X"
 * @param missing X, as written, without citation markers and final punctuation
 * @param head what the statement asserts before the absence, as written, without the connective
 *     that joins them ("…, but"); empty when it asserts nothing else
 */
public record AbsenceStatement(String subject, String missing, String head) {

    private static final String VERB = "(?:mention|address|report|discuss|stud(?:y|ied)|estimate|compare|describe"
            + "|include|provide|give|contain|cover|examine|evaluate|assess|investigate|measure|specify|state"
            + "|name|list|identify|detail|look\\s+at|test|involve"
            + "|say\\s+anything\\s+(?:about|on)|say\\s+(?:whether|how|what|which|who|when|where|why))(?:e?s)?"
            + "(?:\\s+(?:on|about))?";
    private static final String WHO =
            "(?:the\\s+|its\\s+|this\\s+)?(?:(?!(?:but|and|or|yet|so|while|although|though)\\b)[\\w'’-]+\\s+){0,3}?(?:abstracts?|papers?|sources?|stud(?:y|ies)|"
                    + "articles?|authors?|reviews?|trials?)(?:\\s+in)?(?:\\s*\\[\\d+])?(?:\\s+and\\s+\\[\\d+])*|sources?\\s*\\[\\d+](?:\\s*(?:and|,)\\s*\\[\\d+])*"
                    + "|it|they";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile(
                    "(?<who>\\b(?:" + WHO + "))\\s+(?:do(?:es)?\\s+not|don['’]t|doesn['’]t|never)\\s+" + VERB
                            + "\\s+(?<x>.+)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "(?<who>\\b(?:none|neither)\\s+of\\s+(?:the\\s+)?(?:sources|abstracts|papers|studies)"
                            + "|no\\s+(?:source|abstract|paper|study)"
                            + "|neither\\s+(?:[\\w-]+\\s+){0,2}?(?:source|abstract|paper|study)(?:\\s*\\[\\d+])*"
                            + "|neither\\s+\\[\\d+]\\s+nor\\s+\\[\\d+])\\s+"
                            + VERB + "\\s+(?<x>.+)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "(?<who>\\b(?:" + WHO + "))\\s+(?:report|mention|give|provide|describe|list|include)s?\\s+"
                            + "(?:no|none\\s+of)\\s+(?<x>.+)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "(?<who>)there\\s+is\\s+no\\s+(?:information|mention|data|evidence|discussion)\\s+"
                            + "(?:about|on|of|regarding|concerning)\\s+(?<x>.+)",
                    Pattern.CASE_INSENSITIVE));
    static final double MENTIONED_SHARE = 0.75;
    /** Words that pick out what is missing without being part of it ("its model with any baseline"). */
    private static final Set<String> DETERMINERS = Set.copyOf(
            TermAnalyzer.terms("its any all some each every own his her our their them which what how whether who"));

    private static final Pattern COLLECTIVE =
            Pattern.compile("(?i)(?:the\\s+)?(?:sources|abstracts|papers|studies)|(?:none|neither)\\s+of\\s+.*"
                    + "|neither\\s+.*|no\\s+(?:source|abstract|paper|study)");
    /** What joins a head to its absence at the head's end: punctuation, markers, a conjunction. */
    private static final Pattern JOIN = Pattern.compile(
            "(?i)(?:[\\s,;:—–-]|\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*])*(?:\\b(?:and|but|so|yet|while|whereas|although|though)\\s*)?$");
    /** A head of fewer words than this ("Importantly,", "Notably, however,") claims nothing. */
    private static final int MIN_HEAD_WORDS = 3;

    private static final Pattern TAIL = Pattern.compile("(?:\\s*\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*])*[\\s.;:!]*$");

    /** The absence {@code statement} states, if it states one; the first one when it states several. */
    public static Optional<AbsenceStatement> detect(String statement) {
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(statement);
            if (m.find()) {
                String missing = TAIL.matcher(m.group("x")).replaceFirst("").strip();
                if (!missing.isEmpty()) {
                    String head =
                            JOIN.matcher(statement.substring(0, m.start("who"))).replaceFirst("");
                    return Optional.of(new AbsenceStatement(m.group("who").strip(), missing, head));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the statement is about every source at once ("the sources do not say X", "neither
     * abstract gives X", "there is no information about X"), so that it needs no marker.
     */
    public boolean aboutAllSources() {
        return subject.isEmpty() || COLLECTIVE.matcher(subject).matches();
    }

    /**
     * Null when X is really absent from {@code paper}: no sentence of any version holds {@value
     * #MENTIONED_SHARE} or more of X's content terms; else why not.
     */
    public String mentionIn(Paper paper) {
        int wanted = missingTerms().size();
        if (wanted == 0) {
            return "it does not say what is missing";
        }
        for (PaperVersion v : paper.versions()) {
            for (String sentence : Sentences.split(v.text())) {
                Set<String> present = presentIn(sentence);
                if (present.size() >= Math.max(1, Math.ceil(MENTIONED_SHARE * wanted))) {
                    return "it does mention " + String.join(", ", present);
                }
            }
        }
        return null;
    }

    /** Empty when X is absent from every one of {@code sources}; else which one mentions it. */
    public Optional<String> mentionIn(NumberedSources sources) {
        for (NumberedSources.Entry e : sources.entries()) {
            String why = mentionIn(e.paper());
            if (why != null) {
                return Optional.of("source [" + e.n() + "]: " + why);
            }
        }
        return Optional.empty();
    }

    /**
     * The claim the statement makes besides the absence: its {@link #head} without a label ("Short
     * answer:") or a verdict ("No —"), when that leaves {@value #MIN_HEAD_WORDS} words or more and
     * a content term.
     */
    public Optional<String> claim() {
        String label = CitationChecker.withoutLabel(MarkdownText.plain(head).strip());
        String claim = Verdict.detect(label).map(Verdict::rest).orElse(label).strip();
        boolean claims = claim.split("\\s+").length >= MIN_HEAD_WORDS
                && !ClaimTerms.of(claim).isEmpty();
        return claims ? Optional.of(claim) : Optional.empty();
    }

    /** The analysed content terms of {@link #missing} (determiners aside), in order, without repeats. */
    public Set<String> missingTerms() {
        Set<String> terms = new LinkedHashSet<>(TermAnalyzer.terms(missing));
        terms.removeAll(DETERMINERS);
        return terms;
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

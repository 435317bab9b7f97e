package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement of what a source is about, often joined to what it leaves out: "Source [2]
 * examines DNA methylation after exposure to traffic particles and does not measure anxiety",
 * "Source [2] covers English ICUs from 2011 to 2015; it reports no incidence trend", "Source [2]
 * concerns gastric banding rather than drugs" (what it is not about is not checked), "Source [2], on
 * SOD1 in yeast, is unrelated to viral editing". Models write
 * these to say why a listed paper does not settle a question. The scope is not one sentence of
 * the abstract but the abstract as a whole, so it is checked against the whole paper: its title
 * and text must hold nearly all the scope's content terms and every number it gives; the absence,
 * when there is one, is checked as an {@link AbsenceStatement}. Pure and deterministic.
 *
 * @param scope what the source is said to be about, as written
 * @param absence what it is said to leave out, if the statement says so
 */
record ScopeStatement(String scope, Optional<AbsenceStatement> absence) {

    /** Share of the scope's content terms the paper must hold. */
    static final double SCOPE_RECALL = 0.8;

    /**
     * That a source does not bear on the question: "is not relevant here", "isn't needed to answer
     * this", "is unrelated to viral editing", "doesn't bear on this question".
     */
    private static final String IRRELEVANT =
            "(?:(?:is|was|it['’]s)\\s+(?:unrelated|irrelevant|not\\s+(?:relevant|about|needed))"
                    + "|isn['’]t\\s+(?:relevant|about|needed)|(?:does\\s+not|doesn['’]t)\\s+bear\\s+on)(?:\\s+[^,;]+?)?";

    /** Who the statement is about: "Source [2]", "[2]", "The rabbit study in [2]", "The second source, APPS,". */
    private static final String SUBJECT =
            "(?:source\\s*\\[\\d+]|\\[\\d+]|the\\s+(?:[\\w-]+\\s+){0,3}?(?:source|paper|study"
                    + "|abstract|review|trial|article|analysis|report|survey)(?:\\s+(?:in\\s+)?\\[\\d+])?(?:,\\s+[^,;]{1,40},)?)";

    private static final Pattern STATEMENT = Pattern.compile(
            "^" + SUBJECT
                    + "\\s+(?:is\\s+(?:a|an|about)|was\\s+(?:a|an)|describe[sd]|examine[sd]|cover(?:s|ed)|review(?:s|ed)"
                    + "|stud(?:ies|ied)|concern(?:s|ed)|discuss(?:es|ed)|evaluate[sd]|assess(?:es|ed)|investigate[sd]"
                    + "|analy[sz]e[sd]|compare[sd]|measure[sd]|count(?:s|ed)|reports\\s+on|focus(?:es|ed)\\s+on"
                    + "|deals\\s+with)"
                    + "\\s+(?<scope>.+?)(?:,?\\s+(?:rather\\s+than|instead\\s+of)\\s+[^,;]+?|,\\s+not\\s+[^,;]+?"
                    + "|,?\\s+(?:and|so)\\s+(?:it\\s+)?" + IRRELEVANT + ")?"
                    + "(?:(?:\\s*[,;]\\s*|\\s+)(?:and|but|so)?\\s*(?:it\\s+|they\\s+)?(?<neg>does\\s+not|doesn['’]t|do\\s+not"
                    + "|did\\s+not|didn['’]t|never"
                    + "|(?:gives|reports|provides|offers|has|includes|contains|mentions|lists)\\s+no"
                    + "|(?:says|contains)\\s+nothing\\s+(?:about|on))\\s+(?<rest>.+))?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Source [2], on SOD1 in yeast, is unrelated to viral editing" / "…, does not concern Cnn1";
     * "Source [2], an American Heart Association statement on air pollution, is not relevant here".
     */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^(?:source\\s*\\[\\d+]|\\[\\d+]|the\\s+(?:[\\w-]+\\s+){0,3}?(?:source|paper|study|abstract|review|trial"
                    + "|article|analysis|report|survey)(?:\\s+(?:in\\s+)?\\[\\d+])?),\\s+(?:on|about|which\\s+(?:studies"
                    + "|covers|concerns|examines|describes|reports)|(?=an?\\s|the\\s))\\s*(?<scope>[^,;]+),\\s+(?:"
                    + IRRELEVANT
                    + "|(?<neg>does\\s+not|doesn['’]t|did\\s+not|didn['’]t)\\s+(?<rest>.+))$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words for the kind of document ("a brief note on …") or its relevance ("an unrelated trial"):
     * what it is, not what it is about.
     */
    private static final Set<String> DOCUMENT_WORDS = Set.copyOf(TermAnalyzer.terms(
            "brief short note letter editorial commentary overview perspective summary unrelated irrelevant different"
                    + " separate"));

    /** What a source may be said not to address without naming anything: "this", "the question". */
    private static final Pattern THE_QUESTION =
            Pattern.compile("(?i)(?:this|that|it|the\\s+(?:question|claim))(?:\\s+(?:question|claim))?");

    private static final Pattern TAIL = Pattern.compile("(?:\\s*\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*])*[\\s.;:!]*$");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "(?i)^(?:mention|address|report|discuss|measure|evaluate|assess|examine|give|provide|state|include"
                    + "|estimate|study|test|cover|describe|compare|specify|look\\s+at|look\\s+into|consider|involve|concern|bear\\s+on"
                    + "|examine)s?\\s+");

    /**
     * The scope statement {@code statement} makes, if it makes one. That the source is unrelated
     * to the question ("… and is not relevant here") is, like "rather than …", not checked.
     */
    static Optional<ScopeStatement> detect(String statement) {
        String bare = TAIL.matcher(statement.strip()).replaceFirst("");
        Matcher m = STATEMENT.matcher(bare);
        if (!m.matches()) {
            m = APPOSITIVE.matcher(bare);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        Optional<AbsenceStatement> absence = Optional.empty();
        if (m.group("neg") != null) {
            String missing = LEADING_VERB.matcher(m.group("rest").strip()).replaceFirst("");
            // "does not address this": the source does not bear on the question, nothing named is missing
            boolean named = !missing.isBlank() && !THE_QUESTION.matcher(missing).matches();
            absence = named ? Optional.of(new AbsenceStatement("it", missing, "")) : Optional.empty();
        }
        return Optional.of(new ScopeStatement(m.group("scope").strip(), absence));
    }

    /**
     * Null when {@code paper} is about {@link #scope} (one version with its title holds at least
     * {@value #SCOPE_RECALL} of the scope's content terms and states each of its numbers); else why not.
     * The absence is not checked here.
     */
    String unsupportedScope(Paper paper) {
        Set<String> wanted = ClaimTerms.of(scope);
        wanted.removeAll(DOCUMENT_WORDS);
        if (wanted.isEmpty()) {
            return "it says nothing about what the paper covers";
        }
        String title = paper.title() == null ? "" : paper.title();
        String best = null;
        for (PaperVersion v : paper.versions()) {
            String text = title + " " + v.text();
            Set<String> terms = new HashSet<>(TermAnalyzer.terms(text));
            long held = wanted.stream().filter(t -> ClaimTerms.holds(terms, t)).count();
            if (held >= Math.ceil(SCOPE_RECALL * wanted.size())) {
                List<Quantity> missing = Quantities.unsupported(scope, text);
                if (missing.isEmpty()) {
                    return null;
                }
                best = "the paper does not state " + missing.getFirst().text();
            }
        }
        return best != null ? best : "the paper is not about " + scope;
    }
}

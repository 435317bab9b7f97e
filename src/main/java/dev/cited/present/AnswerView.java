package dev.cited.present;

import dev.cited.answer.Answer;
import dev.cited.answer.Outcome;
import dev.cited.answer.Source;
import dev.cited.llm.ModelProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One answer as every surface shows it, built once from an {@link Answer}: the text split into
 * cited statements, the cited papers with their quotes, the closest papers of an abstention, the
 * warnings, and who answered. Renderers ({@link TerminalRenderer}, {@link MarkdownRenderer},
 * {@link SlackRenderer}, {@link MattermostRenderer}) read only this, and escape for their surface.
 *
 * @param text the answer text exactly as checked, {@code [n]} markers included
 * @param statements {@code text} split after each group of markers; their {@code text + markers}
 *     concatenate back to {@code text}
 * @param status answered or abstained
 * @param cited the cited papers in source-number order, each with its quotes in order of
 *     appearance; empty when abstained
 * @param closest when abstained, the closest papers, best first; else empty
 * @param warnings for humans, as the answer carries them
 * @param answeredBy the model profile that answered
 * @param fellBack whether a model failed on the way and another stood in
 */
public record AnswerView(
        String text,
        List<Statement> statements,
        Outcome.Status status,
        List<CitedSource> cited,
        List<Source> closest,
        List<String> warnings,
        String answeredBy,
        boolean fellBack) {

    /** One or more adjacent markers, e.g. {@code [1]}, {@code  [2][3]}, {@code [1, 4]}. */
    private static final Pattern MARKERS = Pattern.compile("(?:\\s*\\[\\d+(?:\\s*[,;]\\s*\\d+)*\\])+");

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    public AnswerView {
        statements = List.copyOf(statements);
        cited = List.copyOf(cited);
        closest = List.copyOf(closest);
        warnings = List.copyOf(warnings);
    }

    /** The view of {@code a}. */
    public static AnswerView of(Answer a) {
        Outcome o = a.outcome();
        List<CitedSource> cited = new ArrayList<>();
        List<Source> closest = new ArrayList<>();
        if (a.abstained()) {
            Map<Integer, Source> byNumber =
                    a.sources().stream().collect(Collectors.toMap(Source::n, Function.identity()));
            o.closest().stream()
                    .filter(byNumber::containsKey)
                    .map(byNumber::get)
                    .forEach(closest::add);
        } else {
            for (Source s : a.sources()) {
                List<Quote> quotes = a.citations().stream()
                        .filter(c -> c.n() == s.n())
                        .map(c -> new Quote(c.quote(), c.version()))
                        .toList();
                if (!quotes.isEmpty()) {
                    cited.add(new CitedSource(s, quotes));
                }
            }
        }
        return new AnswerView(
                a.answer(),
                Statement.split(a.answer()),
                o.status(),
                cited,
                closest,
                a.warnings(),
                o.answeredBy(),
                o.fellBack());
    }

    public boolean abstained() {
        return status == Outcome.Status.ABSTAINED;
    }

    /** Whether a surface should say who answered: a language model did, or something went wrong. */
    public boolean namesTheModel() {
        return !answeredBy.equals(ModelProfile.EXTRACTIVE) || !warnings.isEmpty();
    }

    /** The answer text with {@code escape} applied to everything but the citation markers. */
    public String text(Function<String, String> escape) {
        StringBuilder sb = new StringBuilder();
        for (Statement s : statements) {
            sb.append(escape.apply(s.text())).append(s.markers());
        }
        return sb.toString();
    }

    /**
     * A stretch of answer text and the markers that close it.
     *
     * @param text the words, as written (leading white space included)
     * @param markers the marker group as written (e.g. {@code " [1][2]"}), or empty for trailing text
     * @param cites the source numbers the markers name, in order
     */
    public record Statement(String text, String markers, List<Integer> cites) {

        public Statement {
            cites = List.copyOf(cites);
        }

        /** Splits {@code text} after every marker group; the pieces concatenate back to {@code text}. */
        public static List<Statement> split(String text) {
            List<Statement> out = new ArrayList<>();
            Matcher m = MARKERS.matcher(text);
            int last = 0;
            while (m.find()) {
                List<Integer> cites = new ArrayList<>();
                Matcher n = NUMBER.matcher(m.group());
                while (n.find()) {
                    cites.add(Integer.parseInt(n.group()));
                }
                out.add(new Statement(text.substring(last, m.start()), m.group(), cites));
                last = m.end();
            }
            if (last < text.length()) {
                out.add(new Statement(text.substring(last), "", List.of()));
            }
            return out;
        }
    }

    /**
     * A cited paper and the sentences quoted from it.
     *
     * @param source the paper as the answer numbered it
     * @param quotes its quoted sentences, in order of appearance
     */
    public record CitedSource(Source source, List<Quote> quotes) {

        public CitedSource {
            quotes = List.copyOf(quotes);
        }

        /** Whether the paper has more than one version, so each quote should name its version. */
        public boolean versioned() {
            return source.versions() > 1;
        }
    }

    /** A quoted sentence and the version of the paper it is from. */
    public record Quote(String text, Integer version) {

        /** E.g. {@code "version 2 of 3"} for a paper with {@code versions} versions. */
        public String versionOf(int versions) {
            return "version " + version + " of " + versions;
        }
    }
}

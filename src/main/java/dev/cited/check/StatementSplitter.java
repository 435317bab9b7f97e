package dev.cited.check;

import dev.cited.check.Reply.Quote;
import dev.cited.check.Reply.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text of one block into statements (see {@link AnswerReader} for the rules). One
 * instance reads one block: {@code text.substring(from, to)}.
 */
final class StatementSplitter {

    /** A statement, and whether it opens a sentence (rather than continuing one after a marker run). */
    record Part(Statement statement, boolean opensSentence) {}

    /** Words after which a marker names a source instead of closing a claim. */
    private static final Set<String> NAMING = Set.of(
            "source",
            "sources",
            "paper",
            "papers",
            "study",
            "studies",
            "trial",
            "trials",
            "article",
            "articles",
            "abstract",
            "abstracts",
            "review",
            "reviews",
            "reference",
            "references",
            "ref",
            "refs",
            "document",
            "documents",
            "work",
            "works",
            "cohort",
            "cohorts",
            "survey",
            "surveys",
            "neither",
            "either",
            "both",
            "in",
            "to",
            "of",
            "by",
            "from",
            "see",
            "cf",
            "with");

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}][\\p{L}-]*)[\\s*_]*$");
    private static final Pattern CHAIN = Pattern.compile("[\\s,]*(?:(?:and|or|nor|to|through|&)\\s*)?");
    private static final Pattern VERDICT = Pattern.compile(
            "(?i)(?:yes|no|partly|partially|mostly|largely|in part|not quite|not really|somewhat|unclear|correct|incorrect)");
    private static final Pattern ALL_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)[^*_]+\\1");
    private static final String SEPARATORS = " \t\n\r,;:—–";

    private final String text;
    private final int from;
    private final int to;
    private final InlineSpans spans;
    private final SentenceEnds ends;
    private final List<Part> parts = new ArrayList<>();

    private StatementSplitter(String text, int from, int to) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.spans = new InlineSpans(text, from, to);
        this.ends = new SentenceEnds(text, from, to, spans);
    }

    /** The statements of {@code text.substring(from, to)}, in order. */
    static List<Part> split(String text, int from, int to) {
        StatementSplitter s = new StatementSplitter(text, from, to);
        s.scan();
        return s.mergeLeads();
    }

    private void scan() {
        int start = from;
        boolean opens = true;
        List<Integer> references = List.of();
        int lastReferenceEnd = -1;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (spans.quoted(i)) {
                int close = spans.quoteEnd(i);
                if (close > i && ".!?".indexOf(text.charAt(close - 1)) >= 0) {
                    int next = ends.after(close);
                    if (next >= 0) {
                        emit(start, next, next, List.of(), references, opens);
                        start = next;
                        opens = true;
                        references = List.of();
                    }
                }
                i = Math.max(close + 1, i + 1);
                continue;
            }
            Matcher run = c == '[' && !spans.opaque(i)
                    ? CitationMarkers.RUN.matcher(text).region(i, to)
                    : null;
            if (run != null && run.lookingAt()) {
                List<Integer> numbers = CitationMarkers.numbers(run.group());
                if (namesSource(start, i, run.end(), lastReferenceEnd)) {
                    references = CitationMarkers.union(references, numbers);
                    lastReferenceEnd = run.end();
                    i = run.end();
                    continue;
                }
                int end = run.end();
                while (end < to && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                    end++;
                }
                int punctuationStart = end;
                while (end < to && ".!?;:,".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                String punctuation = text.substring(punctuationStart, end);
                if (punctuation.isEmpty()) {
                    end = run.end();
                }
                while (end < to && "*_".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                emitStatement(start, i, end, punctuation, numbers, references, opens);
                opens = punctuation.matches(".*[.!?].*")
                        || text.substring(start, i).strip().matches("(?s).*[.!?]");
                start = end;
                references = List.of();
                i = end;
                continue;
            }
            if (".!?".indexOf(c) >= 0 && !spans.opaque(i) && !spans.parenthesised(i)) {
                int next = ends.after(i);
                if (next >= 0) {
                    emit(start, next, next, List.of(), references, opens);
                    start = next;
                    opens = true;
                    references = List.of();
                    i = next;
                    continue;
                }
            }
            i++;
        }
        emit(start, to, to, List.of(), references, opens);
    }

    /** Whether the marker run {@code [runStart, runEnd)} names a source inside the statement begun at {@code start}. */
    private boolean namesSource(int start, int runStart, int runEnd, int lastReferenceEnd) {
        if (spans.parenthesised(runStart)) {
            return true;
        }
        String before = text.substring(start, runStart);
        Matcher word = LAST_WORD.matcher(before);
        if (word.find() && NAMING.contains(word.group(1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (lastReferenceEnd >= start
                && CHAIN.matcher(text.substring(lastReferenceEnd, runStart)).matches()) {
            return true;
        }
        boolean opening =
                MarkdownText.plain(before).replaceAll("[\\s,;:—–-]", "").isEmpty();
        return opening && ends.nextWordIsLowerCase(runEnd);
    }

    private void emit(int start, int bodyEnd, int end, List<Integer> markers, List<Integer> references, boolean opens) {
        emitStatement(start, bodyEnd, end, "", markers.isEmpty() ? references : markers, references, opens);
    }

    private void emitStatement(
            int start,
            int bodyEnd,
            int end,
            String punctuation,
            List<Integer> markers,
            List<Integer> references,
            boolean opens) {
        int s = start;
        while (s < bodyEnd && (SEPARATORS.indexOf(text.charAt(s)) >= 0 || text.startsWith("- ", s))) {
            s++;
        }
        String body = MarkdownText.plain(text.substring(s, bodyEnd));
        if (body.isEmpty()) {
            if (!markers.isEmpty() && !parts.isEmpty()) {
                Part last = parts.removeLast();
                Statement l = last.statement();
                parts.add(new Part(
                        new Statement(
                                l.text(),
                                l.start(),
                                end,
                                CitationMarkers.union(l.markers(), markers),
                                l.references(),
                                l.quotes()),
                        last.opensSentence()));
            }
            return;
        }
        String plainPunctuation =
                body.matches("(?s).*[.!?;:,]") ? "" : punctuation.substring(0, Math.min(1, punctuation.length()));
        List<Integer> cited = markers.isEmpty() ? references : markers;
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        parts.add(
                new Part(new Statement(body + plainPunctuation, s, e, cited, references, spans.quotesIn(s, e)), opens));
    }

    /** Joins a verdict ({@code Yes.}) or a bold run-in lead ({@code **Setup.**}) without markers to the statement after it. */
    private List<Part> mergeLeads() {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            Statement s = p.statement();
            boolean lead = s.markers().isEmpty()
                    && s.references().isEmpty()
                    && i + 1 < parts.size()
                    && (VERDICT.matcher(s.text().replaceAll("[.!?,;:—–\\s]+$", ""))
                                    .matches()
                            || ALL_EMPHASIS
                                    .matcher(text.substring(s.start(), s.end()).strip())
                                    .matches());
            if (!lead) {
                out.add(p);
                continue;
            }
            Statement n = parts.get(i + 1).statement();
            List<Quote> quotes = new ArrayList<>(s.quotes());
            quotes.addAll(n.quotes());
            parts.set(
                    i + 1,
                    new Part(
                            new Statement(
                                    s.text() + " " + n.text(), s.start(), n.end(), n.markers(), n.references(), quotes),
                            p.opensSentence()));
        }
        return out;
    }
}

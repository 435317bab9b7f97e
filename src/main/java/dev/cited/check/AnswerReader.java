package dev.cited.check;

import dev.cited.check.Reply.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's Markdown reply into blocks and statements, so that each claim can be checked
 * against the sources it cites. Pure: no I/O, no state; {@link #read(String)} never throws for any
 * non-null text.
 *
 * <p><b>Blocks.</b> Paragraphs are separated by blank lines; their line breaks are spaces. A line
 * starting with {@code -}, {@code *}, {@code +} or {@code •} and a space is a {@link
 * Kind#BULLET_ITEM}, with {@code 1.} or {@code 1)} a {@link Kind#NUMBERED_ITEM}, even without a
 * blank line before it; lines after an item continue it. {@code #} lines, and lines that are all
 * bold and carry no marker ({@code **Findings.**}) or only label what follows ({@code **Evidence from
 * [1]:**}), are {@link Kind#HEADING}s. A first paragraph
 * without markers that ends with {@code :} or is a stock opener ({@code Based on the provided
 * sources.}, {@code Here's a summary:}), and a paragraph or sentence without markers that ends with
 * {@code :} right before a list ({@code Key points:}), is {@link Kind#FRAMING}. Trailing blocks
 * that start with {@code Sources:}, {@code References:}, {@code Citations:} (also as a heading or in
 * bold), or whose lines read {@code [1] Title}, or list items naming an arXiv id, DOI or URL
 * without markers, are a {@link Kind#SOURCE_LIST}. Only paragraphs and list items hold statements.
 *
 * <p><b>Statements.</b> A marker run ({@code [1]}, {@code [1, 2]}, {@code [1;2]}, {@code
 * [1][2]}, {@code [1] [2]}, {@code [1-3]}, {@code [1–3]}, {@code [1, 3-4]}; ranges wider than
 * {@value CitationMarkers#MAX_RANGE} give their two ends) ends the statement before it, also in
 * the middle of a sentence: {@code X improves Y [1], while Z does not [2].} is two statements,
 * {@code X improves Y,} citing 1 and {@code while Z does not.} citing 2 (the clause text is kept as
 * written). Markers after the closing period ({@code results. [1]}) belong to the sentence before.
 * Otherwise a statement ends at {@code .}, {@code !} or {@code ?} followed by a space or line break
 * and an upper-case letter, digit, quote, emphasis or the end, but not after an abbreviation
 * ({@code e.g.}, {@code et al.}, {@code vs.}, {@code Fig.}, {@code approx.}, {@code cf.}), an
 * initial ({@code J.}), inside a number ({@code 3.5}), parentheses, quotes, a URL or a {@code
 * <!everyone>}-style token. A sentence without markers is a statement with empty markers: the
 * checker decides what to do with uncited text.
 *
 * <p><b>References.</b> A marker right after a word that names a source or a preposition ({@code
 * Source [2] reports}, {@code the trial in [1] found}, {@code According to [2],}, {@code Neither
 * [2] nor [3]}, {@code Sources [1] and [3]}), at the start of a statement before a lower-case word
 * ({@code [1] found that}), or inside parentheses does not end the statement: its numbers are the
 * statement's {@code references}, and they stay in its text. A statement's {@code markers} are those
 * of the run that closes it or, when none does, its references.
 *
 * <p><b>Quotes.</b> Straight ({@code "..."}) and curly ({@code “...”}) double quotes, and curly
 * single quotes ({@code ‘...’}) around three or more words on one line, are quotes; a quote
 * shortened with {@code ...} or {@code …} has one piece per part. Bracketed numbers inside a quote
 * are part of it, never markers, and punctuation inside a quote never ends a sentence.
 *
 * <p><b>Verdicts.</b> A verdict ({@code Yes.}, {@code No,}, {@code Partly:}, {@code **Yes** —})
 * stays at the start of the statement it opens; a verdict sentence or bold run-in lead ({@code
 * **Setup.**}) without its own marker is joined to the statement after it in the same block. A
 * verdict alone in its block ({@code No.}) is a statement with empty markers.
 */
public final class AnswerReader {

    private static final Pattern HEADING = Pattern.compile("[ \\t]{0,3}#{1,6}[ \\t]+");
    private static final Pattern ITEM = Pattern.compile("[ \\t]*(?:([-*+•])|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern RULE = Pattern.compile("[ \\t]*([-*_])(?:[ \\t]*\\1){2,}[ \\t]*");
    private static final Pattern BOLD_LINE =
            Pattern.compile("[ \\t]*(\\*\\*|__)[^*_]+\\1[ \\t]*(?:\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*][ \\t]*)*:?[ \\t]*");
    /** The most words a bold label that cites a source may have ("**Evidence from [1]:**"). */
    private static final int LABEL_WORDS = 6;
    /**
     * A bold line of three words or more that ends as a sentence ("**The sources do not address
     * this.**") is a statement, not a heading ("**Findings.**").
     */
    private static final Pattern BOLD_SENTENCE = Pattern.compile("[.!?](?:\\*\\*|__)[ \\t]*$");

    private AnswerReader() {}

    /** The blocks of {@code reply}, in reply order, each with its statements in order. */
    public static Reply read(String reply) {
        List<ReplyRoles.Draft> blocks = new ArrayList<>();
        Kind kind = null;
        String marker = "";
        int start = 0;
        int content = 0;
        int end = 0;
        int lineStart = 0;
        while (lineStart <= reply.length()) {
            int newline = reply.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? reply.length() : newline;
            String line = reply.substring(lineStart, lineEnd);
            Matcher item = ITEM.matcher(line);
            Matcher heading = HEADING.matcher(line);
            boolean blank = line.isBlank() || RULE.matcher(line).matches();
            boolean boldLine = BOLD_LINE.matcher(line).matches()
                    && (!CitationMarkers.RUN.matcher(line).find() || citedLabel(line))
                    && !(BOLD_SENTENCE.matcher(line).find() && line.strip().split("\\s+").length >= 3);
            boolean opensItem = item.lookingAt();
            if (blank || opensItem || heading.lookingAt() || boldLine) {
                if (kind != null) {
                    blocks.add(draft(reply, kind, marker, start, content, end));
                    kind = null;
                }
            }
            if (!blank) {
                int trimmedEnd = lineStart + line.stripTrailing().length();
                int indent = line.length() - line.stripLeading().length();
                if (heading.lookingAt() || boldLine) {
                    String m = heading.lookingAt() ? heading.group().strip() + " " : "";
                    int c = Math.min(trimmedEnd, lineStart + (heading.lookingAt() ? heading.end() : indent));
                    blocks.add(new ReplyRoles.Draft(Kind.HEADING, m, lineStart + indent, c, trimmedEnd, List.of()));
                } else if (opensItem) {
                    kind = item.group(1) != null ? Kind.BULLET_ITEM : Kind.NUMBERED_ITEM;
                    marker = item.group();
                    start = lineStart;
                    content = Math.min(trimmedEnd, lineStart + item.end());
                    end = trimmedEnd;
                } else if (kind == null && leadIn(line) && blocks.stream().allMatch(b -> b.kind() == Kind.HEADING)) {
                    blocks.add(draft(reply, Kind.PARAGRAPH, "", lineStart + indent, lineStart + indent, trimmedEnd));
                } else if (kind == null) {
                    kind = Kind.PARAGRAPH;
                    marker = "";
                    start = lineStart + indent;
                    content = start;
                    end = trimmedEnd;
                } else {
                    end = trimmedEnd;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (kind != null) {
            blocks.add(draft(reply, kind, marker, start, content, end));
        }
        return new Reply(reply, ReplyRoles.assign(reply, blocks));
    }

    /**
     * Whether a bold line with a marker is a label of what follows ("**Evidence from [1]:**",
     * "**Sim1/PVH neurons [1]**", "**What the numbers show** [1]:"), not a claim: a few words, no
     * sentence end, no verdict.
     */
    private static boolean citedLabel(String line) {
        String plain = CitationMarkers.RUN
                .matcher(MarkdownText.plain(line))
                .replaceAll(" ")
                .strip();
        return !plain.isEmpty()
                && plain.split("\\s+").length <= LABEL_WORDS
                && !plain.matches(".*[.!?]$")
                && Verdict.detect(plain).isEmpty();
    }

    /** A first line such as {@code Summary:} that introduces what follows it. */
    private static boolean leadIn(String line) {
        return MarkdownText.plain(line).endsWith(":")
                && !CitationMarkers.RUN.matcher(line).find();
    }

    private static ReplyRoles.Draft draft(String reply, Kind kind, String marker, int start, int content, int end) {
        return new ReplyRoles.Draft(kind, marker, start, content, end, StatementSplitter.split(reply, content, end));
    }
}

package dev.cited.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A model's reply as {@link AnswerReader#read(String)} reads it: the text as received and its
 * blocks, in order. Spans ({@code start}, {@code end}) are character offsets into {@link #text()},
 * end exclusive, so the reply as written is always reachable.
 */
public record Reply(String text, List<Block> blocks) {

    public Reply {
        blocks = List.copyOf(blocks);
    }

    /** What a block is, by its Markdown shape and its role in the reply. */
    public enum Kind {
        /** Running text; its statements are claims. */
        PARAGRAPH,
        /** An item of a bullet list ({@code -}, {@code *}, {@code +}, {@code •}); its statements are claims. */
        BULLET_ITEM,
        /** An item of a numbered list ({@code 1.}, {@code 1)}); its statements are claims. */
        NUMBERED_ITEM,
        /** A {@code #} heading, or a line that is all bold and cites nothing. Holds no statements. */
        HEADING,
        /** A line that introduces without claiming ({@code Based on the sources:}, {@code Key points:}). Holds no statements. */
        FRAMING,
        /** A closing list of sources ({@code Sources:}, {@code [1] Title}), header and items. Holds no statements. */
        SOURCE_LIST;

        /** Whether blocks of this kind hold claims to check. */
        public boolean claims() {
            return this == PARAGRAPH || this == BULLET_ITEM || this == NUMBERED_ITEM;
        }
    }

    /**
     * One block. {@code marker} is the list or heading marker as written, with its indentation
     * ({@code "- "}, {@code "  * "}, {@code "1. "}, {@code "## "}), or {@code ""}. {@code statements}
     * is empty unless {@link Kind#claims()}.
     */
    public record Block(Kind kind, String marker, List<Statement> statements, int start, int end) {
        public Block {
            statements = List.copyOf(statements);
        }
    }

    /**
     * One statement. {@code text} is the claim as plain text: Markdown emphasis and inline code
     * removed, its closing citation markers removed, whitespace squashed; it ends with the
     * punctuation that closed it in the reply ({@code .}, {@code ,}, {@code ;} ...) whether that
     * stood before or after the markers. Numbers that name a source inside the sentence ({@code
     * Source [2] reports}) stay in the text and are listed in {@code references}. {@code markers} are
     * the numbers of the marker run that closes the statement, or its {@code references} when no run
     * closes it; empty for an uncited statement.
     */
    public record Statement(
            String text, int start, int end, List<Integer> markers, List<Integer> references, List<Quote> quotes) {
        public Statement {
            markers = List.copyOf(markers);
            references = List.copyOf(references);
            quotes = List.copyOf(quotes);
        }
    }

    /** Text in quotation marks, without them; {@code pieces} are its parts between ellipses ({@code ...}, {@code …}). */
    public record Quote(String text, List<String> pieces) {
        public Quote {
            pieces = List.copyOf(pieces);
        }
    }

    private static final Pattern CLOSING = Pattern.compile("[.!?;:,]+$");
    /** The marker run that closes a statement as written, around or after its closing punctuation. */
    private static final Pattern CLOSING_MARKERS = Pattern.compile(
            "(?:\\s*\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*])+\\s*([.!?;:,]*[*_]*)\\s*(?:\\[\\d+(?:\\s*[-–,;]\\s*\\d+)*]\\s*)*$");
    /** A sentence that ends before its markers ({@code "... results. [1]"}) keeps them after its end. */
    private static final Pattern PUNCTUATION_THEN_MARKER = Pattern.compile("[.!?][\"”’')]?\\s*\\[\\d");

    /** Every statement of every claim block, in reply order. */
    public List<Statement> statements() {
        return blocks.stream()
                .filter(b -> b.kind().claims())
                .flatMap(b -> b.statements().stream())
                .toList();
    }

    /** The block as written in the reply. */
    public String textOf(Block block) {
        return text.substring(block.start(), block.end());
    }

    /**
     * The reply rebuilt in its shape from {@code kept}: each statement present in {@code kept} is
     * written as its text with the given markers where the reply put them: before its closing
     * punctuation ({@code text [1] [2].}), or after it when the reply wrote them after the full
     * stop ({@code text. [1]}, which keeps a quoted sentence verbatim); statements absent from {@code kept} are left out, and so are claim blocks left empty.
     * List and heading markers are written as in the reply; headings and framing lines are copied
     * as written but only when some statement is kept; source lists are never copied (the caller
     * lists its citations). Blocks are separated as in the reply (a blank line, a line break, or a
     * space when a framing line was split from its paragraph). A statement keeps its bold and
     * italics when they are closed within it; links, images and HTML are never produced (what the
     * model wrote of them stays text).
     */
    public String render(Map<Statement, List<Integer>> kept) {
        StringBuilder out = new StringBuilder();
        boolean anyKept = statements().stream().anyMatch(kept::containsKey);
        int previousEnd = -1;
        for (Block b : blocks) {
            String body = b.kind().claims() ? renderStatements(b, kept) : anyKept ? textOf(b) : "";
            if (b.kind() == Kind.SOURCE_LIST || body.isEmpty()) {
                continue;
            }
            if (previousEnd >= 0) {
                String gap = text.substring(previousEnd, b.start());
                out.append(gap.matches("(?s).*\\n[ \\t]*\\n.*") ? "\n\n" : gap.contains("\n") ? "\n" : " ");
            }
            out.append(b.kind().claims() ? b.marker() : "").append(body);
            previousEnd = b.end();
        }
        return out.toString();
    }

    private String renderStatements(Block b, Map<Statement, List<Integer>> kept) {
        StringBuilder sb = new StringBuilder();
        for (Statement s : b.statements()) {
            List<Integer> markers = kept.get(s);
            if (markers == null) {
                continue;
            }
            String shown = withEmphasis(s);
            var closing = CLOSING.matcher(shown);
            boolean after = PUNCTUATION_THEN_MARKER
                    .matcher(text.substring(s.start(), s.end()))
                    .find();
            int cut = closing.find() && !after ? closing.start() : shown.length();
            sb.append(sb.isEmpty() ? "" : " ").append(shown, 0, cut);
            markers.forEach(n -> sb.append(" [").append(n).append(']'));
            sb.append(shown.substring(cut));
        }
        return sb.toString();
    }

    /**
     * The statement as the reply wrote it, with its bold and italics, without its closing markers
     * and with whitespace squashed; its plain {@code text} when the written form says anything
     * more than that text (once emphasis is removed) or leaves emphasis open.
     */
    private String withEmphasis(Statement s) {
        String written =
                CLOSING_MARKERS.matcher(text.substring(s.start(), s.end())).replaceFirst("$1");
        written = MarkdownText.squash(written);
        boolean balanced = count(written, "**") % 2 == 0
                && count(written.replace("**", ""), "*") % 2 == 0
                && count(written, "__") % 2 == 0;
        return balanced && !written.contains("`") && MarkdownText.plain(written).equals(s.text()) ? written : s.text();
    }

    private static int count(String s, String mark) {
        int n = 0;
        for (int i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }
}

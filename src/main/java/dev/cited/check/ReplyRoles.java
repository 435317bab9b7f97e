package dev.cited.check;

import dev.cited.check.Reply.Block;
import dev.cited.check.Reply.Kind;
import dev.cited.check.Reply.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Gives blocks their role: framing lines and closing source lists hold no claims (see {@link AnswerReader}). */
final class ReplyRoles {

    /** A block as the line reader found it; {@code content} is where the text after its marker starts. */
    record Draft(Kind kind, String marker, int start, int content, int end, List<StatementSplitter.Part> parts) {}

    private static final Pattern OPENER = Pattern.compile("(?i)(?:(?:based on|according to|from|using) (?:the |these )?"
            + "(?:provided |given |available |retrieved |above |cited )?(?:sources|abstracts|papers|documents|context"
            + "|search results|literature|evidence)|here(?:'s|’s| is| are) (?:a |an |the |what )?(?:short |brief )?"
            + "(?:summary|overview|answer|the sources say|sources say)[^.:]*|(?:in )?summary|short answer|overview"
            + "|key points|key findings)[.:]?");
    private static final Pattern SOURCES_HEADER = Pattern.compile(
            "(?is)(?:sources?|references?|citations|bibliography|works cited|cited sources|cited papers)\\s*(?::.*)?");
    private static final Pattern ENTRY =
            Pattern.compile("\\s*(?:[-*+•]\\s+|\\d{1,3}[.)]\\s+)?\\[\\d{1,4}]\\s*[:.\\-–—]?\\s*[^\\s\\p{Ll}].*");
    private static final Pattern LOCATOR = Pattern.compile("(?is).*(?:arxiv|doi\\s*:|doi\\.org|https?://).*");

    private ReplyRoles() {}

    static List<Block> assign(String reply, List<Draft> drafts) {
        int sources = sourceListStart(reply, drafts);
        List<Block> out = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (i >= sources) {
                out.add(new Block(Kind.SOURCE_LIST, d.marker(), List.of(), d.start(), d.end()));
                continue;
            }
            if (d.kind() == Kind.HEADING) {
                out.add(new Block(Kind.HEADING, d.marker(), List.of(), d.start(), d.end()));
                continue;
            }
            boolean beforeList = i + 1 < sources
                    && drafts.get(i + 1).kind() != Kind.PARAGRAPH
                    && drafts.get(i + 1).kind() != Kind.HEADING;
            List<Statement> statements =
                    d.parts().stream().map(StatementSplitter.Part::statement).toList();
            boolean uncited = statements.stream().allMatch(ReplyRoles::uncited);
            String last = statements.isEmpty() ? "" : statements.getLast().text();
            if (d.kind() == Kind.PARAGRAPH
                    && uncited
                    && ((first
                                    && (last.endsWith(":")
                                            || OPENER.matcher(plain(reply, d)).matches()))
                            || (beforeList && last.endsWith(":")))) {
                out.add(new Block(Kind.FRAMING, "", List.of(), d.start(), d.end()));
            } else if (d.kind() == Kind.PARAGRAPH
                    && beforeList
                    && statements.size() > 1
                    && d.parts().getLast().opensSentence()
                    && uncited(statements.getLast())
                    && last.endsWith(":")) {
                List<Statement> claims = statements.subList(0, statements.size() - 1);
                out.add(new Block(
                        Kind.PARAGRAPH, "", claims, d.start(), claims.getLast().end()));
                out.add(new Block(
                        Kind.FRAMING, "", List.of(), statements.getLast().start(), d.end()));
            } else {
                out.add(new Block(d.kind(), d.marker(), statements, d.start(), d.end()));
            }
            first = false;
        }
        return out;
    }

    private static boolean uncited(Statement s) {
        return s.markers().isEmpty() && s.references().isEmpty();
    }

    /**
     * The index of the first block of the closing source list, or {@code drafts.size()} when there
     * is none: a header ("References:") with the items after it, or trailing items that are entries
     * ({@code [1] Title}, a locator). List items that cite nothing ("1. Antibacterial peptide
     * microcin J25 inhibits …") are entries only under such a header.
     */
    private static int sourceListStart(String reply, List<Draft> drafts) {
        int start = drafts.size();
        for (int i = drafts.size() - 1; i >= 1; i--) {
            Draft d = drafts.get(i);
            if (SOURCES_HEADER.matcher(plain(reply, d)).matches()) {
                return i;
            }
            if (entry(reply, d)) {
                if (start == i + 1) {
                    start = i;
                }
            } else if (!uncitedItem(reply, d)) {
                break;
            }
        }
        return start;
    }

    private static boolean uncitedItem(String reply, Draft d) {
        return (d.kind() == Kind.BULLET_ITEM || d.kind() == Kind.NUMBERED_ITEM)
                && !CitationMarkers.RUN
                        .matcher(reply.substring(d.content(), d.end()))
                        .find();
    }

    private static boolean entry(String reply, Draft d) {
        String content = reply.substring(d.content(), d.end());
        if (content.isBlank()) {
            return false;
        }
        if (d.kind() != Kind.PARAGRAPH
                && d.kind() != Kind.HEADING
                && LOCATOR.matcher(content).matches()
                && !CitationMarkers.RUN.matcher(content).find()) {
            return true;
        }
        return content.lines()
                .allMatch(line -> ENTRY.matcher(line).matches()
                        && CitationMarkers.RUN.matcher(line).results().count() == 1);
    }

    private static String plain(String reply, Draft d) {
        return MarkdownText.plain(reply.substring(d.content(), d.end()));
    }
}

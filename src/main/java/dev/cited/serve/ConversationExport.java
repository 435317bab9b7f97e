package dev.cited.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cited.history.ConversationInfo;
import dev.cited.history.Turn;
import dev.cited.index.PaperLookup;
import dev.cited.ingest.Paper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A conversation written out: Markdown (each question and its answer, then a reference list of
 * the cited papers, by their citation numbers, with arXiv links) or BibTeX (an entry for each
 * cited paper the catalog knows).
 */
final class ConversationExport {

    /** A cited paper: its number in the conversation and what the answer said of it. */
    private record Cited(int n, String paperId, String arxivId, String title) {}

    private final ConversationInfo conversation;
    private final java.util.List<Turn> turns;
    private final PaperLookup papers;
    private final Map<Integer, Cited> cited = new TreeMap<>();

    ConversationExport(ConversationInfo conversation, java.util.List<Turn> turns, PaperLookup papers)
            throws IOException {
        this.conversation = conversation;
        this.turns = turns;
        this.papers = papers;
        for (Turn t : turns) {
            for (JsonNode c :
                    CitedServer.JSON.readTree(t.content().answerJson()).path("citations")) {
                cited.putIfAbsent(
                        c.path("n").asInt(),
                        new Cited(
                                c.path("n").asInt(),
                                c.path("paper_id").asText(),
                                c.path("arxiv_id").isTextual()
                                        ? c.path("arxiv_id").asText()
                                        : null,
                                c.path("title").asText()));
            }
        }
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# ").append(conversation.title()).append("\n\n");
        for (Turn t : turns) {
            md.append("## ")
                    .append(t.n())
                    .append(". ")
                    .append(oneLine(t.content().question()))
                    .append("\n\n");
            md.append(t.content().answer().strip()).append("\n\n");
        }
        if (!cited.isEmpty()) {
            md.append("## References\n\n");
            for (Cited c : cited.values()) {
                md.append('[').append(c.n()).append("] ").append(c.title());
                if (c.arxivId() != null) {
                    md.append(". arXiv:")
                            .append(c.arxivId())
                            .append(", https://arxiv.org/abs/")
                            .append(c.arxivId());
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    String bibtex() throws IOException {
        StringBuilder bib = new StringBuilder();
        for (Cited c : cited.values()) {
            Optional<Paper> found = papers.paper(c.paperId());
            if (found.isEmpty()) {
                continue;
            }
            Paper p = found.get();
            String key = (p.arxivId() != null ? p.arxivId() : p.id()).replaceAll("[^A-Za-z0-9:._-]", "_");
            bib.append("@misc{").append(key).append(",\n");
            field(bib, "title", p.title());
            if (!p.authors().isEmpty()) {
                field(bib, "author", String.join(" and ", p.authors()));
            }
            if (p.year() != null) {
                field(bib, "year", String.valueOf(p.year()));
            }
            if (p.arxivId() != null) {
                field(bib, "eprint", p.arxivId());
                field(bib, "archivePrefix", "arXiv");
            }
            if (p.url() != null) {
                field(bib, "url", p.url());
            }
            bib.append("}\n\n");
        }
        return bib.toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ")
                .append(name)
                .append(" = {")
                .append(value.replace("{", "\\{").replace("}", "\\}"))
                .append("},\n");
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}

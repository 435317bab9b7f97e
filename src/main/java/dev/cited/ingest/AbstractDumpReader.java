package dev.cited.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scraped abstract dumps: one abstract per line, as copied from listing pages.
 *
 * <p>Rules, in the order they are applied to each non-blank line:
 *
 * <ol>
 *   <li>A line that starts with {@code arXiv:<id>} gives that id to the abstract <em>before</em>
 *       it (listing pages print the id under its abstract, so a scrape glues it to the start of
 *       the next line). The rest of the line is read on its own.
 *   <li>{@code Abstract:} at the start is dropped. A line of at least {@value #MIN_ABSTRACT_WORDS}
 *       words (or any line that had the prefix) is an abstract.
 *   <li>A shorter line that looks like a paper comment (page and figure counts, "see URL",
 *       venue notes) belongs to the abstract before it and is kept as metadata.
 *   <li>Anything else (a lone name, stray text) is skipped and reported.
 * </ol>
 */
public final class AbstractDumpReader implements CorpusReader {

    static final int MIN_ABSTRACT_WORDS = 25;
    private static final Pattern ARXIV_PREFIX =
            Pattern.compile("^arXiv:\\s*((?:\\d{4}\\.\\d{4,5})|(?:[a-z-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?\\s*");
    private static final Pattern ABSTRACT_PREFIX = Pattern.compile("^abstract\\s*[:.]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile(
            "\\b\\d+(?:\\s*\\+\\s*\\d+)?\\s*pages?\\b|\\b\\d+\\s*(?:figures?|tables?)\\b|\\bsee\\s+https?://"
                    + "|https?://|\\baccepted\\b|\\bto appear\\b|\\bpublished in\\b|\\bproceedings\\b"
                    + "|\\bconference\\b|\\bworkshop\\b|\\bsubmitted to\\b|\\bcamera[- ]ready\\b|\\bappendix\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void read(String file, BufferedReader in, RecordSink sink) throws IOException {
        Pending pending = null;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String rest = line.strip();
            if (rest.isEmpty()) {
                continue;
            }
            Matcher id = ARXIV_PREFIX.matcher(rest);
            if (id.find()) {
                String arxivId = id.group(1);
                if (pending == null) {
                    sink.problem(new IngestProblem(
                            file, lineNo, "arXiv id " + arxivId + " has no abstract before it; id ignored"));
                } else if (pending.arxivId != null && !pending.arxivId.equals(arxivId)) {
                    sink.problem(new IngestProblem(
                            file,
                            lineNo,
                            "arXiv id " + arxivId + " follows an abstract that already has id " + pending.arxivId
                                    + "; id ignored"));
                } else {
                    pending.arxivId = arxivId;
                }
                rest = rest.substring(id.end()).strip();
                if (rest.isEmpty()) {
                    continue;
                }
            }
            Matcher prefix = ABSTRACT_PREFIX.matcher(rest);
            boolean hadPrefix = prefix.find();
            String body = hadPrefix ? rest.substring(prefix.end()).strip() : rest;
            int words = body.isEmpty() ? 0 : body.split("\\s+").length;
            if (!body.isEmpty() && (hadPrefix || words >= MIN_ABSTRACT_WORDS)) {
                if (pending != null) {
                    sink.record(pending.toRecord(file));
                }
                pending = new Pending(lineNo, body);
            } else if (pending != null && COMMENT.matcher(body).find()) {
                pending.comments.add(body);
                sink.commentAttached();
            } else {
                sink.problem(new IngestProblem(
                        file,
                        lineNo,
                        String.format(
                                Locale.ROOT,
                                "skipped line \"%s\": not an abstract (%d words) and not a comment on a paper",
                                abbreviate(body),
                                words)));
            }
        }
        if (pending != null) {
            sink.record(pending.toRecord(file));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static final class Pending {
        final int line;
        final String text;
        final List<String> comments = new ArrayList<>();
        String arxivId;

        Pending(int line, String text) {
            this.line = line;
            this.text = text;
        }

        RawRecord toRecord(String file) {
            LatexCleaner.Cleaned cleaned = LatexCleaner.clean(text);
            List<String> links = new ArrayList<>(cleaned.urls());
            for (String comment : comments) {
                links.addAll(LatexCleaner.clean(comment).urls());
            }
            return new RawRecord(
                    file,
                    line,
                    cleaned.text(),
                    arxivId,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    comments,
                    links.stream().distinct().toList());
        }
    }
}

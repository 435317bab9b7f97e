package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.check.Reply.Block;
import dev.cited.check.Reply.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads every realistic model answer in {@code src/test/resources/citations/} and compares the
 * statements with how a careful reader split them ({@code statements}, with labels).
 */
class AnswerReaderCorpusTest {

    private static final Path DIR = Path.of("src/test/resources/citations");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    /** Labelled text that is layout rather than a sentence: a lead-in, a heading, a source list. */
    private static final Pattern LAYOUT = Pattern.compile("(?s).*:|#.*|\\*\\*.*\\*\\*|\\[\\d+].*|.*\n.*");

    private static final Pattern TRAILING = Pattern.compile("[\\s.;:,!?*_]*");

    private record Label(String text, String label, int start, int end) {}

    @Test
    void every_labelled_statement_is_read_with_the_markers_written_at_its_end() throws IOException {
        Map<String, int[]> tally = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("bundled.jsonl", "scifact.jsonl")) {
            for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String answer = row.get("answer").asText();
                Reply reply = AnswerReader.read(answer);
                List<Label> labels = labels(answer, row.get("statements"));
                for (Label l : labels) {
                    String key = String.format(
                            Locale.ROOT,
                            "%-14s %-10s %s",
                            file,
                            row.get("style").asText(),
                            l.label());
                    int[] t = tally.computeIfAbsent(key, k -> new int[2]);
                    t[1]++;
                    String problem = l.start() < 0 ? "not found in the answer" : check(reply, l, labels);
                    if (problem == null) {
                        t[0]++;
                    } else {
                        misses.add(row.get("id").asText() + ": " + problem + ": " + l.text());
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder("AnswerReader on the labelled answers (matched/labelled):\n");
        tally.forEach((k, v) -> report.append(String.format(Locale.ROOT, "  %s %3d/%3d%n", k, v[0], v[1])));
        System.out.print(report);
        misses.forEach(m -> System.out.println("  MISS " + m));

        assertThat(misses).isEmpty();
    }

    @Test
    void a_rendered_answer_reads_back_to_the_same_citations() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("bundled.jsonl", "scifact.jsonl")) {
            for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Reply reply =
                        AnswerReader.read(json.readTree(line).get("answer").asText());
                Map<Statement, List<Integer>> all = new LinkedHashMap<>();
                reply.statements().forEach(s -> all.put(s, s.markers()));
                String rendered = reply.render(all);

                assertThat(cited(AnswerReader.read(rendered))).as(rendered).isEqualTo(cited(reply));
            }
        }
    }

    /** The markers of each cited statement, in order. */
    private static List<List<Integer>> cited(Reply reply) {
        return reply.statements().stream()
                .map(Statement::markers)
                .filter(m -> !m.isEmpty())
                .toList();
    }

    /** Null when the reader agrees with the labelled statement, else what differs. */
    private static String check(Reply reply, Label l, List<Label> labels) {
        if (l.label().equals("no_claim")) {
            boolean framing = reply.blocks().stream()
                    .filter(b -> !b.kind().claims())
                    .anyMatch(b -> overlaps(b.start(), b.end(), l));
            // a refusal ("The sources do not answer this question.") is an uncited statement; framing
            // lines, headings and source lists must be blocks that claim nothing
            boolean refusal = !LAYOUT.matcher(l.text()).matches()
                    && reply.statements().stream()
                            .anyMatch(s ->
                                    s.markers().isEmpty() && overlaps(s.start(), s.end(), l) && alone(s, l, labels));
            return framing || refusal ? null : "no_claim text read as a claim " + kinds(reply, l);
        }
        List<Integer> expected = expectedMarkers(l.text());
        for (Statement s : reply.statements()) {
            if (overlaps(s.start(), s.end(), l) && s.markers().equals(expected) && alone(s, l, labels)) {
                return null;
            }
        }
        return "expected " + expected + ", read "
                + reply.statements().stream()
                        .filter(s -> overlaps(s.start(), s.end(), l))
                        .map(s -> s.text() + " " + s.markers())
                        .toList();
    }

    private static String kinds(Reply reply, Label l) {
        return reply.blocks().stream()
                .filter(b -> overlaps(b.start(), b.end(), l))
                .map(Block::kind)
                .toList()
                .toString();
    }

    /** Whether {@code s} overlaps no labelled statement but {@code l}. */
    private static boolean alone(Statement s, Label l, List<Label> labels) {
        return labels.stream().noneMatch(o -> o != l && o.start() >= 0 && overlaps(s.start(), s.end(), o));
    }

    private static boolean overlaps(int start, int end, Label l) {
        return start < l.end() && l.start() < end;
    }

    /** The markers written at the end of the labelled text, or else the source numbers named in it. */
    static List<Integer> expectedMarkers(String labelled) {
        String unquoted = QUOTED.matcher(labelled).replaceAll("\"\"");
        Matcher run = CitationMarkers.RUN.matcher(unquoted);
        List<Integer> all = List.of();
        List<Integer> last = List.of();
        boolean atEnd = false;
        while (run.find()) {
            last = CitationMarkers.numbers(run.group());
            all = CitationMarkers.union(all, last);
            atEnd = TRAILING.matcher(unquoted.substring(run.end())).matches();
        }
        return atEnd ? last : all;
    }

    private static List<Label> labels(String answer, JsonNode statements) {
        List<Label> out = new ArrayList<>();
        int cursor = 0;
        for (JsonNode s : statements) {
            String text = s.get("text").asText();
            int at = answer.indexOf(text, cursor);
            if (at < 0) {
                at = answer.indexOf(text);
            }
            out.add(new Label(text, s.get("label").asText(), at, at < 0 ? -1 : at + text.length()));
            if (at >= 0) {
                cursor = at + text.length();
            }
        }
        return out;
    }
}

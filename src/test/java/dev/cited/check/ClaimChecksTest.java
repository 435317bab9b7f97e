package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The claim checks over the labelled answers in {@code citations/bundled.jsonl} and {@code
 * citations/scifact.jsonl}: every changed number and reversed finding is caught against the
 * statement's support sentences, and no faithful statement is flagged.
 *
 * <p>The support sentences are in {@code citations/support-sentences.jsonl}, keyed {@code
 * bundled:<paper id>:<version>:<sentence index>} or {@code scifact:<doc id>:<sentence index>}; they
 * were copied from the bundled corpus export ({@code bundled-papers.jsonl}, field {@code
 * versions[].sentences}) and the original SciFact corpus ({@code corpus.jsonl}, field {@code
 * abstract}). Statements that cite a paper's metadata ({@code n:meta}) or nothing are skipped:
 * their support is not sentences.
 */
class ClaimChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Labelled(String id, String question, JsonNode statement, String evidence) {
        String text() {
            return statement.get("text").asText();
        }

        String kind() {
            JsonNode fault = statement.get("fault");
            return statement.get("label").asText() + (fault == null ? "" : "/" + fault.asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "scifact"})
    void catches_every_changed_number_and_reversed_finding_and_flags_no_faithful_statement(String corpus)
            throws IOException {
        List<Labelled> statements = labelled(corpus);
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int numbers = 0;
        int findings = 0;
        int faithful = 0;
        int verdicts = 0;
        int verdictsCaught = 0;
        for (Labelled s : statements) {
            List<Quantity> unsupported = Quantities.unsupported(s.text(), s.evidence());
            Optional<String> disagreement = Polarity.disagreement(s.text(), s.evidence());
            switch (s.kind()) {
                case "fault/changed_number" -> {
                    numbers++;
                    if (unsupported.isEmpty()) {
                        missed.add(s.id() + " changed_number: " + s.text());
                    }
                }
                case "fault/reversed_finding" -> {
                    findings++;
                    if (disagreement.isEmpty()) {
                        missed.add(s.id() + " reversed_finding: " + s.text());
                    }
                }
                case "fault/reversed_verdict" -> {
                    verdicts++;
                    if (verdictFlagged(s)) {
                        verdictsCaught++;
                    }
                }
                case "faithful" -> {
                    faithful++;
                    if (!unsupported.isEmpty() || disagreement.isPresent()) {
                        falseAlarms.add(s.id() + ": " + s.text() + " -> "
                                + unsupported.stream().map(Quantity::text).toList() + " " + disagreement.orElse(""));
                    }
                }
                default -> {}
            }
        }
        System.err.printf(
                Locale.ROOT,
                "%s: changed_number %d/%d, reversed_finding %d/%d, reversed_verdict %d/%d (informational),"
                        + " faithful falsely flagged %d/%d%n",
                corpus,
                numbers
                        - missed.stream()
                                .filter(m -> m.contains("changed_number"))
                                .count(),
                numbers,
                findings
                        - missed.stream()
                                .filter(m -> m.contains("reversed_finding"))
                                .count(),
                findings,
                verdictsCaught,
                verdicts,
                falseAlarms.size(),
                faithful);
        assertThat(numbers + findings + faithful).isPositive();
        assertThat(missed).as("missed faults").isEmpty();
        assertThat(falseAlarms).as("faithful statements flagged").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundled", "scifact"})
    void reads_every_labelled_absence_statement_and_its_missing_content(String corpus) throws IOException {
        int absences = 0;
        for (JsonNode item : lines("/citations/" + corpus + ".jsonl")) {
            for (JsonNode st : item.get("statements")) {
                String text = st.get("text").asText();
                boolean statesAbsence = st.get("label").asText().equals("faithful")
                        && ABSENCE.matcher(text).find()
                        && !text.contains("\"");
                if (statesAbsence) {
                    absences++;
                    assertThat(AbsenceStatement.detect(text))
                            .as(text)
                            .hasValueSatisfying(
                                    a -> assertThat(a.missingTerms()).isNotEmpty());
                }
            }
        }
        System.err.printf(Locale.ROOT, "%s: absence statements read %d (all that state one)%n", corpus, absences);
    }

    private static final Pattern ABSENCE =
            Pattern.compile("\\b(?:do|does) not (?:mention|address|report|study|estimate|compare)\\b|^Neither \\[");

    /** A reversed verdict is flagged when the statement's own claim or the question's claim disagrees with the support. */
    private static boolean verdictFlagged(Labelled s) {
        Optional<Verdict> verdict = Verdict.detect(s.text());
        if (verdict.isEmpty()) {
            return false;
        }
        if (Polarity.disagreement(verdict.get().rest(), s.evidence()).isPresent()) {
            return true;
        }
        return Verdict.questionClaim(s.question())
                .flatMap(q -> verdict.get().conflictWith(q, s.evidence()))
                .isPresent();
    }

    private static List<Labelled> labelled(String corpus) throws IOException {
        Map<String, String> sentences = new HashMap<>();
        for (JsonNode n : lines("/citations/support-sentences.jsonl")) {
            sentences.put(n.get("key").asText(), n.get("text").asText());
        }
        List<Labelled> out = new ArrayList<>();
        for (JsonNode item : lines("/citations/" + corpus + ".jsonl")) {
            for (JsonNode st : item.get("statements")) {
                List<String> texts = new ArrayList<>();
                boolean usable = !st.get("support").isEmpty();
                for (JsonNode ref : st.get("support")) {
                    String[] p = ref.asText().split(":");
                    if (p[1].equals("meta")) {
                        usable = false;
                        break;
                    }
                    String source =
                            item.get("sources").get(Integer.parseInt(p[0]) - 1).asText();
                    String key = corpus.equals("bundled")
                            ? "bundled:" + source + ":" + p[1] + ":" + p[2]
                            : "scifact:" + source + ":" + p[1];
                    assertThat(sentences).as("support sentence " + key).containsKey(key);
                    texts.add(sentences.get(key));
                }
                if (usable) {
                    out.add(new Labelled(
                            item.get("id").asText(), item.get("question").asText(), st, String.join(" ", texts)));
                }
            }
        }
        return out;
    }

    private static List<JsonNode> lines(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = ClaimChecksTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}

package dev.cited.cli;

import static dev.cited.cli.CliTest.cited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.eval.Question;
import dev.cited.history.ConversationIds;
import dev.cited.history.Feedback;
import dev.cited.history.History;
import dev.cited.history.HistoryDatabase;
import dev.cited.history.NewTurn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cited feedback} and {@code cited ask --conversation} on a real SQLite history. */
class FeedbackCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void index() {
        BundledIndex.get();
        System.setProperty("cited.home", Path.of("").toAbsolutePath().toString());
    }

    static NewTurn turn(String question, String model, String outcome, List<String> cited) {
        return new NewTurn(
                question, question + " (standalone)", "answer [1]", model, outcome, cited, Map.of(), "{}", 10);
    }

    @Test
    void thumbs_down_answers_export_as_eval_questions_and_the_report_counts_by_model_and_outcome() throws Exception {
        String db = dir.resolve("h.sqlite").toString();
        String id = ConversationIds.next();
        try (History h = HistoryDatabase.open(db)) {
            h.append("alice", id, turn("What is dropout?", "extractive", "answered", List.of("2401.05566")));
            h.append("alice", id, turn("And batch norm?", "extractive", "abstained", List.of()));
            h.append("alice", id, turn("And layer norm?", "gpt", "answered", List.of("2310.13548")));
            h.feedback("alice", id, 1, new Feedback(Feedback.Rating.DOWN, "wrong paper", Instant.now()));
            h.feedback("alice", id, 2, new Feedback(Feedback.Rating.UP, null, Instant.now()));
            h.feedback("alice", id, 3, new Feedback(Feedback.Rating.DOWN, null, Instant.now()));
        }

        CliTest.Run export = cited("feedback", "export", "--database", db, "--format", "questions");
        assertThat(export.exit()).as(export.err()).isZero();
        List<String> lines = export.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        Question q = JSON.readValue(lines.getFirst(), Question.class);
        assertThat(q.id()).isEqualTo("fb-" + id + "-1");
        assertThat(q.question()).isEqualTo("What is dropout? (standalone)");
        JsonNode first = JSON.readTree(lines.getFirst());
        assertThat(first.get("cited").get(0).asText()).isEqualTo("2401.05566");
        assertThat(first.get("comment").asText()).isEqualTo("wrong paper");
        assertThat(first.get("asked").asText()).isEqualTo("What is dropout?");

        CliTest.Run later = cited("feedback", "export", "--database", db, "--since", "2999-01-01");
        assertThat(later.out()).isEmpty();

        CliTest.Run report = cited("feedback", "report", "--database", db, "--json");
        assertThat(report.exit()).as(report.err()).isZero();
        JsonNode tallies = JSON.readTree(report.out()).get("by_model_and_outcome");
        assertThat(tallies.toString())
                .isEqualTo("[{\"model\":\"extractive\",\"outcome\":\"abstained\",\"up\":1,\"down\":0},"
                        + "{\"model\":\"extractive\",\"outcome\":\"answered\",\"up\":0,\"down\":1},"
                        + "{\"model\":\"gpt\",\"outcome\":\"answered\",\"up\":0,\"down\":1}]");
    }

    @Test
    void ask_conversation_continues_across_processes_from_the_database() throws Exception {
        String db = dir.resolve("h.sqlite").toString();
        String index = Path.of("target", "test-indexes", "bundled").toString();
        CliTest.Run first = cited(
                "ask",
                "--json",
                "--index",
                index,
                "--database",
                db,
                "--conversation",
                "talk-1",
                "Can safety training remove backdoors from sleeper agent models?");
        assertThat(first.exit()).as(first.err()).isZero();
        CliTest.Run next = cited(
                "ask",
                "--json",
                "--index",
                index,
                "--database",
                db,
                "--conversation",
                "talk-1",
                "and did adversarial training help?");
        assertThat(next.exit()).as(next.err()).isZero();

        assertThat(JSON.readTree(next.out())
                        .get("sources")
                        .get(0)
                        .get("paper_id")
                        .asText())
                .isEqualTo("2401.05566");
        try (History h = HistoryDatabase.open(db)) {
            assertThat(h.turns("local", "talk-1")).hasSize(2);
        }
        assertThat(cited("ask", "--index", index, "--conversation", "../x", "q").exit())
                .isNotZero();
    }
}

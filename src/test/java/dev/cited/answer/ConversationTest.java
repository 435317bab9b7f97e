package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.check.Citation;
import dev.cited.history.History;
import dev.cited.history.HistoryDatabase;
import dev.cited.history.Turn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            and did adversarial training help?                          | true
            What about its robustness?                                  | true
            Why?                                                        | true
            How large is the ROOTS corpus used to train BLOOM?           | false
            Which papers study sycophancy in RLHF-trained assistants?    | false
            """)
    void a_follow_up_that_leans_on_the_conversation_is_recognised(String question, boolean leans) {
        assertThat(QuestionCondenser.leansOnContext(question)).isEqualTo(leans);
    }

    @Test
    void with_the_extractive_model_a_follow_up_retrieves_the_earlier_topic_and_numbers_stay_stable()
            throws IOException {
        AnswerService answers = BundledIndex.get().answers();

        Answer first = answers.ask(
                new AskRequest("Can safety training remove backdoors from sleeper agent models?", 5, null, "s1"));
        Answer followUp = answers.ask(new AskRequest("and did adversarial training help?", 5, null, "s1"));

        assertThat(first.sources().getFirst().paperId()).isEqualTo("2401.05566");
        assertThat(followUp.sources())
                .filteredOn(s -> s.paperId().equals("2401.05566"))
                .singleElement()
                .extracting(Source::n)
                .isEqualTo(1);
        Map<String, Integer> before = new java.util.HashMap<>();
        first.sources().forEach(s -> before.put(s.paperId(), s.n()));
        followUp.sources().forEach(s -> {
            if (before.containsKey(s.paperId())) {
                assertThat(s.n()).isEqualTo(before.get(s.paperId()));
            }
        });
        assertThat(followUp.citations()).extracting(Citation::arxivId).contains("2401.05566");
        assertThat(followUp.answer().toLowerCase(java.util.Locale.ROOT)).contains("adversarial training");
    }

    @Test
    void a_chain_of_follow_ups_keeps_the_first_topic_and_never_grows() {
        Conversation c = Conversation.start("c");
        String standalone = "Can safety training remove backdoors from sleeper agent models?";
        c = c.with(new Conversation.Turn(standalone, standalone, "Yes [1]."), Map.of());
        for (int i = 0; i < 200; i++) {
            String next = QuestionCondenser.standalone(c, "and what about it, part " + i + "?");
            assertThat(next)
                    .endsWith("(follow-up to: Can safety training remove backdoors from sleeper agent models?)");
            c = c.with(new Conversation.Turn("and what about it?", next, "An answer [1]. ".repeat(500)), Map.of());
        }
        assertThat(c.turns().getLast().standalone().length()).isLessThan(150);
        assertThat(c.last(ConversationStore.CONTEXT_TURNS)
                        .history(ConversationStore.CONTEXT_TURNS)
                        .length())
                .isLessThan(3 * (Conversation.MAX_QUESTION_CHARS + Conversation.MAX_ANSWER_CHARS + 30));
    }

    @Test
    void a_long_topic_is_cut_when_carried_into_a_follow_up() {
        String topic = "dropout ".repeat(200).strip() + "?";
        Conversation c = Conversation.start("c").with(new Conversation.Turn(topic, topic, "a"), Map.of());
        assertThat(QuestionCondenser.standalone(c, "and why?").length())
                .isLessThan(QuestionCondenser.MAX_TOPIC_CHARS + 40);
    }

    @Test
    void conversations_are_stored_in_the_history_database_and_read_back_after_a_reopen(@TempDir Path dir)
            throws IOException {
        AnswerService answers;
        try (History history = HistoryDatabase.open(dir.resolve("h.sqlite").toString())) {
            answers = BundledIndex.get().cited.answers(ConversationStore.in(history));
            answers.ask(new AskRequest(
                    "Can safety training remove backdoors from sleeper agent models?", 5, null, "s1", "alice"));
        }
        try (History history = HistoryDatabase.open(dir.resolve("h.sqlite").toString())) {
            Answer followUp = BundledIndex.get()
                    .cited
                    .answers(ConversationStore.in(history))
                    .ask(new AskRequest("and did adversarial training help?", 5, null, "s1", "alice"));
            assertThat(followUp.sources())
                    .filteredOn(s -> s.paperId().equals("2401.05566"))
                    .singleElement()
                    .extracting(Source::n)
                    .isEqualTo(1);
            List<Turn> turns = history.turns("alice", "s1");
            assertThat(turns)
                    .extracting(t -> t.content().question())
                    .containsExactly(
                            "Can safety training remove backdoors from sleeper agent models?",
                            "and did adversarial training help?");
            assertThat(turns.getLast().content().standalone()).contains("sleeper agent");
            assertThat(turns.getFirst().content().cited()).contains("2401.05566");
            assertThat(turns.getFirst().content().answerJson())
                    .contains("\"sources\"")
                    .contains("\"timings_ms\"");
            assertThatThrownBy(() -> BundledIndex.get()
                            .cited
                            .answers(ConversationStore.in(history))
                            .ask(new AskRequest("and what about dropout?", 5, null, "s1", "mallory")))
                    .isInstanceOf(History.NoSuchConversationException.class);
        }
    }

    @Test
    void conversation_files_of_earlier_versions_move_into_the_database_once(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(ConversationFiles.FOLDER));
        Conversation old = Conversation.start("c-1")
                .with(new Conversation.Turn("q1", "q1", "a1 [1]"), Map.of("2401.05566", 1))
                .with(new Conversation.Turn("and q2?", "and q2? (follow-up to: q1)", "a2 [1]"), Map.of());
        new ObjectMapper().writeValue(folder.resolve("c-1.json").toFile(), old);
        try (History history = HistoryDatabase.open(dir.resolve("h.sqlite").toString())) {
            assertThat(ConversationFiles.migrate(folder, history, AskRequest.LOCAL))
                    .isEqualTo(1);
            assertThat(ConversationFiles.migrate(folder, history, AskRequest.LOCAL))
                    .isZero();
            assertThat(history.turns(AskRequest.LOCAL, "c-1"))
                    .extracting(t -> t.content().standalone())
                    .containsExactly("q1", "and q2? (follow-up to: q1)");
            assertThat(history.numbers("c-1")).containsEntry("2401.05566", 1);
        }
        assertThat(dir.resolve(ConversationFiles.FOLDER + ".migrated").resolve("c-1.json"))
                .isRegularFile();
    }
}

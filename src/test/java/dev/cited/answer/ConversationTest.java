package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cited.BundledIndex;
import dev.cited.check.Citation;
import java.io.IOException;
import java.nio.file.Path;
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
    void conversations_saved_to_a_folder_survive_and_bad_ids_are_refused(@TempDir Path dir) {
        ConversationStore store = ConversationStore.inFolder(dir);
        store.save(Conversation.start("c-1").with(new Conversation.Turn("q", "q", "a [1]"), Map.of("2401.05566", 1)));

        Conversation loaded = store.load("c-1");
        assertThat(loaded.turns()).hasSize(1);
        assertThat(loaded.numbers()).containsEntry("2401.05566", 1);
        assertThat(store.load("new").turns()).isEmpty();
        assertThatThrownBy(() -> store.load("../etc/passwd")).hasMessageContaining("illegal conversation id");
    }
}

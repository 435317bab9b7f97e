package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one question check every surface shares. */
class QuestionsTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("an ordinary question", "what is BLOOM?", null),
                Arguments.of("tabs and line breaks", "what\tis\r\nBLOOM?", null),
                Arguments.of("right-to-left text and emoji", "מה זה BLOOM? 🌸", null),
                Arguments.of("null", null, "empty_question"),
                Arguments.of("spaces", "   ", "empty_question"),
                Arguments.of("zero-width spaces", "\u200B\u200B\u200C\u200D\u2060\uFEFF", "empty_question"),
                Arguments.of("non-breaking spaces", "\u00A0\u202F\u2007 \u3000", "empty_question"),
                Arguments.of("NUL", "hi\u0000there", "invalid_question"),
                Arguments.of("ESC", "hi\u001B[31m", "invalid_question"),
                Arguments.of("DEL", "hi\u007F", "invalid_question"),
                Arguments.of("at the limit", "x".repeat(Questions.MAX_LENGTH), null),
                Arguments.of("over the limit", "x".repeat(Questions.MAX_LENGTH + 1), "question_too_long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_question_is_rejected_with_the_code_that_names_its_problem(String name, String text, String code) {
        Questions.Problem p = Questions.check(text, "question");

        assertThat(p == null ? null : p.code()).isEqualTo(code);
        if (p != null) {
            assertThat(p.message()).contains("'question'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_preview_is_never_longer_than_asked_and_never_splits_a_surrogate_pair(String name, String text, String code) {
        String p = Questions.preview(text == null ? null : text + "😀".repeat(60), 100);

        assertThat(p.length()).isLessThanOrEqualTo(101);
        assertThat(p.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .isEqualTo(p.chars()
                        .filter(c -> Character.isLowSurrogate((char) c))
                        .count());
    }
}

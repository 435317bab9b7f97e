package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cited.answer.Answer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code cited ask}'s output, exactly; a terminal shows text as text, so nothing is escaped. */
class TerminalRendererTest {

    static final String CITED = """
            Backdoors persist [1]. BLOOM used ROOTS [3]. Size matters [1].

            [1] Sleeper Agents (2024)  https://arxiv.org/abs/24011
                "Backdoors persist." (version 1 of 2)
                "Larger models persist more." (version 2 of 2)
            [3] BLOOM (2022)  https://arxiv.org/abs/22113
                "ROOTS is a corpus."
            """;

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("answered", Answers.answered(), CITED),
                arguments("abstained", Answers.abstained(), "The collection does not answer this question.\n\n"),
                arguments(
                        "fell back",
                        Answers.fellBack(),
                        CITED + "warning: model 'local' failed (cannot connect to"
                                + " http://127.0.0.1:9); answered with the extractive model\n(answered by extractive)\n"),
                arguments("hostile", Answers.hostile(), """
                        <script>x</script> @channel claim | > done [1].

                        [1] <script>alert(1)</script> @channel *bold* a|b > c [x](http://evil) (2024)  https://example.org/a|b>c
                            "<b>@here</b> *quote* | > _x_"
                        warning: removed citation <@U1> *[7]*
                        (answered by local)
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void renders_an_answer_as_cited_ask_prints_it(String name, Answer answer, String expected) {
        assertThat(TerminalRenderer.answer(AnswerView.of(answer))).isEqualTo(expected);
    }
}

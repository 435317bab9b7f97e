package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cited.answer.Answer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mattermost replies: Markdown with numbered source links, escaped, mentions defused. */
class MattermostRendererTest {

    static final String CITED = """
            Backdoors persist [1]. BLOOM used ROOTS [3]. Size matters [1].

            **Sources**
            1. [Sleeper Agents](https://arxiv.org/abs/24011) (2024)
                > Backdoors persist.
                > Larger models persist more.
            3. [BLOOM](https://arxiv.org/abs/22113) (2022)
                > ROOTS is a corpus.""";

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("answered", Answers.answered(), CITED),
                arguments("abstained", Answers.abstained(), "The collection does not answer this question."),
                arguments(
                        "fell back",
                        Answers.fellBack(),
                        CITED + "\n\n_warning: model 'local' failed (cannot connect to"
                                + " http://127.0.0.1:9); answered with the extractive model_"),
                arguments("hostile", Answers.hostile(), """
                        \\<script\\>x\\</script\\> @\u200Bchannel _claim_ \\| \\> done [1].

                        **Sources**
                        1. [\\<script\\>alert(1)\\</script\\> @\u200Bchannel \\*bold\\* a\\|b \\> c \\[x\\](http://evil)]\
                        (https://example.org/a%7Cb%3Ec) (2024)
                            > \\<b\\>@\u200Bhere\\</b\\> \\*quote\\* \\| \\> \\_x\\_

                        _warning: removed citation \\<@\u200BU1\\> \\*\\[7\\]\\*_"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void renders_an_answer_as_a_mattermost_post(String name, Answer answer, String expected) {
        assertThat(MattermostRenderer.answer(AnswerView.of(answer))).isEqualTo(expected);
    }

    @Test
    void hostile_text_can_notify_nobody_and_inject_no_html_or_link() {
        String post = MattermostRenderer.answer(AnswerView.of(Answers.hostile()));

        assertThat(post)
                .doesNotContain("@channel")
                .doesNotContain("@here")
                .doesNotContain("<script>")
                .doesNotContain("*bold*")
                .doesNotContain("[x](");
    }
}

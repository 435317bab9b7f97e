package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.cited.answer.Answer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The OpenAI-compatible endpoint's content: Markdown, control characters escaped, markers kept. */
class MarkdownRendererTest {

    static final String CITED = """
            Backdoors persist [1]. BLOOM used ROOTS [3]. Size matters [1].

            Sources:
            [1] Sleeper Agents (2024) https://arxiv.org/abs/24011
                "Backdoors persist." (version 1 of 2)
                "Larger models persist more." (version 2 of 2)
            [3] BLOOM (2022) https://arxiv.org/abs/22113
                "ROOTS is a corpus.\"""";

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("answered", Answers.answered(), CITED),
                arguments("abstained", Answers.abstained(), "The collection does not answer this question."),
                arguments(
                        "fell back",
                        Answers.fellBack(),
                        CITED + "\n\n(warning: model 'local' failed (cannot connect to"
                                + " http://127.0.0.1:9); answered with the extractive model)"),
                arguments("hostile", Answers.hostile(), """
                        \\<script\\>x\\</script\\> @channel _claim_ \\| \\> done [1].

                        Sources:
                        [1] \\<script\\>alert(1)\\</script\\> @channel \\*bold\\* a\\|b \\> c \\[x\\](http://evil) (2024) \
                        https://example.org/a%7Cb%3Ec
                            "\\<b\\>@here\\</b\\> \\*quote\\* \\| \\> \\_x\\_"

                        (warning: removed citation \\<@U1\\> \\*\\[7\\]\\*)"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void renders_an_answer_as_markdown_with_a_numbered_source_list(String name, Answer answer, String expected) {
        assertThat(MarkdownRenderer.answer(AnswerView.of(answer))).isEqualTo(expected);
    }

    @Test
    void hostile_text_can_inject_no_html_emphasis_or_link() {
        String md = MarkdownRenderer.answer(AnswerView.of(Answers.hostile()));

        assertThat(md)
                .doesNotContain("<script>")
                .doesNotContain("*bold*")
                .doesNotContain("[x](")
                .doesNotContain("<b>");
    }
}

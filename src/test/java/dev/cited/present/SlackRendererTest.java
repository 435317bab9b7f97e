package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import dev.cited.answer.Answer;
import dev.cited.answer.Outcome;
import dev.cited.answer.Source;
import dev.cited.check.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Slack Block Kit: escaping and Slack's limits (moved here from chat's SlackFormatTest with SlackFormat). */
class SlackRendererTest {

    private static Answer answer(String text, String title, String quote, int sources) {
        List<Source> s = new ArrayList<>();
        List<Citation> c = new ArrayList<>();
        for (int n = 1; n <= sources; n++) {
            s.add(new Source(
                    n,
                    "p" + n,
                    null,
                    title,
                    title,
                    "https://example.org/" + n,
                    2024,
                    1,
                    2,
                    quote,
                    1.0,
                    new Source.Scores(1f, 0.5f, 1.0),
                    List.of()));
            c.add(new Citation(n, "p" + n, null, title, 2, quote));
        }
        return new Answer(
                "q",
                text,
                Outcome.answered("extractive"),
                c,
                s,
                List.of("model 'x' failed (<boom>)"),
                new Answer.Timings(1, 1, 2),
                null);
    }

    @Test
    void hostile_titles_and_model_text_can_never_ping_or_fake_a_link() throws Exception {
        Answer a = answer(
                "<!channel> everyone look & click <https://evil.example|here> [1]",
                "<!here> Evil & <https://x|y>",
                "A quote with <@U123> in it.",
                1);

        String blocks = new ObjectMapper()
                .readTree(new Gson().toJson(SlackRenderer.blocks(AnswerView.of(a))))
                .toString();
        String fallback = SlackRenderer.fallback(AnswerView.of(a));

        for (String s : List.of(blocks, fallback)) {
            assertThat(s)
                    .doesNotContain("<!channel>")
                    .doesNotContain("<!here>")
                    .doesNotContain("<https://evil")
                    .doesNotContain("<@U123>");
        }
        assertThat(blocks)
                .contains("&lt;!channel&gt; everyone look &amp; click")
                .contains("&lt;!here&gt; Evil &amp;")
                .contains("<https://example.org/1|&lt;!here&gt; Evil &amp; &lt;https://x¦y&gt;>")
                .contains("_(version 2 of 2)_")
                .contains("model 'x' failed (&lt;boom&gt;)");
    }

    @Test
    void long_answers_are_split_within_slacks_limits() throws Exception {
        Answer a = answer("word ".repeat(2000) + "[1]", "T", "q ".repeat(2000), 60);

        var blocks = SlackRenderer.blocks(AnswerView.of(a));

        assertThat(blocks).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
        String json = new Gson().toJson(blocks);
        new ObjectMapper().readTree(json).findValues("text").forEach(t -> {
            if (t.has("text")) {
                assertThat(t.get("text").asText().length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION);
            }
        });
        assertThat(SlackRenderer.fallback(AnswerView.of(a)).length()).isLessThanOrEqualTo(SlackRenderer.MAX_FALLBACK);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                arguments(
                        "answered",
                        Answers.answered(),
                        List.of(
                                "*[1]* <https://arxiv.org/abs/24011|Sleeper Agents> (2024)\n>Backdoors persist. _(version 1 of 2)_"
                                        + "\n>Larger models persist more. _(version 2 of 2)_",
                                "*[3]* <https://arxiv.org/abs/22113|BLOOM> (2022)\n>ROOTS is a corpus."),
                        "Backdoors persist [1]. BLOOM used ROOTS [3]. Size matters [1].\n[1] Sleeper Agents\n[3] BLOOM"),
                arguments(
                        "abstained",
                        Answers.abstained(),
                        List.of(
                                "Closest paper (not a source for an answer): *Yolk Studies*",
                                "Closest paper (not a source for an answer): <https://example.org/1|Eggs, Boiled>"),
                        "The collection does not answer this question."),
                arguments(
                        "fell back",
                        Answers.fellBack(),
                        List.of("⚠ model 'local' failed (cannot connect to"
                                + " http://127.0.0.1:9); answered with the extractive model"),
                        "Backdoors persist [1]. BLOOM used ROOTS [3]. Size matters [1].\n[1] Sleeper Agents\n[3] BLOOM"),
                arguments(
                        "hostile",
                        Answers.hostile(),
                        List.of(
                                "&lt;script&gt;x&lt;/script&gt; @channel _claim_ | &gt; done [1].",
                                "*[1]* <https://example.org/a%7Cb%3Ec|&lt;script&gt;alert(1)&lt;/script&gt; @channel *bold* a¦b &gt; c"
                                        + " [x](http://evil)> (2024)\n>&lt;b&gt;@here&lt;/b&gt; *quote* | &gt; _x_",
                                "⚠ removed citation &lt;@U1&gt; *[7]*"),
                        "&lt;script&gt;x&lt;/script&gt; @channel *claim* | &gt; done [1].\n[1] &lt;script&gt;alert(1)"
                                + "&lt;/script&gt; @channel *bold* a|b &gt; c [x](http://evil)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void renders_an_answer_as_block_kit_and_a_plain_fallback(
            String name, Answer answer, List<String> texts, String fallback) throws Exception {
        AnswerView v = AnswerView.of(answer);

        List<String> blockTexts = new ArrayList<>();
        new ObjectMapper()
                .readTree(new Gson().toJson(SlackRenderer.blocks(v)))
                .findValues("text")
                .forEach(t -> blockTexts.add(
                        t.isTextual() ? t.asText() : t.path("text").asText()));
        assertThat(blockTexts).containsAll(texts);
        assertThat(SlackRenderer.fallback(v)).isEqualTo(fallback);
    }

    @Test
    void an_abstention_has_no_divider_before_its_closest_papers() {
        var blocks = SlackRenderer.blocks(AnswerView.of(Answers.abstained()));

        assertThat(new Gson().toJson(blocks)).doesNotContain("\"divider\"");
    }
}

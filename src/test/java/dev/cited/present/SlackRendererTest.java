package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import dev.cited.answer.Answer;
import dev.cited.answer.Citation;
import dev.cited.answer.Outcome;
import dev.cited.answer.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack Block Kit: escaping and Slack's limits (moved here from chat's SlackFormatTest with SlackFormat). */
class SlackRendererTest {

    private static Answer answer(String text, String title, String quote, int sources) {
        List<Source> s = new ArrayList<>();
        List<Citation> c = new ArrayList<>();
        for (int n = 1; n <= sources; n++) {
            s.add(new Source(n, "p" + n, null, title, title, "https://example.org/" + n, 2024, 1, 2, quote, 1.0,
                    new Source.Scores(1f, 0.5f, 1.0)));
            c.add(new Citation(n, "p" + n, null, title, 2, quote));
        }
        return new Answer("q", text, Outcome.answered("extractive"), c, s, List.of("model 'x' failed (<boom>)"),
                new Answer.Timings(1, 1, 2), null);
    }

    @Test
    void hostile_titles_and_model_text_can_never_ping_or_fake_a_link() throws Exception {
        Answer a = answer("<!channel> everyone look & click <https://evil.example|here> [1]", "<!here> Evil & <https://x|y>",
                "A quote with <@U123> in it.", 1);

        String blocks = new ObjectMapper().readTree(new Gson().toJson(SlackRenderer.blocks(AnswerView.of(a)))).toString();
        String fallback = SlackRenderer.fallback(AnswerView.of(a));

        for (String s : List.of(blocks, fallback)) {
            assertThat(s).doesNotContain("<!channel>").doesNotContain("<!here>").doesNotContain("<https://evil")
                    .doesNotContain("<@U123>");
        }
        assertThat(blocks).contains("&lt;!channel&gt; everyone look &amp; click").contains("&lt;!here&gt; Evil &amp;")
                .contains("<https://example.org/1|&lt;!here&gt; Evil &amp; &lt;https://x¦y&gt;>")
                .contains("_(version 2 of 2)_").contains("model 'x' failed (&lt;boom&gt;)");
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
}

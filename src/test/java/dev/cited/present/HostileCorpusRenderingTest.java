package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import dev.cited.answer.Answer;
import dev.cited.answer.Outcome;
import dev.cited.answer.Source;
import dev.cited.check.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corpus text written to attack each surface (issue 15, item 5): a {@code javascript:} URL, a URL
 * full of Slack's link syntax, a title with HTML, mentions and a Markdown link, an abstract quote
 * with the same. Each renderer shows them as text and links only http(s).
 */
class HostileCorpusRenderingTest {

    private static final String TITLE =
            "<img src=x onerror=alert(1)> @all @channel @here @someone [click](javascript:alert(2)) <!channel>";
    private static final String QUOTE = "<script>alert(3)</script> @here see [x](javascript:alert(4)) & <b>bold</b>";

    private static Answer hostile() {
        List<Source> sources = List.of(
                Answers.source(1, TITLE, 2024, "javascript:alert(5)", 1),
                Answers.source(2, "Plain title", 2023, "https://example.org/p?a=1&b=<c>|d", 1),
                Answers.source(3, "Data title", 2022, "data:text/html,<script>alert(6)</script>", 1));
        List<Citation> citations = List.of(
                new Citation(1, "p1", null, TITLE, 1, QUOTE),
                new Citation(2, "p2", null, "Plain title", 1, "Plain quote."),
                new Citation(3, "p3", null, "Data title", 1, "Data quote."));
        return new Answer(
                "q",
                "First @channel <img src=x onerror=alert(7)> [1]. Second [2]. Third [3].",
                Outcome.answered("local"),
                citations,
                sources,
                List.of(),
                Answers.TIMINGS,
                null);
    }

    @Test
    void markdown_for_openai_clients_has_no_raw_html_and_no_javascript_or_data_url() {
        String md = MarkdownRenderer.answer(AnswerView.of(hostile()));

        assertThat(md)
                .as("every < is backslash-escaped, so no HTML tag starts")
                .doesNotContainPattern("(?<!\\\\)<")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
                .doesNotContain("javascript:alert(5)")
                .doesNotContain("data:text/html")
                .contains("\\<img src=x onerror=alert(1)\\>")
                .contains("\\[click\\](javascript:alert(2))")
                .contains("https://example.org/p?a=1&b=%3Cc%3E%7Cd");
    }

    @Test
    void mattermost_notifies_nobody_and_links_only_http() {
        String post = MattermostRenderer.answer(AnswerView.of(hostile()));

        assertThat(post)
                .doesNotContain("@all")
                .doesNotContain("@channel")
                .doesNotContain("@here")
                .doesNotContain("@someone")
                .doesNotContainPattern("(?<!\\\\)<")
                .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:")
                .doesNotContain("(javascript:alert(5))")
                .doesNotContain("data:text/html")
                .contains("@\u200Ball")
                .contains("[Plain title](https://example.org/p?a=1&b=%3Cc%3E%7Cd)")
                .contains("1. **");
    }

    @Test
    void slack_escapes_text_and_keeps_a_url_inside_its_link() throws Exception {
        AnswerView v = AnswerView.of(hostile());
        String blocks = new ObjectMapper()
                .readTree(new Gson().toJson(SlackRenderer.blocks(v)))
                .toString();
        String fallback = SlackRenderer.fallback(v);

        for (String s : List.of(blocks, fallback)) {
            assertThat(s).doesNotContain("<!channel>").doesNotContain("<img").doesNotContain("<script>");
        }
        assertThat(blocks)
                .contains("<https://example.org/p?a=1&amp;b=%3Cc%3E%7Cd|Plain title>")
                .doesNotContain("<javascript:")
                .doesNotContain("data:text/html")
                .contains("&lt;!channel&gt;");
    }

    @Test
    void only_absolute_http_and_https_urls_are_links() {
        assertThat(WebLinks.isWeb("https://arxiv.org/abs/2401.05566")).isTrue();
        assertThat(WebLinks.isWeb("HTTP://example.org")).isTrue();
        for (String bad : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                " https://x.example",
                "https://x.example/a b",
                "https://x.example/\n",
                "data:text/html,x",
                "//x.example",
                "/relative")) {
            assertThat(WebLinks.isWeb(bad)).as(bad).isFalse();
        }
        assertThat(WebLinks.isWeb(null)).isFalse();
    }
}

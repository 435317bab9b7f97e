package dev.cited.present;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.present.MarkdownSubset.Dialect;
import org.junit.jupiter.api.Test;

class MarkdownSubsetTest {

    private static final String ANSWER = String.join(
            "\n",
            "The authors find:",
            "",
            "- **Backdoors persist** through safety training [1].",
            "- It is *most persistent* in the largest models <b>x</b> [1][2].",
            "",
            "1. A [link](javascript:x) stays text [2].");

    @Test
    void slack_gets_bullets_and_its_own_bold_and_italics_with_everything_else_escaped() {
        String out = MarkdownSubset.render(ANSWER, SlackRenderer::escape, Dialect.SLACK);

        assertThat(out)
                .isEqualTo(String.join(
                        "\n",
                        "The authors find:",
                        "",
                        "• *Backdoors persist* through safety training [1].",
                        "• It is _most persistent_ in the largest models &lt;b&gt;x&lt;/b&gt; [1][2].",
                        "",
                        "1. A [link](javascript:x) stays text [2]."));
    }

    @Test
    void mattermost_gets_markdown_lists_and_emphasis_with_links_and_html_escaped() {
        String out = MarkdownSubset.render(ANSWER, MattermostRenderer::escape, Dialect.MARKDOWN);

        assertThat(out)
                .contains("- **Backdoors persist** through safety training [1].")
                .contains("- It is _most persistent_ in the largest models \\<b\\>x\\</b\\> [1][2].")
                .contains("1. A \\[link\\](javascript:x) stays text [2].");
    }

    @Test
    void emphasis_left_open_is_text() {
        assertThat(MarkdownSubset.render("a **b [1] c** d", MattermostRenderer::escape, Dialect.MARKDOWN))
                .isEqualTo("a \\*\\*b [1] c\\*\\* d");
    }

    @Test
    void a_terminal_gets_bullets_and_no_emphasis_marks() {
        assertThat(MarkdownSubset.render("- **Backdoors persist** in *large* models [1].", t -> t, Dialect.PLAIN))
                .isEqualTo("• Backdoors persist in large models [1].");
    }
}

package dev.cited.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Questions typed in chat (moved here from SlackFormatTest when SlackFormat moved to present). */
class ChatQuestionTest {

    @Test
    void chat_questions_take_model_and_share_options_and_lose_mentions() {
        assertThat(ChatQuestion.parse("<@UBOT> --model local does it work?"))
                .isEqualTo(new ChatQuestion("does it work?", "local", false));
        assertThat(ChatQuestion.parse("--share what is BLOOM? --model=gpt"))
                .isEqualTo(new ChatQuestion("what is BLOOM?", "gpt", true));
        assertThat(ChatQuestion.parse("  ")).isEqualTo(new ChatQuestion("", null, false));
    }
}

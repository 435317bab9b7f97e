package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The extractive answerer's per-question cap on embedded sentences ({@code --extractive embed=N}). */
class EmbedBudgetTest {

    private static final PromptSources PROMPT = new PromptSources("Which optimizer trains transformers fastest?", new TreeMap<>(Map.of(
            1, List.of("We compare optimizers. Adam trains transformers fastest in our runs. The data are public."),
            2, List.of("Cats sleep a lot. Dogs bark. Birds sing at dawn."))));

    @Test
    void without_a_budget_every_sentence_is_a_candidate() {
        ExtractiveChatModel model = new ExtractiveChatModel(BundledIndex.get().embedder);

        assertThat(model.score(PROMPT)).hasSize(6);
    }

    @Test
    void a_budget_keeps_the_sentences_sharing_most_question_terms_then_the_first_sources() {
        ExtractiveChatModel model = new ExtractiveChatModel(BundledIndex.get().embedder, ExtractiveChatModel.Settings.parse("embed=3"));

        assertThat(model.score(PROMPT)).extracting(ExtractiveChatModel.Candidate::sentence)
                .hasSize(3)
                .first().isEqualTo("Adam trains transformers fastest in our runs.");
        assertThat(model.score(PROMPT)).extracting(ExtractiveChatModel.Candidate::n).containsOnly(1);
    }
}

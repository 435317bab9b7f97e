package dev.cited.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class Bm25RetrieverTest extends RetrieverContractTest {

    @Override
    Retriever retriever() {
        return new Bm25Retriever(BundledIndex.get().index);
    }

    /** 1,100 characters of Chinese: the standard tokenizer makes every character a term. */
    static final String LONG_CHINESE_QUESTION = "对抗训练能否消除大型语言模型中的后门行为".repeat(55);

    @Test
    void a_question_with_more_terms_than_lucene_allows_clauses_is_pruned_to_its_rarest_terms() throws IOException {
        String longEnglish = ("Can adversarial training remove backdoor behaviour from deceptive language models "
                        + "trained with chain of thought about deceiving the training process? ")
                .repeat(120);

        assertThat(((Bm25Retriever) retriever()).query(longEnglish).toString()).contains("backdoor");
        assertThat(retriever().search(longEnglish, 3))
                .extracting(PaperHit::paperId)
                .contains("2401.05566");
        assertThat(retriever().search(LONG_CHINESE_QUESTION, 3)).isNotNull();
    }

    @Test
    void scores_carry_only_the_bm25_part() throws IOException {
        ScoreBreakdown s = retriever().search("sycophancy", 1).getFirst().scores();
        assertThat(s.bm25Rank()).isEqualTo(1);
        assertThat(s.vector()).isNull();
    }
}

package dev.cited.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Retriever} promises, checked on the bundled corpus with real components. */
abstract class RetrieverContractTest {

    abstract Retriever retriever();

    @Test
    void each_paper_appears_once_ranked_from_one_with_scores_descending() throws IOException {
        List<PaperHit> hits = retriever().search("language model safety training", 10);

        assertThat(hits).hasSize(10);
        assertThat(hits).extracting(PaperHit::paperId).doesNotHaveDuplicates();
        assertThat(hits).extracting(PaperHit::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
    }

    @Test
    void results_are_deterministic() throws IOException {
        assertThat(retriever().search("chain of thought faithfulness", 8))
                .isEqualTo(retriever().search("chain of thought faithfulness", 8));
    }

    @Test
    void the_paper_a_query_is_about_comes_first() throws IOException {
        assertThat(retriever()
                        .search("backdoored models that persist through safety training", 3)
                        .getFirst()
                        .paperId())
                .isEqualTo("2401.05566");
        assertThat(retriever().search("hypergraph entropy cone", 3))
                .extracting(PaperHit::paperId)
                .contains("2002.05317");
    }

    @Test
    void k_is_respected_even_beyond_the_collection_size() throws IOException {
        assertThat(retriever().search("language models", 1)).hasSize(1);
        assertThat(retriever().search("language models", 500)).hasSizeLessThanOrEqualTo(28);
    }

    @Test
    void a_blank_query_or_bad_k_is_refused() {
        assertThatThrownBy(() -> retriever().search("  ", 5)).hasMessage("query is empty");
        assertThatThrownBy(() -> retriever().search("q", 0)).hasMessage("illegal k: 0, must be at least 1");
    }
}

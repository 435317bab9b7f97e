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

    @Test
    void scores_carry_only_the_bm25_part() throws IOException {
        ScoreBreakdown s = retriever().search("sycophancy", 1).getFirst().scores();
        assertThat(s.bm25Rank()).isEqualTo(1);
        assertThat(s.vector()).isNull();
    }
}

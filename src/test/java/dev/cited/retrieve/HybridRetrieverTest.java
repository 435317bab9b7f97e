package dev.cited.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HybridRetrieverTest extends RetrieverContractTest {

    @Override
    Retriever retriever() {
        return BundledIndex.get().hybrid();
    }

    @Test
    void the_breakdown_shows_both_retrievers_and_the_fused_score() throws IOException {
        ScoreBreakdown s =
                retriever().search("sleeper agents backdoor", 1).getFirst().scores();
        assertThat(s.bm25Rank()).isEqualTo(1);
        assertThat(s.vectorRank()).isEqualTo(1);
        assertThat(s.bm25()).isPositive();
        assertThat(s.vector()).isBetween(0f, 1f);
        assertThat(s.fused()).isEqualTo(1.0);
    }
}

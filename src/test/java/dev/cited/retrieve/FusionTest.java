package dev.cited.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionTest {

    private static final List<ScoredPaper> BM25 =
            List.of(new ScoredPaper("a", 1, 12f), new ScoredPaper("b", 1, 8f), new ScoredPaper("c", 1, 4f));
    private static final List<ScoredPaper> VECTOR =
            List.of(new ScoredPaper("c", 1, 0.9f), new ScoredPaper("a", 2, 0.7f), new ScoredPaper("d", 1, 0.5f));

    @Test
    void rrf_sums_reciprocal_ranks_by_paper_id() {
        Map<String, Double> fused = new Fusion.Rrf(60).fuse(BM25, VECTOR);

        assertThat(fused.get("a")).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
        assertThat(fused.get("b")).isCloseTo(1.0 / 62, within(1e-12));
        assertThat(fused.get("c")).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
        assertThat(fused.get("d")).isCloseTo(1.0 / 63, within(1e-12));
    }

    @Test
    void convex_combination_min_max_normalises_each_list_and_weights_vectors_by_alpha() {
        Map<String, Double> fused = new Fusion.Convex(0.6).fuse(BM25, VECTOR);

        assertThat(fused.get("a")).isCloseTo(0.4 * 1.0 + 0.6 * 0.5, within(1e-6));
        assertThat(fused.get("b")).isCloseTo(0.4 * 0.5, within(1e-6));
        assertThat(fused.get("c")).isCloseTo(0.4 * 0.0 + 0.6 * 1.0, within(1e-6));
        assertThat(fused.get("d")).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void specs_parse_and_bad_values_are_named() {
        assertThat(Fusion.parse("rrf")).isEqualTo(new Fusion.Rrf(60));
        assertThat(Fusion.parse("RRF:10")).isEqualTo(new Fusion.Rrf(10));
        assertThat(Fusion.parse("convex:0.3")).isEqualTo(new Fusion.Convex(0.3));
        assertThatThrownBy(() -> Fusion.parse("convex:1.5")).hasMessage("illegal alpha: 1.5, must be between 0 and 1");
        assertThatThrownBy(() -> Fusion.parse("max")).hasMessageContaining("unknown fusion 'max'");
    }
}

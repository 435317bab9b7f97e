package dev.cited.retrieve;

/**
 * One ranked paper.
 *
 * @param paperId the paper
 * @param rank 1-based rank
 * @param version the version whose chunk matched best
 * @param scores the score breakdown; {@code scores.fused()} orders the results
 */
public record PaperHit(String paperId, int rank, int version, ScoreBreakdown scores) {

    public double score() {
        return scores.fused();
    }
}

package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import dev.cited.answer.AnswerService;
import dev.cited.answer.ConversationStore;
import dev.cited.app.Cited;
import dev.cited.index.PaperIndex;
import dev.cited.retrieve.EmbeddedBackend;
import dev.cited.select.SciFactClaims;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code eval rationales} on six real SciFact training claims ({@code
 * src/test/resources/eval/scifact-rationales}), answered through the real answer service over the
 * real SciFact index.
 */
@Tag("slow")
class RationaleEvaluationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval/scifact-rationales");

    @Test
    void claims_are_scored_per_part_in_the_open_and_the_oracle_setting() throws IOException {
        List<SciFactClaims.Claim> claims =
                SciFactClaims.read(FIXTURE.resolve("claims.jsonl"), FIXTURE.resolve("corpus.jsonl"));
        try (PaperIndex index = SciFactIndex.open()) {
            Cited cited = Cited.over(
                    BundledIndex.settings(),
                    BundledIndex.get().embedder,
                    new EmbeddedBackend(index, BundledIndex.get().embedder, Path.of("scifact")));
            AnswerService open = cited.answers(ConversationStore.inMemory());
            AnswerService oracle = cited.answers(RationaleEvaluation.oracle(claims), ConversationStore.inMemory());

            RationaleEvaluation.Summary retrieved = RationaleEvaluation.run(claims, open, 5, "open");
            RationaleEvaluation.Summary given = RationaleEvaluation.run(claims, oracle, 5, "oracle");

            assertThat(retrieved.parts()).containsOnlyKeys("all", "train", "heldout");
            assertThat(retrieved.parts().get("all").claims()).isEqualTo(6);
            assertThat(retrieved.parts().get("heldout").claims()).isEqualTo(3);
            assertThat(retrieved.parts().get("all").gold()).isEqualTo(13);
            assertThat(given.parts().get("all").recall()).isPositive();
            assertThat(given.parts().get("all").precision()).isBetween(0.0, 1.0);
        }
    }
}

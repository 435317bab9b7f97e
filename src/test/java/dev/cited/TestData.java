package dev.cited;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Data sets that are not in the repository (SciFact), and the rule for a test that needs one: on a
 * developer's machine a missing data set skips the test; in CI ({@code CI=true}) it fails, naming
 * where the data was expected, so that a suite never passes there by running nothing.
 */
public final class TestData {

    private TestData() {}

    /**
     * The shared data folder: {@code -Dcited.shared.data=DIR} when given, else {@code
     * ../shared/data} (where CI lays {@code shared/} beside the clone).
     */
    public static Path sharedData() {
        String dir = System.getProperty("cited.shared.data");
        return dir == null || dir.isBlank() ? Path.of("..", "shared", "data") : Path.of(dir);
    }

    /** SciFact in BEIR format ({@code corpus.jsonl}, {@code queries-train.jsonl}, {@code qrels/train.tsv}), required. */
    public static Path scifact() {
        return require(sharedData().resolve("scifact-beir"), "SciFact (BEIR format)");
    }

    /**
     * Returns {@code path} when it exists; otherwise skips the calling test, or fails it when the
     * environment variable {@code CI} is {@code true}.
     *
     * @param what what the data is, for the message
     */
    public static Path require(Path path, String what) {
        if (Files.exists(path)) {
            return path;
        }
        String message = what + " not found at " + path.toAbsolutePath().normalize()
                + " (set -Dcited.shared.data=DIR for another data folder)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true and " + message);
        }
        Assumptions.abort(message + "; skipped outside CI");
        throw new AssertionError("unreachable");
    }
}

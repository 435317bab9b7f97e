package dev.cited.ingest;

/**
 * A record that was skipped or repaired during ingest, with the place it happened.
 *
 * @param file the input file
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param message what was wrong, naming the field or value
 */
public record IngestProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}

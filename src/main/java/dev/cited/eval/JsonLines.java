package dev.cited.eval;

import dev.cited.ingest.CorpusLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a line-oriented evaluation file (gzip accepted), handing each non-blank line on with its place. */
final class JsonLines {

    /** Receives one non-blank line: its 1-based number, its text, and {@code file:line} for error messages. */
    interface Line {
        void accept(int number, String text, String where) throws IOException;
    }

    private JsonLines() {}

    static void read(Path file, Line each) throws IOException {
        try (BufferedReader in = CorpusLoader.open(file)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    each.accept(n, line, file + ":" + n);
                }
            }
        }
    }
}

package dev.cited.check;

import dev.cited.index.TermAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Word groups read from a resource beside this package's classes: one group per line, a group
 * name, a tab, then words separated by spaces; blank lines and lines starting with {@code #} are
 * skipped. Words are compared as analysed stems ({@link TermAnalyzer}).
 */
final class WordGroups {

    private WordGroups() {}

    /**
     * The group name of every word's analysed stem in {@code resource}.
     *
     * @throws IllegalStateException when the resource is missing or a line is malformed (naming it)
     */
    static Map<String, String> groupOfStem(String resource) {
        Map<String, String> out = new HashMap<>();
        groupOfWord(resource).forEach((word, group) -> TermAnalyzer.terms(word).forEach(stem -> out.put(stem, group)));
        return Map.copyOf(out);
    }

    /**
     * The group name of every word of {@code resource} as written (lower case).
     *
     * @throws IllegalStateException when the resource is missing or a line is malformed (naming it)
     */
    static Map<String, String> groupOfWord(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = WordGroups.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + WordGroups.class);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2) {
                    throw new IllegalStateException("illegal line " + number + " in " + resource + ": '" + line
                            + "', must be a group name, a tab and words");
                }
                for (String word : parts[1].strip().split("\\s+")) {
                    out.put(word.toLowerCase(java.util.Locale.ROOT), parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}

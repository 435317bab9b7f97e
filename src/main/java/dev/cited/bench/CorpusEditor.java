package dev.cited.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.index.IndexStore;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Copies a collection into one folder, rewording 1% of its abstracts (at least one), spread
 * evenly, so that a rebuild has about 1% new text to embed. JSON lines (arXiv {@code abstract},
 * BEIR {@code text}) are edited through Jackson; in abstract dumps, lines of at least 20 words
 * count as abstracts. Catalogs are copied unchanged; file order is kept by a numeric prefix.
 */
final class CorpusEditor {

    private static final String EDIT = " This sentence was added to measure incremental rebuilds.";
    private static final String CATALOG = "catalog.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Abstracts seen so far, the stride between edits, and edits made. */
    private int seen;

    private double stride = Double.POSITIVE_INFINITY;
    private int edited;

    private CorpusEditor() {}

    /** Copies {@code corpusPaths} into {@code target}, editing as described; returns how many abstracts changed. */
    static int copyWithEdits(List<Path> corpusPaths, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> files = IndexStore.inputFiles(corpusPaths);
        CorpusEditor counter = new CorpusEditor();
        for (Path file : files) {
            if (!file.getFileName().toString().equals(CATALOG)) {
                counter.copy(file, Writer.nullWriter());
            }
        }
        CorpusEditor editor = new CorpusEditor();
        editor.stride = counter.seen / (double) Math.max(1, Math.round(counter.seen / 100.0));
        int n = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals(CATALOG)) {
                Files.copy(file, target.resolve(name));
                continue;
            }
            boolean gz = name.endsWith(".gz");
            try (OutputStream raw =
                            Files.newOutputStream(target.resolve(String.format(Locale.ROOT, "%03d-%s", n++, name)));
                    Writer out = new BufferedWriter(
                            new OutputStreamWriter(gz ? new GZIPOutputStream(raw) : raw, StandardCharsets.UTF_8))) {
                editor.copy(file, out);
            }
        }
        return editor.edited;
    }

    private void copy(Path from, Writer out) throws IOException {
        String name = from.getFileName().toString();
        boolean dump = name.replace(".gz", "").endsWith(".txt");
        try (InputStream raw = Files.newInputStream(from);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        name.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String written = line;
                if (dump ? line.split("\\s+").length >= 20 : line.startsWith("{")) {
                    // Edit the abstracts at positions 0, stride, 2 * stride, ...
                    if (seen >= edited * stride) {
                        written = dump ? line + EDIT : editJson(line);
                        edited += written.equals(line) ? 0 : 1;
                    }
                    seen++;
                }
                out.write(written);
                out.write('\n');
            }
        }
    }

    private static String editJson(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            for (String field : List.of("abstract", "text")) {
                if (node instanceof ObjectNode o && o.path(field).isTextual()) {
                    o.put(field, o.path(field).asText() + EDIT);
                    return JSON.writeValueAsString(o);
                }
            }
        } catch (IOException e) {
            // A malformed line is copied as it is; the ingest report names it.
        }
        return line;
    }
}

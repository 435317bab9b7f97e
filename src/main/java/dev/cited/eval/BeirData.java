package dev.cited.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** BEIR queries ({@code queries.jsonl}) and relevance judgments ({@code qrels/*.tsv}). */
public final class BeirData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BeirData() {}

    /**
     * Query id to text, in file order. Only {@code _id} and {@code text} are read; other fields
     * (SciFact keeps its gold evidence in {@code metadata}) never reach the system under test.
     *
     * @throws IOException naming file and line of a malformed record
     */
    public static Map<String, String> queries(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        JsonLines.read(file, (n, line, where) -> {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                throw new IOException(where + ": malformed JSON: " + e.getMessage(), e);
            }
            if (node == null || !node.hasNonNull("_id") || !node.hasNonNull("text")) {
                throw new IOException(where + ": a query needs '_id' and 'text'");
            }
            out.put(node.get("_id").asText(), node.get("text").asText());
        });
        return out;
    }

    /**
     * The query ids listed in {@code file}, one per line; blank lines and lines starting with
     * {@code #} are skipped.
     */
    public static Set<String> queryIds(Path file) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Query id to (document id to relevance), for judgments with relevance above 0. A first line
     * starting with {@code query-id} is a header.
     *
     * @throws IOException naming file and line of a malformed row
     */
    public static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        JsonLines.read(file, (n, line, where) -> {
            if (n == 1 && line.startsWith("query-id")) {
                return;
            }
            String[] f = line.strip().split("\\s+");
            if (f.length != 3 && f.length != 4) {
                throw new IOException(where + ": expected 'query-id corpus-id score', got \"" + line + "\"");
            }
            int rel;
            try {
                rel = Integer.parseInt(f[f.length - 1]);
            } catch (NumberFormatException e) {
                throw new IOException(where + ": score '" + f[f.length - 1] + "' is not an integer", e);
            }
            if (rel > 0) {
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[f.length - 2], rel);
            }
        });
        return out;
    }
}

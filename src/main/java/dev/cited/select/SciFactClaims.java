package dev.cited.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SciFact claims with their rationale sentences, read from the original release ({@code
 * claims_*.jsonl} and its sentence-split {@code corpus.jsonl}). A claim is held out for reporting
 * when its id is divisible by 5 ({@link #heldout}); nothing may be trained or tuned on those.
 */
public final class SciFactClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One claim.
     *
     * @param id the claim id
     * @param claim the claim text
     * @param rationales per gold abstract id, the text of every sentence in any of its rationales
     *     (empty for a claim without evidence)
     * @param cited the abstracts the claim's source cited (SciFact's {@code cited_doc_ids}),
     *     the oracle sources of a claim without evidence
     */
    public record Claim(int id, String claim, Map<String, List<String>> rationales, List<String> cited) {

        /** Whether the claim is in the reporting split (id divisible by 5). */
        public boolean heldout() {
            return SciFactClaims.heldout(id);
        }
    }

    private SciFactClaims() {}

    /** Whether claim {@code id} is held out: {@code id % 5 == 0}. */
    public static boolean heldout(long id) {
        return id % 5 == 0;
    }

    /**
     * Reads {@code claims} (JSON lines) and resolves rationale sentence indices against {@code corpus}.
     *
     * @throws IOException naming the file and line that is malformed or cites an unknown abstract
     *     or sentence
     */
    public static List<Claim> read(Path claims, Path corpus) throws IOException {
        Map<String, List<String>> abstracts = new HashMap<>();
        lines(corpus, (where, node) -> {
            List<String> sentences = new ArrayList<>();
            node.path("abstract").forEach(s -> sentences.add(s.asText()));
            abstracts.put(node.path("doc_id").asText(), sentences);
        });
        List<Claim> out = new ArrayList<>();
        lines(claims, (where, node) -> {
            Map<String, List<String>> rationales = new LinkedHashMap<>();
            for (var e : node.path("evidence").properties()) {
                List<String> sentences = abstracts.get(e.getKey());
                if (sentences == null) {
                    throw new IOException(where + ": evidence cites abstract " + e.getKey() + ", not in " + corpus);
                }
                Set<String> gold = new LinkedHashSet<>();
                for (JsonNode set : e.getValue()) {
                    for (JsonNode i : set.path("sentences")) {
                        if (i.asInt() < 0 || i.asInt() >= sentences.size()) {
                            throw new IOException(where + ": abstract " + e.getKey() + " has no sentence " + i.asInt());
                        }
                        gold.add(sentences.get(i.asInt()));
                    }
                }
                rationales.put(e.getKey(), List.copyOf(gold));
            }
            List<String> cited = new ArrayList<>();
            node.path("cited_doc_ids").forEach(d -> cited.add(d.asText()));
            out.add(new Claim(node.path("id").asInt(), node.path("claim").asText(), rationales, cited));
        });
        return out;
    }

    private interface LineHandler {
        void line(String where, JsonNode node) throws IOException;
    }

    private static void lines(Path file, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    handler.line(file + ":" + n, JSON.readTree(line));
                }
            }
        }
    }
}

package dev.cited.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question (or SciFact claim) with the sentences that answer it, for training and evaluating
 * sentence selection.
 *
 * @param id unique id, e.g. {@code scifact-13} or a question set's id
 * @param question the question or claim
 * @param heldout true when it is kept for reporting (never trained or tuned on)
 * @param gold per paper id, the sentences that answer it (empty when nothing in the collection does)
 */
public record LabelledQuestion(String id, String question, boolean heldout, Map<String, List<String>> gold) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public LabelledQuestion {
        gold = Map.copyOf(gold);
    }

    /** Whether the collection answers it. */
    public boolean answerable() {
        return !gold.isEmpty();
    }

    /** The number of gold sentences over all papers. */
    public int goldCount() {
        return gold.values().stream().mapToInt(List::size).sum();
    }

    /** Whether {@code sentence} of paper {@code paperId} is a gold sentence. */
    public boolean positive(String paperId, String sentence) {
        List<String> g = gold.get(paperId);
        return g != null && RationaleMatch.matchesAny(sentence, g);
    }

    /** SciFact claims as labelled questions (held out when the claim id is divisible by 5). */
    public static List<LabelledQuestion> of(List<SciFactClaims.Claim> claims) {
        return claims.stream()
                .map(c -> new LabelledQuestion("scifact-" + c.id(), c.claim(), c.heldout(), c.rationales()))
                .toList();
    }

    /**
     * The questions of a question set with gold answer sentences ({@code answer_sentences}:
     * {paper, sentence}) whose {@code corpus} is {@code corpus}; a question is held out when its
     * {@code split} is {@code heldout}. Unanswerable questions have no gold sentences.
     *
     * @throws IOException naming file and line of a malformed record
     */
    public static List<LabelledQuestion> read(Path file, String corpus) throws IOException {
        List<LabelledQuestion> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (!node.hasNonNull("id") || !node.hasNonNull("question")) {
                    throw new IOException(file + ":" + n + ": a question needs 'id' and 'question'");
                }
                if (!corpus.equals(node.path("corpus").asText(corpus))) {
                    continue;
                }
                Map<String, List<String>> gold = new LinkedHashMap<>();
                for (JsonNode s : node.path("answer_sentences")) {
                    gold.computeIfAbsent(s.path("paper").asText(), p -> new ArrayList<>())
                            .add(s.path("sentence").asText());
                }
                out.add(new LabelledQuestion(
                        node.get("id").asText(),
                        node.get("question").asText(),
                        "heldout".equals(node.path("split").asText()),
                        gold));
            }
        }
        return out;
    }
}

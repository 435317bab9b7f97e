package dev.cited.select;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.Locale;
import java.util.Map;

/**
 * A question (or SciFact claim) with the sentences that answer it, for training and evaluating
 * sentence selection.
 *
 * @param id unique id, e.g. {@code scifact-13} or a question set's id
 * @param question the question or claim
 * @param heldout true when it is kept for reporting (never trained or tuned on)
 * @param gold per paper id, the sentences that answer it
 * @param relevant papers that answer it, for a question labelled by answer terms instead of
 *     sentences; for a question labelled by sentences, the papers its record names (unused for
 *     labels)
 * @param answerTerms terms an answer sentence of a relevant paper contains, all of them,
 *     case-insensitively (empty for a question labelled by sentences)
 */
public record LabelledQuestion(
        String id,
        String question,
        boolean heldout,
        Map<String, List<String>> gold,
        List<String> relevant,
        List<String> answerTerms) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public LabelledQuestion {
        gold = Map.copyOf(gold);
        relevant = List.copyOf(relevant);
        answerTerms = answerTerms.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** A question labelled by its gold sentences. */
    public LabelledQuestion(String id, String question, boolean heldout, Map<String, List<String>> gold) {
        this(id, question, heldout, gold, List.of(), List.of());
    }

    /** Whether the collection answers it: it has gold sentences or relevant papers with answer terms. */
    public boolean answerable() {
        return !gold.isEmpty() || byTerms();
    }

    /** Whether it is labelled by answer terms rather than sentences. */
    public boolean byTerms() {
        return !answerTerms.isEmpty() && !relevant.isEmpty();
    }

    /**
     * The number of gold sentences over all papers; a question labelled by answer terms counts
     * one (any sentence holding the terms answers it).
     */
    public int goldCount() {
        return gold.values().stream().mapToInt(List::size).sum() + (byTerms() ? 1 : 0);
    }

    /**
     * Whether {@code sentence} of paper {@code paperId} answers it: a gold sentence of that
     * paper, or a sentence of a relevant paper that holds every answer term.
     */
    public boolean positive(String paperId, String sentence) {
        List<String> g = gold.get(paperId);
        if (g != null && RationaleMatch.matchesAny(sentence, g)) {
            return true;
        }
        if (byTerms() && relevant.contains(paperId)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            return answerTerms.stream().allMatch(lower::contains);
        }
        return false;
    }

    /** SciFact claims as labelled questions (held out when the claim id is divisible by 5). */
    public static List<LabelledQuestion> of(List<SciFactClaims.Claim> claims) {
        return claims.stream()
                .map(c -> new LabelledQuestion("scifact-" + c.id(), c.claim(), c.heldout(), c.rationales()))
                .toList();
    }

    /**
     * The questions of a question set labelled by answer terms ({@code relevant}, {@code
     * answer_terms}, {@code answerable}, {@code split} dev or heldout), such as the bundled set;
     * an unanswerable question has no positives.
     *
     * @throws IOException naming file and line of a malformed record
     */
    public static List<LabelledQuestion> readByTerms(Path file) throws IOException {
        List<LabelledQuestion> out = new ArrayList<>();
        for (JsonNode node : records(file)) {
            List<String> relevant = new ArrayList<>();
            List<String> terms = new ArrayList<>();
            if (node.path("answerable").asBoolean(true)) {
                node.path("relevant").forEach(r -> relevant.add(r.asText()));
                node.path("answer_terms").forEach(t -> terms.add(t.asText()));
            }
            out.add(new LabelledQuestion(
                    node.get("id").asText(),
                    node.get("question").asText(),
                    "heldout".equals(node.path("split").asText()),
                    Map.of(),
                    relevant,
                    terms));
        }
        return out;
    }

    /**
     * The questions of a question set with gold answer sentences ({@code answer_sentences}:
     * {paper, sentence}) whose {@code corpus} is {@code corpus}; a question is held out when its
     * {@code split} is {@code heldout}. Unanswerable questions have no gold sentences; {@code
     * relevant} papers are kept (an unanswerable near-topic question names the papers it is near).
     *
     * @throws IOException naming file and line of a malformed record
     */
    public static List<LabelledQuestion> read(Path file, String corpus) throws IOException {
        List<LabelledQuestion> out = new ArrayList<>();
        for (JsonNode node : records(file)) {
            if (!corpus.equals(node.path("corpus").asText(corpus))) {
                continue;
            }
            Map<String, List<String>> gold = new LinkedHashMap<>();
            for (JsonNode s : node.path("answer_sentences")) {
                gold.computeIfAbsent(s.path("paper").asText(), p -> new ArrayList<>())
                        .add(s.path("sentence").asText());
            }
            List<String> relevant = new ArrayList<>();
            node.path("relevant").forEach(r -> relevant.add(r.asText()));
            out.add(new LabelledQuestion(
                    node.get("id").asText(),
                    node.get("question").asText(),
                    "heldout".equals(node.path("split").asText()),
                    gold,
                    relevant,
                    List.of()));
        }
        return out;
    }

    /**
     * The records of a JSON-lines question file, blank lines skipped.
     *
     * @throws IOException naming file and line of a record that is not JSON or lacks {@code id} or
     *     {@code question}
     */
    private static List<JsonNode> records(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(file + ":" + n + ": not a JSON record: " + e.getOriginalMessage(), e);
                }
                if (!node.hasNonNull("id") || !node.hasNonNull("question")) {
                    throw new IOException(file + ":" + n + ": a question needs 'id' and 'question'");
                }
                records.add(node);
            }
        }
        return records;
    }
}

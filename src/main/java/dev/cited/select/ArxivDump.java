package dev.cited.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.ingest.LatexCleaner;
import dev.cited.ingest.Sentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The arXiv abstracts dump ({@code arxiv_abstracts.jsonl.gz}: id, title, abstract, categories per
 * line, sorted by id) as training material for the answerability decision: off-collection
 * questions for the bundled corpus ({@link #offCollection}) and a small arXiv collection that
 * holds the papers a question set asks about ({@link #writeSample}). Both are seeded.
 */
public final class ArxivDump {

    /** Categories the bundled corpus is about; a paper in any of them is not off-collection. */
    public static final Set<String> BUNDLED_FIELDS = Set.of("cs.CL", "cs.LG", "cs.AI", "cs.CR");

    /** The id prefix of generated off-collection questions. */
    public static final String OFF_PREFIX = "offgen-";

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(String id, String title, String abstractText, List<String> categories, String line) {}

    private final List<Entry> entries;

    private ArxivDump(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads the dump ({@code .gz} or plain JSON lines).
     *
     * @throws IOException naming file and line of a record that is not JSON or lacks id, title or abstract
     */
    public static ArxivDump read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = lines.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                if (!node.hasNonNull("id") || !node.hasNonNull("title") || !node.hasNonNull("abstract")) {
                    throw new IOException(file + ":" + n + ": an arXiv record needs id, title and abstract");
                }
                List<String> categories = new ArrayList<>();
                node.path("categories").forEach(c -> categories.add(c.asText()));
                out.add(new Entry(
                        node.get("id").asText(),
                        node.get("title").asText(),
                        node.get("abstract").asText(),
                        categories,
                        line));
            }
        }
        return new ArxivDump(out);
    }

    /**
     * {@code n} unanswerable questions for the bundled corpus: papers none of whose categories is
     * in {@link #BUNDLED_FIELDS}, drawn round-robin over their first category (so that no field
     * dominates; within a category in an order shuffled with {@code seed}), alternately the
     * paper's title and the first sentence of its abstract (LaTeX cleaned, whitespace
     * collapsed). Ids are {@value #OFF_PREFIX} + arXiv id; none is held out. Papers whose title is
     * in {@code excludedTitles} (a held-out set) are skipped.
     */
    public List<LabelledQuestion> offCollection(int n, long seed, Set<String> excludedTitles) {
        Map<String, List<Entry>> byField = new TreeMap<>();
        for (Entry e : entries) {
            if (!e.categories().isEmpty()
                    && e.categories().stream().noneMatch(BUNDLED_FIELDS::contains)
                    && !excludedTitles.contains(e.title().strip())
                    && !excludedTitles.contains(clean(e.title()))) {
                byField.computeIfAbsent(e.categories().getFirst(), c -> new ArrayList<>())
                        .add(e);
            }
        }
        Random random = new Random(seed);
        List<List<Entry>> queues = new ArrayList<>();
        for (List<Entry> field : byField.values()) {
            List<Entry> shuffled = new ArrayList<>(field);
            Collections.shuffle(shuffled, random);
            queues.add(shuffled);
        }
        List<LabelledQuestion> out = new ArrayList<>();
        for (int round = 0; out.size() < n; round++) {
            boolean any = false;
            for (List<Entry> queue : queues) {
                if (round < queue.size() && out.size() < n) {
                    Entry e = queue.get(round);
                    String text = out.size() % 2 == 0 ? clean(e.title()) : firstSentence(e.abstractText());
                    out.add(new LabelledQuestion(OFF_PREFIX + e.id(), text, false, Map.of()));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    /**
     * Writes a small arXiv collection to {@code file} (JSON lines, the dump's own records in its
     * order): the papers in {@code keep} and {@code others} further papers drawn with {@code
     * seed}. The file is rewritten only when its content would change, so an index built from it
     * stays current.
     *
     * @return how many papers it holds
     * @throws IllegalArgumentException naming the ids of {@code keep} that the dump lacks
     */
    public int writeSample(Set<String> keep, int others, long seed, Path file) throws IOException {
        Set<String> known = new HashSet<>();
        List<String> rest = new ArrayList<>();
        for (Entry e : entries) {
            known.add(e.id());
            if (!keep.contains(e.id())) {
                rest.add(e.id());
            }
        }
        List<String> missing =
                keep.stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the arXiv dump has no papers " + missing);
        }
        Collections.shuffle(rest, new Random(seed));
        Set<String> chosen = new HashSet<>(keep);
        chosen.addAll(rest.subList(0, Math.min(others, rest.size())));
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            if (chosen.contains(e.id())) {
                out.append(e.line()).append('\n');
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.write(file, bytes);
        }
        return chosen.size();
    }

    /** The papers {@code questions} name: their gold papers and relevant papers, the sample's core. */
    public static Set<String> papersOf(List<LabelledQuestion> questions) {
        Set<String> out = new HashSet<>();
        for (LabelledQuestion q : questions) {
            out.addAll(q.relevant());
            out.addAll(q.gold().keySet());
        }
        return out;
    }

    private static String clean(String text) {
        return LatexCleaner.clean(text).text().replaceAll("\\s+", " ").strip();
    }

    private static String firstSentence(String abstractText) {
        List<String> sentences = Sentences.split(clean(abstractText));
        return sentences.isEmpty() ? clean(abstractText) : sentences.getFirst();
    }
}

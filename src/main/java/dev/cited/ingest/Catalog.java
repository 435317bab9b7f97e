package dev.cited.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verified bibliographic facts for a collection, read from a {@code catalog.json} beside it.
 *
 * <p>Each entry names a paper by arXiv id and by the opening words of its abstract (one opening
 * per differently-worded version), so papers whose scrape carries no id are still recognised.
 * Fields are filled only where they were checked against a public record.
 *
 * <p>A URL must be an absolute {@code http} or {@code https} URL: any other ({@code javascript:},
 * {@code data:}, relative) is dropped from its entry, which is kept otherwise, and reported as an
 * {@link IngestProblem} naming the file and the entry ({@link #problems}).
 */
public final class Catalog {

    /** The file name looked for in each corpus folder. */
    public static final String FILE_NAME = "catalog.json";

    /** One catalog entry. Null fields are unknown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            @JsonProperty("arxiv_id") String arxivId,
            @JsonProperty("title") String title,
            @JsonProperty("year") Integer year,
            @JsonProperty("url") String url,
            @JsonProperty("opening") String opening,
            @JsonProperty("openings") List<String> openings) {

        Entry withoutUrl() {
            return new Entry(arxivId, title, year, null, opening, openings);
        }

        /** How the entry is named in a problem: its number, and its arXiv id or title. */
        String describe(int number) {
            String name =
                    arxivId != null ? "arxiv_id " + arxivId : title != null ? "title '" + preview(title) + "'" : null;
            return "entry " + number + (name == null ? "" : " (" + name + ")");
        }

        List<String> allOpenings() {
            List<String> all = new ArrayList<>();
            if (opening != null) {
                all.add(opening);
            }
            if (openings != null) {
                all.addAll(openings);
            }
            return all;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** An absolute http(s) URL without white space or control characters. */
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*");

    private final Map<String, Entry> byArxivId = new HashMap<>();
    private final Map<String, Entry> byOpening = new HashMap<>();
    private final List<IngestProblem> problems;

    private Catalog(List<Entry> entries, List<IngestProblem> problems) {
        this.problems = List.copyOf(problems);
        for (Entry e : entries) {
            if (e.arxivId() != null) {
                byArxivId.put(e.arxivId(), e);
            }
            for (String opening : e.allOpenings()) {
                byOpening.put(PaperMerger.normalize(opening), e);
            }
        }
    }

    /** A catalog with no entries. */
    public static Catalog empty() {
        return new Catalog(List.of(), List.of());
    }

    /**
     * Reads a catalog file.
     *
     * @throws IOException naming the file when it is not a JSON array of entries
     */
    public static Catalog read(Path file) throws IOException {
        List<Entry> read;
        try {
            read = JSON.readValue(file.toFile(), new TypeReference<List<Entry>>() {});
        } catch (IOException e) {
            throw new IOException(file + ": not a valid catalog (a JSON array of entries): " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Entry e = read.get(i);
            if (e == null) {
                problems.add(new IngestProblem(file.toString(), 0, "entry " + (i + 1) + " is null; skipped"));
            } else if (e.url() != null && !WEB_URL.matcher(e.url()).matches()) {
                problems.add(new IngestProblem(
                        file.toString(),
                        0,
                        e.describe(i + 1) + ": url '" + preview(e.url())
                                + "' is not an http or https URL; the entry is kept without it"));
                entries.add(e.withoutUrl());
            } else {
                entries.add(e);
            }
        }
        return new Catalog(entries, problems);
    }

    /** What was wrong in the catalog files read, each naming its file and entry; empty when nothing was. */
    public List<IngestProblem> problems() {
        return problems;
    }

    private static String preview(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    /** Merges two catalogs; entries of {@code other} win on the same key. */
    public Catalog with(Catalog other) {
        List<Entry> all = new ArrayList<>(byArxivId.values());
        all.addAll(byOpening.values());
        all.addAll(other.byArxivId.values());
        all.addAll(other.byOpening.values());
        List<IngestProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new Catalog(all.stream().distinct().toList(), allProblems);
    }

    /** The entry for an arXiv id, if any. */
    public Optional<Entry> byArxivId(String arxivId) {
        return Optional.ofNullable(arxivId == null ? null : byArxivId.get(arxivId));
    }

    /** The entry whose opening starts the given text (compared after normalisation), if any. */
    public Optional<Entry> byText(String text) {
        if (byOpening.isEmpty()) {
            return Optional.empty();
        }
        String normalized = PaperMerger.normalize(text);
        for (Map.Entry<String, Entry> e : byOpening.entrySet()) {
            if (normalized.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Reads {@code catalog.json} from {@code folder} when present, else returns an empty catalog. */
    public static Catalog inFolder(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : empty();
    }
}

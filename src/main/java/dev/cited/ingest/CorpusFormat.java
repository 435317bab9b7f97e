package dev.cited.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;

/** The collection formats Cited reads, and how a file's format is recognised. */
public enum CorpusFormat {
    /** Scraped abstract dumps, one abstract per line ({@code .txt}). */
    DUMP(new AbstractDumpReader()),
    /** arXiv metadata JSON lines ({@code id}, {@code title}, {@code abstract}, ...). */
    ARXIV(new ArxivJsonReader()),
    /** BEIR {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}). */
    BEIR(new BeirCorpusReader());

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CorpusReader reader;

    CorpusFormat(CorpusReader reader) {
        this.reader = reader;
    }

    public CorpusReader reader() {
        return reader;
    }

    /** True when {@code fileName} has an extension Cited reads ({@code .txt}, {@code .jsonl}, {@code .json}, optionally {@code .gz}). */
    public static boolean isCorpusFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".json");
    }

    /** Parses a {@code --format} value: {@code dump}, {@code arxiv} or {@code beir}, any case. */
    public static CorpusFormat parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + value + "', expected dump, arxiv or beir", e);
        }
    }

    /**
     * Recognises a file's format: {@code .txt} is a dump; JSON lines are BEIR when the first
     * object has {@code _id}, arXiv when it has {@code abstract}.
     *
     * @param head a reader positioned at the start of the (decompressed) file; it is consumed
     * @throws IllegalArgumentException naming the file when the format cannot be told
     */
    public static CorpusFormat detect(String fileName, BufferedReader head) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".txt")) {
            return DUMP;
        }
        String line;
        int lineNo = 0;
        while ((line = head.readLine()) != null && lineNo < 50) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                continue;
            }
            if (node != null && node.has("_id")) {
                return BEIR;
            }
            if (node != null && node.has("abstract")) {
                return ARXIV;
            }
        }
        throw new IllegalArgumentException(fileName
                + ": cannot tell the format: no record in the first 50 lines has '_id' (BEIR) or 'abstract' (arXiv);"
                + " use --format");
    }
}

package dev.cited.index;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.ingest.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts each version of an abstract into chunks of whole sentences, at most {@code maxWords}
 * words each (a single longer sentence is its own chunk). When a text needs several chunks they
 * are balanced in length. Every chunk is prefixed with the title, where known, for indexing.
 */
public final class Chunker {

    private final int maxWords;

    public Chunker(int maxWords) {
        if (maxWords < 16) {
            throw new IllegalArgumentException("illegal chunk size: " + maxWords + " words, must be at least 16");
        }
        this.maxWords = maxWords;
    }

    /** The chunks of every version of {@code paper}, in version then position order. */
    public List<Chunk> chunks(Paper paper) {
        List<Chunk> out = new ArrayList<>();
        for (PaperVersion version : paper.versions()) {
            String text = version.text();
            List<String> sentences = Sentences.split(text);
            int total = 0;
            for (String s : sentences) {
                total += words(s);
            }
            int pieces = Math.max(1, (int) Math.ceil(total / (double) maxWords));
            int target = (int) Math.ceil(total / (double) pieces);
            int start = -1;
            int end = 0;
            int count = 0;
            int searchFrom = 0;
            for (String sentence : sentences) {
                int at = text.indexOf(sentence, searchFrom);
                int w = words(sentence);
                if (start >= 0 && count + w > target && count > 0) {
                    out.add(chunk(paper, version, out, text.substring(start, end)));
                    start = -1;
                    count = 0;
                }
                if (start < 0) {
                    start = at;
                }
                end = at + sentence.length();
                searchFrom = end;
                count += w;
            }
            if (start >= 0) {
                out.add(chunk(paper, version, out, text.substring(start, end)));
            }
        }
        return out;
    }

    private static Chunk chunk(Paper paper, PaperVersion version, List<Chunk> soFar, String text) {
        int number = (int) soFar.stream().filter(c -> c.version() == version.number()).count();
        String indexed = paper.title() == null ? text : paper.title() + ". " + text;
        return new Chunk(paper.id(), version.number(), number, text, indexed);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    public int maxWords() {
        return maxWords;
    }
}

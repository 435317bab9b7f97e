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
            if (sentences.isEmpty()) {
                continue;
            }
            int[] starts = new int[sentences.size()];
            int[] ends = new int[sentences.size()];
            int[] cumulative = new int[sentences.size()];
            int from = 0;
            for (int i = 0; i < sentences.size(); i++) {
                starts[i] = text.indexOf(sentences.get(i), from);
                ends[i] = starts[i] + sentences.get(i).length();
                from = ends[i];
                cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + words(sentences.get(i));
            }
            int number = 0;
            int first = 0;
            for (int last : cuts(cumulative)) {
                String piece = text.substring(starts[first], ends[last]);
                String indexed = paper.title() == null ? piece : paper.title() + ". " + piece;
                out.add(new Chunk(paper.id(), version.number(), number++, piece, indexed));
                first = last + 1;
            }
        }
        return out;
    }

    /**
     * Indexes of the last sentence of each chunk: the fewest chunks whose cut points lie nearest
     * to equal shares of the words and whose chunks stay within {@code maxWords} (unless a chunk
     * is a single longer sentence).
     */
    private int[] cuts(int[] cumulative) {
        int n = cumulative.length;
        int total = cumulative[n - 1];
        for (int pieces = Math.max(1, (int) Math.ceil(total / (double) maxWords)); ; pieces++) {
            int[] cuts = new int[Math.min(pieces, n)];
            int previous = -1;
            for (int i = 1; i < cuts.length; i++) {
                double ideal = i * total / (double) cuts.length;
                int best = previous + 1;
                for (int j = previous + 1; j <= n - 1 - (cuts.length - i); j++) {
                    if (Math.abs(cumulative[j] - ideal) < Math.abs(cumulative[best] - ideal)) {
                        best = j;
                    }
                }
                cuts[i - 1] = best;
                previous = best;
            }
            cuts[cuts.length - 1] = n - 1;
            boolean fits = true;
            int start = 0;
            for (int last : cuts) {
                int size = cumulative[last] - (start == 0 ? 0 : cumulative[start - 1]);
                fits &= size <= maxWords || last == start;
                start = last + 1;
            }
            if (fits || cuts.length == n) {
                return cuts;
            }
        }
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }
}

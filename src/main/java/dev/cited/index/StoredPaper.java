package dev.cited.index;

import dev.cited.ingest.Paper;
import java.util.Map;

/**
 * A paper as an index stores it: the paper and its {@link SentenceVectors} in stored form.
 *
 * @param paper the paper
 * @param sentenceVectors the stored sentence vectors; empty when the index has none for it
 */
public record StoredPaper(Paper paper, byte[] sentenceVectors) {

    /**
     * Gives {@code embedder} this paper's sentence vectors (when they fit its model), so that
     * answering over the paper embeds none of its sentences, and returns the paper.
     */
    public Paper primed(Embedder embedder) {
        Map<String, float[]> vectors =
                SentenceVectors.decode(paper, sentenceVectors, embedder.spec().dimensions());
        embedder.remember(vectors);
        return paper;
    }
}

package dev.cited.index;

/**
 * A piece of one version of a paper's abstract, cut at sentence boundaries.
 *
 * @param paperId the paper
 * @param version the 1-based version of the paper
 * @param number the 0-based position of this chunk within the version
 * @param text the chunk's sentences, an exact substring of the version's text
 * @param indexedText what both retrievers see: the title (when known) and the chunk text
 */
public record Chunk(String paperId, int version, int number, String text, String indexedText) {}

package dev.cited.index;

/**
 * Field names of the Lucene index. Two kinds of document share it: one per chunk (text for
 * BM25, a vector, and doc values naming paper, version and chunk) and one per paper (the
 * paper's JSON, for display, and its sentence vectors, for answering).
 */
public final class IndexFields {
    /** {@code chunk} or {@code paper}. */
    public static final String TYPE = "type";

    public static final String TYPE_CHUNK = "chunk";
    public static final String TYPE_PAPER = "paper";
    /** Paper id: indexed keyword and sorted doc values. */
    public static final String PAPER = "paper";
    /** Version number: numeric doc values on chunk documents. */
    public static final String VERSION = "version";
    /** Chunk number within its version: numeric doc values. */
    public static final String CHUNK = "chunk";
    /** Title and chunk text, English analysis, BM25. */
    public static final String CONTENTS = "contents";
    /** The analysis of {@link #CONTENTS}, as recorded in manifests: Lucene's EnglishAnalyzer. */
    public static final String CONTENTS_ANALYSIS =
            "english (standard tokenizer, possessive, lowercase, stopwords, porter)";
    /** Chunk embedding, dot product of normalised vectors. */
    public static final String VECTOR = "vector";
    /** The paper as JSON, stored on paper documents. */
    public static final String JSON = "json";
    /** The paper's {@link SentenceVectors} in their stored form, stored on paper documents. */
    public static final String SENTENCE_VECTORS = "sentence_vectors";

    private IndexFields() {}
}

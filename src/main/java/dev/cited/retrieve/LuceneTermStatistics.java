package dev.cited.retrieve;

import dev.cited.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * {@link TermStatistics} read from a Lucene index's term dictionary: document frequencies of the
 * {@link IndexFields#CONTENTS contents} field, over the chunks that have it (one look-up per
 * term, microseconds).
 */
final class LuceneTermStatistics implements TermStatistics {

    private final IndexReader reader;
    private final long documents;

    LuceneTermStatistics(IndexReader reader) throws IOException {
        this.reader = reader;
        this.documents = Math.max(1, reader.getDocCount(IndexFields.CONTENTS));
    }

    /** @throws UncheckedIOException when the index cannot be read */
    @Override
    public long docFreq(String term) {
        try {
            return Math.min(documents, reader.docFreq(new Term(IndexFields.CONTENTS, term)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the document frequency of '" + term + "' failed", e);
        }
    }

    @Override
    public long documents() {
        return documents;
    }
}

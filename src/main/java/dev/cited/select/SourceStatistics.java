package dev.cited.select;

import dev.cited.retrieve.TermStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * {@link TermStatistics} over the sentences at hand, each sentence one document: the fallback for
 * a backend without collection statistics (OpenSearch). A term rare among the sources' sentences
 * then weighs more, which is a weaker signal than the collection's own statistics.
 */
final class SourceStatistics implements TermStatistics {

    private final Map<String, Long> docFreq = new HashMap<>();
    private final long documents;

    SourceStatistics(List<List<String>> sentenceTerms) {
        for (List<String> terms : sentenceTerms) {
            for (String t : new HashSet<>(terms)) {
                docFreq.merge(t, 1L, Long::sum);
            }
        }
        this.documents = Math.max(1, sentenceTerms.size());
    }

    @Override
    public long docFreq(String term) {
        return docFreq.getOrDefault(term, 0L);
    }

    @Override
    public long documents() {
        return documents;
    }
}

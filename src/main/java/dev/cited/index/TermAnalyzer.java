package dev.cited.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The index's English analysis (lower case, stop words removed, Porter stems) as plain strings,
 * so later stages can compare text the way BM25 does without touching Lucene types.
 */
public final class TermAnalyzer {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private TermAnalyzer() {}

    /** The analysed terms of {@code text}, in order, with repeats. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(IndexFields.CONTENTS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of in-memory text failed", e);
        }
        return out;
    }
}

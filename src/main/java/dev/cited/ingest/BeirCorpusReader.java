package dev.cited.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads a BEIR {@code corpus.jsonl}: {@code _id} and {@code text} required, {@code title} optional. */
public final class BeirCorpusReader extends JsonLinesReader {

    @Override
    RawRecord toRecord(String file, int line, JsonNode node) throws BadField {
        String id = requiredText(node, "_id");
        LatexCleaner.Cleaned text = LatexCleaner.clean(requiredText(node, "text"));
        String title = optionalText(node, "title");
        return new RawRecord(
                file,
                line,
                text.text(),
                null,
                id,
                title == null ? null : LatexCleaner.clean(title).text(),
                List.of(),
                List.of(),
                List.of(),
                text.urls());
    }
}

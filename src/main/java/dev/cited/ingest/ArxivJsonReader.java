package dev.cited.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads arXiv metadata JSON lines ({@code id}, {@code title}, {@code abstract} required;
 * {@code authors}, {@code categories}, {@code comment} optional). Authors and categories may be
 * arrays or strings (the Kaggle arXiv snapshot uses strings).
 */
public final class ArxivJsonReader extends JsonLinesReader {

    private static final Pattern VERSION_SUFFIX = Pattern.compile("v\\d+$");

    @Override
    RawRecord toRecord(String file, int line, JsonNode node) throws BadField {
        String id = VERSION_SUFFIX.matcher(requiredText(node, "id")).replaceFirst("");
        String title = LatexCleaner.clean(requiredText(node, "title")).text();
        LatexCleaner.Cleaned text = LatexCleaner.clean(requiredText(node, "abstract"));
        String comment = optionalText(node, "comment");
        List<String> comments = comment == null ? List.of() : List.of(comment);
        List<String> links = new ArrayList<>(text.urls());
        if (comment != null) {
            links.addAll(LatexCleaner.clean(comment).urls());
        }
        return new RawRecord(
                file,
                line,
                text.text(),
                id,
                null,
                title,
                stringList(node, "authors", ",\\s*|\\s+and\\s+"),
                stringList(node, "categories", "\\s+"),
                comments,
                links.stream().distinct().toList());
    }
}

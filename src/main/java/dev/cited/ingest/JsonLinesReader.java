package dev.cited.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Base for JSON-lines formats: parses each line on its own, reports a malformed line with its
 * line number and the parser's reason, and hands each object to {@link #toRecord}.
 */
abstract class JsonLinesReader implements CorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown by {@link #toRecord} when a field is missing or has the wrong type. */
    static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;

        BadField(String message) {
            super(message);
        }
    }

    @Override
    public final void read(String file, BufferedReader in, RecordSink sink) throws IOException {
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                sink.problem(new IngestProblem(file, lineNo, "malformed JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.problem(new IngestProblem(file, lineNo, "expected a JSON object"));
                continue;
            }
            try {
                sink.record(toRecord(file, lineNo, node));
            } catch (BadField e) {
                sink.problem(new IngestProblem(file, lineNo, e.getMessage()));
            }
        }
    }

    abstract RawRecord toRecord(String file, int line, JsonNode node) throws BadField;

    static String requiredText(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadField("missing field '" + field + "'");
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new BadField(String.format(
                    Locale.ROOT,
                    "field '%s' must be a string, got %s",
                    field,
                    value.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw new BadField("field '" + field + "' is empty");
        }
        return text;
    }

    static String optionalText(JsonNode node, String field) throws BadField {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new BadField("field '" + field + "' must be a string");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A list field given as a JSON array of strings or as one delimited string. */
    static List<String> stringList(JsonNode node, String field, String delimiter) throws BadField {
        JsonNode value = node.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual() && !item.asText().isBlank()) {
                    out.add(item.asText().strip());
                } else if (item.isArray() && !item.isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    item.forEach(p -> parts.add(p.asText()));
                    out.add(String.join(" ", parts).strip());
                }
            }
        } else if (value.isTextual()) {
            for (String part : value.asText().split(delimiter)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        } else {
            throw new BadField("field '" + field + "' must be a list of strings or a string");
        }
        return out;
    }
}

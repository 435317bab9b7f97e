package dev.cited.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a request body that must be exactly one JSON object: nothing after it, no key twice in one
 * object. Every refusal is a {@code malformed_json} {@link ApiError} in our words with the line
 * and column, never the parser's own message.
 */
final class JsonBodyReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private JsonBodyReader() {}

    /** The body as a JSON object; throws {@link ApiError} (400, {@code malformed_json}) otherwise. */
    static JsonNode object(String body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw malformed("the body must be a JSON object", p.currentTokenLocation());
            }
            Deque<Set<String>> keys = new ArrayDeque<>();
            keys.push(new HashSet<>());
            while (!keys.isEmpty()) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    throw malformed("the body ends before the JSON object is complete", p.currentLocation());
                }
                switch (t) {
                    case FIELD_NAME -> {
                        if (!keys.peek().add(p.currentName())) {
                            throw malformed(
                                    "the key '" + p.currentName() + "' appears twice in one object",
                                    p.currentTokenLocation());
                        }
                    }
                    case START_OBJECT -> keys.push(new HashSet<>());
                    case START_ARRAY -> keys.push(Set.of());
                    case END_OBJECT, END_ARRAY -> keys.pop();
                    default -> {}
                }
            }
            JsonLocation end = p.currentLocation();
            try {
                if (p.nextToken() != null) {
                    throw malformed("there is more text after the JSON object", p.currentTokenLocation());
                }
            } catch (StreamReadException trailingJunk) {
                throw malformed("there is more text after the JSON object", end);
            }
            return JSON.readTree(body);
        } catch (JsonEOFException e) {
            throw malformed("the body ends before the JSON object is complete", e.getLocation());
        } catch (StreamReadException e) {
            throw malformed("the body is not valid JSON", e.getLocation());
        } catch (IOException e) {
            throw malformed("the body is not valid JSON", null);
        }
    }

    private static ApiError malformed(String what, JsonLocation at) {
        String where = at == null || at.getLineNr() < 1
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return ApiError.badRequest("malformed_json", what + where);
    }
}

package dev.cited.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;

/**
 * The API's contract, {@code openapi.json} as the server serves it, checked against real
 * responses: the response's route must document its status and content type, and a JSON body must
 * match the schema documented for that status. Stricter than the document: an object schema that
 * lists properties admits no others, so a field the server sends but the document lacks fails.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = "https://cited.dev/openapi.json";

    private final JsonNode paths;
    private final SchemaRegistry registry;
    private final Set<String> checked = new ConcurrentSkipListSet<>();

    private OpenApiContract(JsonNode document) {
        this.paths = document.get("paths");
        String text = document.toString();
        this.registry =
                SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(DOCUMENT, text)));
    }

    /** The document on the class path, as {@code CitedServer} serves it. */
    static OpenApiContract load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is not on the class path");
            }
            JsonNode doc = JSON.readTree(in);
            closeObjects(doc);
            return new OpenApiContract(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets {@code additionalProperties: false} on every schema that lists properties and says nothing about others. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode o
                && o.get("properties") instanceof ObjectNode
                && !o.has("additionalProperties")) {
            o.put("additionalProperties", false);
        }
        node.forEach(OpenApiContract::closeObjects);
    }

    /**
     * Checks one response of {@code method path} (path with its query, as sent).
     *
     * @throws AssertionError naming route, status and every violation
     */
    void check(String method, String path, HttpResponse<String> response) {
        check(
                method,
                path,
                response.statusCode(),
                response.headers().firstValue("content-type").orElse(""),
                response.body());
    }

    /** Checks a response given as its status, {@code Content-Type} header and body. */
    void check(String method, String path, int status, String contentType, String responseBody) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<String> template = template(bare);
        if (template.isEmpty()) {
            return; // not an API route (the page, its assets, unknown paths)
        }
        String op = method.toUpperCase(Locale.ROOT) + " " + template.get();
        JsonNode operation = paths.get(template.get()).get(method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            throw new AssertionError(op + " is not documented in openapi.json");
        }
        JsonNode documented = operation.path("responses").get(Integer.toString(status));
        if (documented == null) {
            throw new AssertionError(
                    op + " answered " + status + ", a status openapi.json does not document for it: " + responseBody);
        }
        String type = contentType.split(";")[0].strip();
        JsonNode content = documented.path("content");
        if (content.isMissingNode() && type.isEmpty() && responseBody.isEmpty()) {
            checked.add(op + " " + status);
            return; // documented without a body (a 204), answered without one
        }
        if (!content.has(type)) {
            throw new AssertionError(
                    op + " " + status + " answered " + type + "; openapi.json documents " + fieldNames(content));
        }
        if (type.equals("application/json")) {
            String pointer = "#/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                    + status + "/content/application~1json/schema";
            Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + pointer));
            JsonNode body;
            try {
                body = JSON.readTree(responseBody);
            } catch (IOException e) {
                throw new AssertionError(op + " " + status + " is not JSON: " + responseBody, e);
            }
            List<Error> errors = schema.validate(body);
            if (!errors.isEmpty()) {
                throw new AssertionError(
                        op + " " + status + " does not match openapi.json: " + errors + "\nbody: " + responseBody);
            }
        }
        checked.add(op + " " + status);
    }

    /** Every documented {@code "METHOD /path status"}. */
    Set<String> documentedResponses() {
        Set<String> out = new TreeSet<>();
        paths.properties()
                .forEach(p -> p.getValue()
                        .properties()
                        .forEach(m -> m.getValue()
                                .path("responses")
                                .fieldNames()
                                .forEachRemaining(s ->
                                        out.add(m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey() + " " + s))));
        return out;
    }

    /** The {@code "METHOD /path status"} responses checked so far. */
    Set<String> checkedResponses() {
        return Set.copyOf(checked);
    }

    private Optional<String> template(String path) {
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        return names.stream()
                .filter(t -> Pattern.matches(t.replaceAll("\\{[^/]+}", "[^/]+"), path))
                .findFirst();
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

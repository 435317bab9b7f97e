package dev.cited.answer;

import dev.cited.check.NumberedSources;
import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates, read from a folder ({@code prompts/} by default) when Cited starts.
 *
 * <ul>
 *   <li>{@value #SYSTEM}: the system prompt with the citation rules; no variables;
 *   <li>{@value #ANSWER}: the user prompt; needs {@code {{question}}} and {@code {{sources}}};
 *   <li>{@value #CONDENSE}: turns a follow-up into a standalone question; needs {@code
 *       {{history}}} and {@code {{question}}}.
 * </ul>
 *
 * <p>A missing file, a template without a variable it needs, or with one it does not know, fails
 * here, naming the file, rather than at the first question. Only language models are prompted:
 * the extractive answerer receives the question and sources as data and never reads a template.
 */
public final class PromptTemplates {

    static final String SYSTEM = "system.md";
    static final String ANSWER = "answer.md";
    static final String CONDENSE = "condense.md";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

    private final String system;
    private final PromptTemplate answer;
    private final PromptTemplate condense;

    private PromptTemplates(String system, PromptTemplate answer, PromptTemplate condense) {
        this.system = system;
        this.answer = answer;
        this.condense = condense;
    }

    /**
     * Loads and checks the templates in {@code dir}.
     *
     * @throws IllegalStateException naming the file and the variable when a template is wrong
     * @throws IOException when a file cannot be read
     */
    public static PromptTemplates load(Path dir) throws IOException {
        String system = read(dir.resolve(SYSTEM), Set.of());
        String answer = read(dir.resolve(ANSWER), Set.of("question", "sources"));
        String condense = read(dir.resolve(CONDENSE), Set.of("history", "question"));
        return new PromptTemplates(
                system, PromptTemplate.from(answer, ANSWER), PromptTemplate.from(condense, CONDENSE));
    }

    private static String read(Path file, Set<String> required) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("prompt template " + file + " is missing", e);
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        for (String name : found) {
            if (!required.contains(name)) {
                throw new IllegalStateException("prompt template " + file + " uses unknown variable {{" + name
                        + "}}; known: " + (required.isEmpty() ? "none" : String.join(", ", required)));
            }
        }
        for (String name : required) {
            if (!found.contains(name)) {
                throw new IllegalStateException("prompt template " + file + " lacks variable {{" + name + "}}");
            }
        }
        return text.strip();
    }

    public String system() {
        return system;
    }

    /** The prompt that rewrites {@code question} given the conversation {@code history}. */
    public String condense(String history, String question) {
        return condense.apply(Map.of("history", history, "question", question)).text();
    }

    /** The user prompt for a question and its numbered sources. */
    public String answer(String question, NumberedSources sources) {
        return answer.apply(Map.of("question", question, "sources", sources.render()))
                .text();
    }
}

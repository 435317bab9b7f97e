package dev.cited.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question and numbered sources read back from a rendered user prompt (see {@link
 * NumberedSources#render()}), for models that work from the prompt text alone.
 *
 * @param question the text after {@code Question:}
 * @param versions source number to its versions' texts (index 0 is version 1)
 */
record PromptSources(String question, Map<Integer, List<String>> versions) {

    private static final Pattern HEADER = Pattern.compile("^\\[(\\d+)] .*$");
    private static final Pattern VERSION = Pattern.compile("^\\(version (\\d+)\\) (.*)$");
    private static final Pattern QUESTION = Pattern.compile("^Question:\\s*(.*)$");

    /**
     * Parses a rendered prompt.
     *
     * @throws IllegalArgumentException when there is no {@code Question:} line
     */
    static PromptSources parse(String prompt) {
        Map<Integer, List<String>> versions = new LinkedHashMap<>();
        String question = null;
        Integer current = null;
        for (String line : prompt.split("\n")) {
            Matcher q = QUESTION.matcher(line);
            Matcher h = HEADER.matcher(line);
            Matcher v = VERSION.matcher(line);
            if (q.matches()) {
                question = q.group(1).strip();
                current = null;
            } else if (h.matches()) {
                current = Integer.parseInt(h.group(1));
                versions.put(current, new ArrayList<>());
            } else if (v.matches() && current != null) {
                versions.get(current).add(v.group(2));
            }
        }
        if (question == null) {
            throw new IllegalArgumentException("prompt has no 'Question:' line; the answer template must end with one");
        }
        return new PromptSources(question, versions);
    }
}

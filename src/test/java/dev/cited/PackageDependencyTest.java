package dev.cited;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stages depend one way: ingest → index → retrieve → opensearch → backend → answer → eval, and llm →
 * answer. Checked on import lines.
 */
class PackageDependencyTest {

    static Stream<Map.Entry<String, List<String>>> forbidden() {
        return Map.ofEntries(
                Map.entry("ingest", List.of("dev.cited.index", "dev.cited.retrieve", "dev.cited.opensearch", "dev.cited.backend",
                        "dev.cited.answer", "dev.cited.eval", "org.apache.lucene")),
                Map.entry("index", List.of("dev.cited.retrieve", "dev.cited.opensearch", "dev.cited.backend", "dev.cited.answer",
                        "dev.cited.eval")),
                Map.entry("retrieve", List.of("dev.cited.opensearch", "dev.cited.backend", "dev.cited.answer", "dev.cited.eval")),
                Map.entry("opensearch", List.of("dev.cited.backend", "dev.cited.answer", "dev.cited.eval", "dev.cited.serve",
                        "org.apache.lucene")),
                Map.entry("backend", List.of("dev.cited.answer", "dev.cited.eval", "dev.cited.serve", "dev.cited.chat", "dev.cited.bench")),
                Map.entry("answer", List.of("dev.cited.eval", "dev.cited.opensearch", "org.apache.lucene", "io.javalin")),
                Map.entry("llm", List.of("dev.cited.ingest", "dev.cited.index", "dev.cited.retrieve", "dev.cited.answer", "dev.cited.eval",
                        "org.apache.lucene", "io.javalin")),
                Map.entry("eval", List.of("org.apache.lucene", "io.javalin")),
                Map.entry("serve", List.of("org.apache.lucene", "dev.cited.eval", "dev.cited.bench")),
                Map.entry("chat", List.of("org.apache.lucene", "dev.cited.serve", "dev.cited.eval", "dev.cited.bench", "dev.cited.index",
                        "dev.cited.retrieve")),
                Map.entry("bench", List.of("org.apache.lucene", "dev.cited.serve", "dev.cited.eval"))).entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void a_stage_never_imports_a_later_stage(Map.Entry<String, List<String>> rule) throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/cited", rule.getKey()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    for (String prefix : rule.getValue()) {
                        if (line.startsWith("import " + prefix + ".") || line.startsWith("import static " + prefix + ".")) {
                            violations.add(file.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}

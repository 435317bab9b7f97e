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
 * Stages depend one way (ingest → index → retrieve → opensearch; retrieve → select → answer; llm → answer → present → chat →
 * serve; history, the conversation store, knows no stage and answer, chat and serve use it; eval and bench measure; present renders for chat, serve and cli and knows no framework), no stage imports the composition root ({@code app}), the command line
 * ({@code cli}) or picocli, and {@code app} does not know the command line. Checked on import lines.
 */
class PackageDependencyTest {

    private static final List<String> ROOTS = List.of("dev.cited.app", "dev.cited.cli");

    static Stream<Map.Entry<String, List<String>>> forbidden() {
        return Map.ofEntries(
                Map.entry(
                        "ingest",
                        roots(
                                "dev.cited.select",
                                "dev.cited.index",
                                "dev.cited.retrieve",
                                "dev.cited.opensearch",
                                "dev.cited.llm",
                                "dev.cited.answer",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene")),
                Map.entry(
                        "index",
                        roots(
                                "dev.cited.select",
                                "dev.cited.retrieve",
                                "dev.cited.opensearch",
                                "dev.cited.llm",
                                "dev.cited.answer",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench")),
                Map.entry(
                        "retrieve",
                        roots(
                                "dev.cited.select",
                                "dev.cited.opensearch",
                                "dev.cited.llm",
                                "dev.cited.answer",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench")),
                Map.entry(
                        "opensearch",
                        roots(
                                "dev.cited.llm",
                                "dev.cited.answer",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene")),
                Map.entry(
                        "llm",
                        roots(
                                "dev.cited.ingest",
                                "dev.cited.index",
                                "dev.cited.retrieve",
                                "dev.cited.opensearch",
                                "dev.cited.answer",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene",
                                "io.javalin")),
                Map.entry(
                        "select",
                        roots(
                                "dev.cited.opensearch",
                                "dev.cited.llm",
                                "dev.cited.answer",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene",
                                "io.javalin")),
                Map.entry(
                        "answer",
                        roots(
                                "dev.cited.opensearch",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene",
                                "io.javalin")),
                Map.entry(
                        "present",
                        roots(
                                "dev.cited.index",
                                "dev.cited.opensearch",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene",
                                "io.javalin",
                                "com.slack.api.bolt",
                                "com.slack.api.methods")),
                Map.entry(
                        "chat",
                        roots(
                                "dev.cited.index",
                                "dev.cited.retrieve",
                                "dev.cited.opensearch",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene")),
                Map.entry(
                        "serve",
                        roots("dev.cited.opensearch", "dev.cited.eval", "dev.cited.bench", "org.apache.lucene")),
                Map.entry(
                        "eval",
                        roots(
                                "dev.cited.opensearch",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.bench",
                                "org.apache.lucene",
                                "io.javalin")),
                Map.entry(
                        "bench",
                        List.of(
                                "dev.cited.present",
                                "dev.cited.serve",
                                "dev.cited.chat",
                                "dev.cited.eval",
                                "org.apache.lucene",
                                "dev.cited.cli",
                                "picocli")),
                Map.entry(
                        "history",
                        roots(
                                "dev.cited.select",
                                "dev.cited.ingest",
                                "dev.cited.index",
                                "dev.cited.retrieve",
                                "dev.cited.opensearch",
                                "dev.cited.llm",
                                "dev.cited.check",
                                "dev.cited.answer",
                                "dev.cited.present",
                                "dev.cited.chat",
                                "dev.cited.serve",
                                "dev.cited.eval",
                                "dev.cited.bench",
                                "org.apache.lucene",
                                "io.javalin")),
                Map.entry("app", List.of("dev.cited.cli", "picocli")))
                .entrySet()
                .stream();
    }

    /** The given prefixes plus the composition root and the command line, which no stage may import. */
    private static List<String> roots(String... prefixes) {
        List<String> all = new ArrayList<>(List.of(prefixes));
        all.addAll(ROOTS);
        all.add("picocli");
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void a_stage_never_imports_a_later_stage(Map.Entry<String, List<String>> rule) throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/cited", rule.getKey()))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    for (String prefix : rule.getValue()) {
                        if (line.startsWith("import " + prefix + ".")
                                || line.startsWith("import static " + prefix + ".")) {
                            violations.add(file.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}

package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void the_shipped_templates_load_and_render_the_question_and_sources() throws IOException {
        PromptTemplates t = PromptTemplates.load(Path.of("prompts"));

        assertThat(t.system()).contains("[1]");
        assertThat(PromptSources.parse(t.answer("Why?", new NumberedSources(java.util.List.of(), java.util.List.of()))).question())
                .isEqualTo("Why?");
    }

    @Test
    void an_unknown_variable_fails_at_load_naming_the_file() throws IOException {
        Files.writeString(dir.resolve("system.md"), "rules");
        Files.writeString(dir.resolve("answer.md"), "{{sources}} {{question}} {{context}}");

        assertThatThrownBy(() -> PromptTemplates.load(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("answer.md").toString()).hasMessageContaining("unknown variable {{context}}");
    }

    @Test
    void a_missing_variable_or_file_fails_at_load_naming_the_file() throws IOException {
        Files.writeString(dir.resolve("answer.md"), "{{sources}} only");
        Files.writeString(dir.resolve("system.md"), "rules");
        assertThatThrownBy(() -> PromptTemplates.load(dir)).hasMessageContaining("lacks variable {{question}}");

        Files.delete(dir.resolve("system.md"));
        assertThatThrownBy(() -> PromptTemplates.load(dir)).hasMessageContaining("system.md is missing");
    }
}

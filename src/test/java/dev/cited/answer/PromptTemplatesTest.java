package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cited.BundledIndex;
import dev.cited.check.Citation;
import dev.cited.check.NumberedSources;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {

    private static final Path SHIPPED = Path.of("prompts");
    private static final String QUESTION = "How often do humans prefer sycophantic responses over correct ones?";

    @TempDir
    Path dir;

    @Test
    void every_shipped_template_renders_real_sources_and_questions_with_every_variable_substituted()
            throws IOException {
        PromptTemplates t = PromptTemplates.load(SHIPPED);
        NumberedSources sources = retrieve(QUESTION, 5);
        Conversation conversation = Conversation.start("c")
                .with(
                        new Conversation.Turn(
                                "Does RLHF make assistants sycophantic?",
                                "Does RLHF make assistants sycophantic?",
                                "Five AI assistants consistently exhibit sycophancy across four tasks. [1]"),
                        sources.numbering());

        String system = t.system();
        String answer = t.answer(QUESTION, sources);
        String condense = t.condense(conversation.history(3), "and how often do humans prefer it?");

        assertThat(List.of(system, answer, condense))
                .allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("{{", "}}"));
        assertThat(system)
                .contains("[1]")
                .isEqualTo(Files.readString(SHIPPED.resolve("system.md"), StandardCharsets.UTF_8)
                        .strip());
        assertThat(answer).contains(sources.render()).contains(QUESTION);
        assertThat(sources.entries()).hasSize(5).allSatisfy(e -> {
            assertThat(answer).contains("[" + e.n() + "] " + e.paper().label());
            assertThat(e.paper().versions())
                    .extracting(PaperVersion::text)
                    .allSatisfy(text -> assertThat(answer).contains(text));
        });
        assertThat(sources.entries())
                .anySatisfy(e -> assertThat(e.paper().versions()).hasSizeGreaterThan(1));
        assertThat(condense).contains(conversation.history(3)).contains("and how often do humans prefer it?");
    }

    @Test
    void the_extractive_answer_is_the_same_whatever_the_templates_say() throws IOException {
        Files.writeString(dir.resolve("system.md"), "Answer briefly. Cite like [1].", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("answer.md"), """
                {{question}} <- that is what the user wants to know.
                Papers you may cite, by number:
                {{sources}}
                """, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("condense.md"), "History:\n{{history}}\nNew: {{question}}", StandardCharsets.UTF_8);
        AnswerService shipped = BundledIndex.get().answers();
        AnswerService reworded = BundledIndex.get().answers(dir);

        for (String question : List.of(
                QUESTION,
                "Can adversarial training remove backdoors from deceptive models?",
                "What is BLOOM trained on?",
                "How long should I boil an egg for a runny yolk?")) {
            Answer expected = shipped.ask(AskRequest.of(question));
            Answer actual = reworded.ask(AskRequest.of(question));

            assertThat(actual.answer()).as(question).isEqualTo(expected.answer());
            assertThat(actual.citations()).as(question).isEqualTo(expected.citations());
            assertThat(actual.abstained()).as(question).isEqualTo(expected.abstained());
            assertThat(actual.model()).isEqualTo("extractive");
        }
        assertThat(shipped.ask(AskRequest.of(QUESTION)).answer()).contains("disagree");
    }

    @Test
    void a_follow_up_is_answered_the_same_whatever_the_templates_say() throws IOException {
        Files.writeString(dir.resolve("system.md"), "rules", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("answer.md"), "{{sources}}\n\nWhat the user asks: {{question}}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("condense.md"), "{{question}} after {{history}}", StandardCharsets.UTF_8);
        AnswerService reworded = BundledIndex.get().answers(dir);
        AnswerService shipped = BundledIndex.get().answers();
        Conversation history = Conversation.start("h")
                .with(
                        new Conversation.Turn(
                                "Can safety training remove backdoors from sleeper agent models?",
                                "Can safety training remove backdoors from sleeper agent models?",
                                "..."),
                        Map.of());

        Answer expected = shipped.ask(AskRequest.of("and did adversarial training help?"), history);
        Answer actual = reworded.ask(AskRequest.of("and did adversarial training help?"), history);

        assertThat(actual.answer()).isEqualTo(expected.answer()).containsIgnoringCase("adversarial training");
        assertThat(actual.citations())
                .isEqualTo(expected.citations())
                .extracting(Citation::arxivId)
                .contains("2401.05566");
    }

    @Test
    void an_unknown_variable_fails_at_load_naming_the_file() throws IOException {
        Files.writeString(dir.resolve("system.md"), "rules");
        Files.writeString(dir.resolve("answer.md"), "{{sources}} {{question}} {{context}}");

        assertThatThrownBy(() -> PromptTemplates.load(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(dir.resolve("answer.md").toString())
                .hasMessageContaining("unknown variable {{context}}");
    }

    @Test
    void a_missing_variable_or_file_fails_at_load_naming_the_file() throws IOException {
        Files.writeString(dir.resolve("answer.md"), "{{sources}} only");
        Files.writeString(dir.resolve("system.md"), "rules");
        assertThatThrownBy(() -> PromptTemplates.load(dir)).hasMessageContaining("lacks variable {{question}}");

        Files.delete(dir.resolve("system.md"));
        assertThatThrownBy(() -> PromptTemplates.load(dir)).hasMessageContaining("system.md is missing");
    }

    /** The papers the bundled index retrieves for {@code question}, numbered as the answer stage numbers them. */
    private static NumberedSources retrieve(String question, int k) throws IOException {
        BundledIndex bundled = BundledIndex.get();
        List<PaperHit> hits = bundled.hybrid().search(question, k);
        List<Paper> papers = new ArrayList<>();
        for (PaperHit hit : hits) {
            papers.add(bundled.backend.paper(hit.paperId()).orElseThrow());
        }
        return new NumberedSources(papers, hits);
    }
}

package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import dev.cited.check.Citation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The offline answer path end to end on the bundled corpus, with the real model and index. */
class ExtractiveAnswerTest {

    private final AnswerService answers = BundledIndex.get().answers();

    @Test
    void every_sentence_cites_a_paper_that_states_it_verbatim() throws IOException {
        Answer a = answers.ask(
                new AskRequest("Can adversarial training remove backdoors from deceptive models?", 5, null, null));

        assertThat(a.abstained()).isFalse();
        assertThat(a.model()).isEqualTo("extractive");
        assertThat(a.citations()).isNotEmpty().allSatisfy(c -> {
            Source s = a.sources().get(c.n() - 1);
            assertThat(s.paperId()).isEqualTo(c.paperId());
            assertThat(BundledIndex.get()
                            .index
                            .paper(c.paperId())
                            .orElseThrow()
                            .version(c.version())
                            .text())
                    .contains(c.quote());
            assertThat(a.answer()).contains(c.quote());
        });
        assertThat(a.citations()).extracting(Citation::arxivId).contains("2401.05566");
        assertThat(a.answer().toLowerCase(java.util.Locale.ROOT)).contains("adversarial training");
    }

    @Test
    void when_the_versions_of_a_paper_disagree_both_are_quoted_and_cited() throws IOException {
        Answer a = answers.ask(
                new AskRequest("How often do humans prefer sycophantic responses over correct ones?", 5, null, null));

        assertThat(a.citations())
                .filteredOn(c -> c.paperId().equals("2310.13548"))
                .extracting(Citation::version)
                .contains(1, 2);
        assertThat(a.answer())
                .contains("non-negligible fraction")
                .contains("a negligible fraction")
                .contains("disagree");
        Source sycophancy = a.sources().stream()
                .filter(s -> s.paperId().equals("2310.13548"))
                .findFirst()
                .orElseThrow();
        assertThat(sycophancy.citedVersions())
                .extracting(Source.VersionText::version)
                .containsExactly(1, 2);
        for (Citation c : a.citations()) {
            Source s =
                    a.sources().stream().filter(x -> x.n() == c.n()).findFirst().orElseThrow();
            assertThat(s.citedVersions())
                    .as("every quote can be checked from the response alone: %s", c.quote())
                    .anySatisfy(v -> {
                        assertThat(v.version()).isEqualTo(c.version());
                        assertThat(v.text()).contains(c.quote());
                    });
        }
    }

    @Test
    void an_off_topic_question_is_refused_with_no_citations() throws IOException {
        Answer a = answers.ask(new AskRequest("How long should I boil an egg for a runny yolk?", 5, null, null));

        assertThat(a.abstained()).isTrue();
        assertThat(a.citations()).isEmpty();
        assertThat(a.answer())
                .startsWith("The collection does not answer this question.")
                .doesNotContain("[1]");
        assertThat(a.sources()).hasSize(5);
    }

    @Test
    void timings_are_reported() throws IOException {
        Answer a = answers.ask(new AskRequest("What is BLOOM trained on?", 3, null, null));

        assertThat(a.timings().total())
                .isPositive()
                .isGreaterThanOrEqualTo(a.timings().retrieve());
        assertThat(a.sources()).hasSize(3);
    }
}

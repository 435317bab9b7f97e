package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.TestData;
import dev.cited.app.Cited;
import dev.cited.check.CitationChecker;
import dev.cited.check.Judgement;
import dev.cited.index.Embedder;
import dev.cited.ingest.Corpus;
import dev.cited.ingest.CorpusFormat;
import dev.cited.ingest.CorpusLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The citation checker on hand-labelled model answers ({@code src/test/resources/citations/}),
 * against the counts recorded in {@code eval/citations-regression.json}: exact counts, so that any
 * change in what the checker keeps or drops is recorded on purpose. Uses a fresh embedder (not the
 * bundled index's, whose stored sentence vectors would make the counts depend on test order).
 */
class CitationEvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXPECTED = Path.of("src/test/resources/eval/citations-regression.json");
    private static Embedder embedder;
    private static CitationChecker checker;

    @BeforeAll
    static void open() {
        embedder = Cited.embedder(BundledIndex.settings().collection());
        checker = Cited.citationChecker(embedder);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void bundled_answers_hold_their_recorded_counts() throws IOException {
        Corpus corpus = new CorpusLoader(null).load(List.of(Path.of("index")));

        assertHoldsRecordedCounts("bundled", corpus);
    }

    @Test
    void scifact_answers_hold_their_recorded_counts() throws IOException {
        Path data = TestData.scifact().resolve("corpus.jsonl");
        Corpus corpus = new CorpusLoader(CorpusFormat.BEIR).load(List.of(data));

        assertHoldsRecordedCounts("scifact", corpus);
    }

    private static void assertHoldsRecordedCounts(String name, Corpus corpus) throws IOException {
        List<LabelledAnswer> answers = LabelledAnswer.read(Path.of("src/test/resources/citations", name + ".jsonl"));
        CitationReport report = CitationEvaluation.run(answers, corpus::paper, checker);
        JsonNode expected = JSON.readTree(Files.readString(EXPECTED)).get(name);

        assertThat(JSON.valueToTree(report.rows()).toPrettyString())
                .as("%s counts; if the change is intended, record the new rows in %s", name, EXPECTED)
                .isEqualTo(expected.get("rows").toPrettyString());
        assertThat(report.misses()).hasSize(expected.get("misses").asInt());
        assertThat(CitationEvaluation.run(answers, corpus::paper, checker))
                .as("deterministic")
                .isEqualTo(report);
    }

    @Test
    void an_unknown_source_id_is_an_error_naming_the_record_and_the_id() {
        LabelledAnswer a = new LabelledAnswer(
                "x-1", "bundled", "careful", "tune", "q", List.of("9999.99999"), "A claim [1].", false, List.of());

        assertThatThrownBy(() -> CitationEvaluation.run(List.of(a), id -> Optional.empty(), checker))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-1")
                .hasMessageContaining("'9999.99999'");
    }

    static Stream<Arguments> overlaps() {
        // The statement is [10, 30): 20 characters; "most" means more than 10 of them.
        return Stream.of(
                Arguments.of("same span, marker kept", List.of(j(10, 30, true)), true),
                Arguments.of("same span, marker removed", List.of(j(10, 30, false)), false),
                Arguments.of("claim holds the statement and more", List.of(j(0, 100, true)), true),
                Arguments.of("11 of 20 characters", List.of(j(0, 21, true)), true),
                Arguments.of("exactly half is not most", List.of(j(0, 20, true)), false),
                Arguments.of("two halves are not one judgement", List.of(j(10, 20, true), j(20, 30, true)), false),
                Arguments.of("kept claim elsewhere", List.of(j(30, 60, true), j(10, 30, false)), false),
                Arguments.of("the statement's claim was kept", List.of(j(0, 9, false), j(9, 31, true)), true),
                Arguments.of("no judgements", List.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlaps")
    void a_statement_is_shown_with_a_citation_when_a_judgement_covering_most_of_it_kept_a_marker(
            String name, List<Judgement> judgements, boolean shown) {
        assertThat(CitationEvaluation.shownWithCitation(10, 30, judgements)).isEqualTo(shown);
    }

    @Test
    void a_statement_is_reported_only_by_a_judgement_covering_most_of_it_that_warned() {
        Judgement quiet = new Judgement(10, 30, List.of(), List.of(), List.of(), List.of(), false);
        Judgement warnedNextDoor = new Judgement(25, 60, List.of(), List.of(), List.of(), List.of(), true);
        Judgement warned = new Judgement(5, 28, List.of(), List.of(), List.of(), List.of(), true);

        assertThat(CitationEvaluation.reported(10, 30, List.of(quiet, warnedNextDoor)))
                .isFalse();
        assertThat(CitationEvaluation.reported(10, 30, List.of(warned))).isTrue();
    }

    private static Judgement j(int start, int end, boolean kept) {
        return new Judgement(
                start,
                end,
                List.of(1),
                kept ? List.of(1) : List.of(),
                kept ? List.of() : List.of(new Judgement.Removal(1, Judgement.Reason.NOT_SUPPORTED)),
                List.of(),
                !kept);
    }
}

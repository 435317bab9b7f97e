package dev.cited.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cited.BundledIndex;
import dev.cited.check.CitationChecker;
import dev.cited.index.Embedder;
import dev.cited.index.IndexSettings;
import dev.cited.index.PaperLookup;
import dev.cited.llm.ModelConfig;
import dev.cited.llm.ModelRegistry;
import dev.cited.retrieve.EmbeddedBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answering over papers read from the index uses the sentence vectors stored at build time: only
 * the question is embedded, and the answers are those of embedding every sentence at question time.
 */
class IndexedSentenceVectorsTest {

    @Test
    void answering_over_indexed_papers_embeds_no_sentence_and_gives_the_answers_of_embedding_them_at_question_time()
            throws IOException {
        BundledIndex bundled = BundledIndex.get();
        List<String> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/bundled-questions.jsonl"))) {
            if (!line.isBlank()) {
                questions.add(json.readTree(line).get("question").asText());
            }
        }
        try (Embedder primed = new Embedder(IndexSettings.defaults().model());
                Embedder unprimed = new Embedder(IndexSettings.defaults().model())) {
            // The backend is not closed: it would close the shared bundled index.
            AnswerService fromIndex = service(primed, new EmbeddedBackend(bundled.index, primed, Path.of("bundled")));
            AnswerService atQuestionTime = service(unprimed, bundled.index);

            for (String q : questions) {
                Answer indexed = fromIndex.ask(AskRequest.of(q));
                Answer embedded = atQuestionTime.ask(AskRequest.of(q));
                assertThat(indexed.answer()).as(q).isEqualTo(embedded.answer());
                assertThat(indexed.citations()).as(q).isEqualTo(embedded.citations());
            }

            assertThat(primed.passagesEmbedded())
                    .as("sentences embedded at question time")
                    .isZero();
            assertThat(unprimed.passagesEmbedded())
                    .as("sentences embedded without the index's vectors")
                    .isGreaterThan(100);
        }
    }

    private static AnswerService service(Embedder embedder, PaperLookup papers) throws IOException {
        BundledIndex bundled = BundledIndex.get();
        return new AnswerService(
                bundled.hybrid(),
                papers,
                new ModelRegistry(ModelConfig.builtIn()),
                new ExtractiveAnswerer(embedder),
                PromptTemplates.load(Path.of("prompts")),
                new CitationChecker(embedder),
                ConversationStore.inMemory());
    }
}

package dev.cited.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.BundledIndex;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class VectorRetrieverTest extends RetrieverContractTest {

    @Override
    Retriever retriever() {
        return new VectorRetriever(BundledIndex.get().index, BundledIndex.get().embedder);
    }

    @Test
    void a_paraphrase_without_shared_words_still_finds_the_paper() throws IOException {
        assertThat(retriever().search("Do chatbots flatter people instead of telling the truth?", 3))
                .extracting(PaperHit::paperId)
                .contains("2310.13548");
    }
}

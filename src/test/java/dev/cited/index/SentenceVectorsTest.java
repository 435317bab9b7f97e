package dev.cited.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cited.BundledIndex;
import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Sentence vectors computed at build time and stored with each paper. */
class SentenceVectorsTest {

    private static final Paper TWO_VERSIONS = new Paper(
            "p1",
            "p1",
            "A paper",
            2024,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                    new PaperVersion(1, "We train a model. It reaches 80% accuracy.", List.of()),
                    new PaperVersion(2, "We train a model. It reaches 85% accuracy. Code is public.", List.of())));

    @Test
    void a_papers_sentences_are_each_distinct_sentence_of_its_versions_in_order_of_first_appearance() {
        assertThat(SentenceVectors.sentences(TWO_VERSIONS))
                .containsExactly(
                        "We train a model.", "It reaches 80% accuracy.", "It reaches 85% accuracy.", "Code is public.");
    }

    @Test
    void decoded_vectors_score_a_question_within_a_hundredth_of_the_exact_cosine() {
        Embedder embedder = BundledIndex.get().embedder;
        List<String> sentences = SentenceVectors.sentences(TWO_VERSIONS);
        List<float[]> exact = embedder.embedPassages(sentences);
        float[] question = embedder.embedQuery("How accurate is the trained model?");

        Map<String, float[]> decoded = SentenceVectors.decode(TWO_VERSIONS, SentenceVectors.encode(exact), 384);

        assertThat(decoded).containsOnlyKeys(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(Embedder.cosine(question, decoded.get(sentences.get(i))))
                    .isCloseTo(Embedder.cosine(question, exact.get(i)), within(0.01f));
            assertThat(Embedder.cosine(decoded.get(sentences.get(i)), decoded.get(sentences.get(i))))
                    .isCloseTo(1f, within(1e-4f));
        }
    }

    @Test
    void cosines_on_the_stored_bytes_equal_those_of_the_decoded_vectors_in_sentence_order() {
        Embedder embedder = BundledIndex.get().embedder;
        List<String> sentences = SentenceVectors.sentences(TWO_VERSIONS);
        byte[] stored = SentenceVectors.encode(embedder.embedPassages(sentences));
        float[] question = embedder.embedQuery("How accurate is the trained model?");
        Map<String, float[]> decoded = SentenceVectors.decode(TWO_VERSIONS, stored, 384);

        float[] cosines = SentenceVectors.cosines(stored, question);

        assertThat(cosines).hasSize(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(cosines[i]).isCloseTo(Embedder.cosine(question, decoded.get(sentences.get(i))), within(1e-5f));
        }
        assertThat(SentenceVectors.cosines(stored, new float[383])).isEmpty();
        assertThat(SentenceVectors.cosines(new byte[0], question)).isEmpty();
    }

    @Test
    void a_stored_form_that_does_not_fit_the_paper_decodes_to_nothing_so_answering_embeds_instead() {
        byte[] threeSentences = SentenceVectors.encode(List.of(new float[384], new float[384], new float[384]));

        assertThat(SentenceVectors.decode(TWO_VERSIONS, threeSentences, 384)).isEmpty();
        assertThat(SentenceVectors.decode(TWO_VERSIONS, new byte[0], 384)).isEmpty();
        assertThat(SentenceVectors.decode(TWO_VERSIONS, null, 384)).isEmpty();
    }

    @Test
    void a_stored_form_from_before_the_header_decodes_to_nothing_and_another_version_fails_naming_the_paper() {
        List<float[]> vectors = SentenceVectors.sentences(TWO_VERSIONS).stream()
                .map(s -> new float[384])
                .toList();
        byte[] stored = SentenceVectors.encode(vectors);
        int header = FormatHeader.length(SentenceVectors.CODEC);
        byte[] headerless = Arrays.copyOfRange(stored, header, stored.length);
        byte[] otherVersion = stored.clone();
        System.arraycopy(
                FormatHeader.bytes(SentenceVectors.CODEC, SentenceVectors.VERSION + 1), 0, otherVersion, 0, header);

        assertThat(SentenceVectors.decode(TWO_VERSIONS, stored, 384)).hasSize(vectors.size());
        assertThat(SentenceVectors.decode(TWO_VERSIONS, headerless, 384)).isEmpty();
        assertThatThrownBy(() -> SentenceVectors.decode(TWO_VERSIONS, otherVersion, 384))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("sentence vectors of paper " + TWO_VERSIONS.id()
                        + ": expected codec 'CitedSentenceVectors' version " + SentenceVectors.VERSION
                        + ", found version " + (SentenceVectors.VERSION + 1));
    }

    @Test
    void every_indexed_paper_carries_a_vector_for_each_of_its_sentences() throws IOException {
        PaperIndex index = BundledIndex.get().index;
        Set<String> ids = new TreeSet<>();
        for (int doc = 0; doc < index.searcher().getIndexReader().maxDoc(); doc++) {
            ids.add(index.paperId(doc));
        }
        int papers = 0;
        int sentences = 0;
        for (String id : ids) {
            StoredPaper stored = index.stored(id).orElseThrow();
            Map<String, float[]> vectors = SentenceVectors.decode(stored.paper(), stored.sentenceVectors(), 384);
            assertThat(vectors).as(id).containsOnlyKeys(SentenceVectors.sentences(stored.paper()));
            sentences += vectors.size();
            papers++;
        }
        assertThat(papers).isEqualTo(index.paperCount());
        assertThat(sentences).isEqualTo(index.manifest().sentences());
    }
}

package dev.cited.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperMergerTest {

    private static final String V1 =
            "Human feedback is commonly utilized to finetune AI assistants. But human feedback may also"
                    + " encourage model responses that match user beliefs over truthful ones, a behaviour known as sycophancy. We find"
                    + " that when a response matches a user's views, it is more likely to be preferred. Moreover, both humans and"
                    + " preference models prefer convincingly-written sycophantic responses over correct ones a non-negligible"
                    + " fraction of the time. Optimizing model outputs against PMs also sometimes sacrifices truthfulness.";
    private static final String V2 =
            "Reinforcement learning from human feedback (RLHF) is a popular technique for training"
                    + " high-quality AI assistants. However, RLHF may also encourage model responses that match user beliefs over"
                    + " truthful responses, a behavior known as sycophancy. We find that when a response matches a user's views, it"
                    + " is more likely to be preferred. Moreover, both humans and preference models prefer convincingly-written"
                    + " sycophantic responses over correct ones a negligible fraction of the time. Optimizing model outputs"
                    + " against PMs also sometimes sacrifices truthfulness.";
    private static final String OTHER =
            "Welcome to the fourth edition of the AI Index Report. This year we significantly"
                    + " expanded the amount of data available in the report and worked with a broader set of external organizations.";

    private static RawRecord record(String file, int line, String text, String arxivId) {
        return new RawRecord(file, line, text, arxivId, null, null, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void the_same_abstract_in_several_files_is_one_paper_with_one_version() {
        PaperMerger.Result r = PaperMerger.merge(
                List.of(record("a.txt", 1, OTHER, null), record("b.txt", 4, OTHER + " ", null)), Catalog.empty());

        assertThat(r.papers()).singleElement().satisfies(p -> {
            assertThat(p.versions()).hasSize(1);
            assertThat(p.firstVersion().locations()).containsExactly("a.txt:1", "b.txt:4");
            assertThat(p.id()).matches("doc-[0-9a-f]{10}");
        });
        assertThat(r.duplicatesMerged()).isEqualTo(1);
    }

    @Test
    void revised_wordings_are_versions_of_one_paper_and_take_its_arxiv_id() {
        PaperMerger.Result r = PaperMerger.merge(
                List.of(
                        record("a.txt", 1, V1, null),
                        record("b.txt", 2, V2, "2310.13548"),
                        record("b.txt", 3, OTHER, null)),
                Catalog.empty());

        assertThat(r.papers()).hasSize(2);
        Paper sycophancy = r.papers().stream()
                .filter(p -> "2310.13548".equals(p.id()))
                .findFirst()
                .orElseThrow();
        assertThat(sycophancy.versions()).extracting(PaperVersion::number).containsExactly(1, 2);
        assertThat(sycophancy.version(1).text()).isEqualTo(V1);
        assertThat(sycophancy.version(2).text()).isEqualTo(V2);
    }

    @Test
    void texts_with_different_arxiv_ids_are_never_merged() {
        PaperMerger.Result r = PaperMerger.merge(
                List.of(record("a.txt", 1, V1, "1111.11111"), record("a.txt", 2, V2, "2222.22222")), Catalog.empty());

        assertThat(r.papers()).extracting(Paper::id).containsExactly("1111.11111", "2222.22222");
    }

    @Test
    void content_ids_do_not_depend_on_file_order() {
        List<RawRecord> records = new ArrayList<>(List.of(record("a.txt", 1, V1, null), record("b.txt", 1, V2, null)));
        String forward =
                PaperMerger.merge(records, Catalog.empty()).papers().getFirst().id();
        String backward = PaperMerger.merge(records.reversed(), Catalog.empty())
                .papers()
                .getFirst()
                .id();

        assertThat(forward).isEqualTo(backward).startsWith("doc-");
    }
}

package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.ingest.Paper;
import dev.cited.ingest.PaperVersion;
import dev.cited.retrieve.PaperHit;
import dev.cited.retrieve.ScoreBreakdown;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationCheckerTest {

    private static final String V1 =
            "Human feedback is commonly utilized to finetune AI assistants. Moreover, humans prefer"
                    + " sycophantic responses over correct ones a non-negligible fraction of the time.";
    private static final String V2 = "RLHF is a popular technique for training AI assistants. Moreover, humans prefer"
            + " sycophantic responses over correct ones a negligible fraction of the time.";
    private static final String OTHER =
            "We train models that write secure code when the prompt states that the year is 2023."
                    + " Adversarial training can teach models to better recognize their backdoor triggers.";

    private final NumberedSources sources = new NumberedSources(
            List.of(paper("2310.13548", "Sycophancy", V1, V2), paper("2401.05566", "Sleeper Agents", OTHER)),
            List.of(hit("2310.13548", 1), hit("2401.05566", 2)));
    private final CitationChecker checker = new CitationChecker();

    private static Paper paper(String id, String title, String... texts) {
        List<PaperVersion> versions = new java.util.ArrayList<>();
        for (String t : texts) {
            versions.add(new PaperVersion(versions.size() + 1, t, List.of()));
        }
        return new Paper(id, id, title, 2024, null, List.of(), List.of(), List.of(), List.of(), versions);
    }

    private static PaperHit hit(String id, int rank) {
        return new PaperHit(id, rank, 1, new ScoreBreakdown(rank, 1f, rank, 0.5f, 1.0 / rank));
    }

    @Test
    void a_verbatim_sentence_is_cited_with_the_version_it_comes_from() {
        CitationChecker.Checked c = checker.check(
                "Moreover, humans prefer sycophantic responses over correct ones a negligible fraction of the time. [1]",
                sources);

        assertThat(c.citations()).singleElement().satisfies(cit -> {
            assertThat(cit.n()).isEqualTo(1);
            assertThat(cit.paperId()).isEqualTo("2310.13548");
            assertThat(cit.version()).isEqualTo(2);
            assertThat(V2).contains(cit.quote());
        });
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void a_marker_that_points_at_no_source_is_removed_and_reported() {
        CitationChecker.Checked c = checker.check(
                "Adversarial training can teach models to better recognize their backdoor triggers. [2][7]", sources);

        assertThat(c.text())
                .isEqualTo("Adversarial training can teach models to better recognize their backdoor triggers. [2]");
        assertThat(c.citations()).extracting(Citation::n).containsExactly(2);
        assertThat(c.warnings()).containsExactly("removed citation [7]: there is no source 7 (sources are 1-2)");
    }

    @Test
    void a_fabricated_quote_is_never_presented_as_a_quote_nor_as_support() {
        CitationChecker.Checked c =
                checker.check("The authors write \"sycophancy was eliminated entirely by our method\" [1].", sources);

        assertThat(c.citations()).isEmpty();
        assertThat(c.text()).isEmpty();
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w).contains("is not a quote from the cited sources"));
    }

    @Test
    void a_claim_the_cited_paper_does_not_make_loses_its_citation() {
        CitationChecker.Checked c = checker.check(
                "Sleeper agents were trained on protein folding data. [2] "
                        + "Adversarial training can teach models to better recognize their backdoor triggers. [1][2]",
                sources);

        assertThat(c.citations()).extracting(Citation::n).containsExactly(2);
        assertThat(c.text())
                .isEqualTo("Adversarial training can teach models to better recognize their backdoor triggers. [2]");
        assertThat(c.warnings()).hasSize(2);
    }

    @Test
    void quotes_from_two_versions_cite_both_versions() {
        CitationChecker.Checked c = checker.check(
                "The versions disagree: version 1 says \"a non-negligible fraction of the time\""
                        + " while version 2 says \"over correct ones a negligible fraction of the time\" [1]",
                sources);

        assertThat(c.citations()).extracting(Citation::version).containsExactly(1, 2);
        assertThat(c.citations())
                .extracting(Citation::quote)
                .containsExactly(
                        "Moreover, humans prefer sycophantic responses over correct ones a non-negligible fraction of the time.",
                        "Moreover, humans prefer sycophantic responses over correct ones a negligible fraction of the time.");
    }

    @Test
    void a_paraphrase_that_keeps_the_papers_terms_is_supported_by_its_closest_sentence() {
        CitationChecker.Checked c = checker.check(
                "Adversarial training teaches models to recognize backdoor triggers better [2].", sources);

        assertThat(c.citations())
                .singleElement()
                .extracting(Citation::quote)
                .isEqualTo("Adversarial training can teach models to better recognize their backdoor triggers.");
    }

    @Test
    void sentences_without_any_citation_are_dropped() {
        CitationChecker.Checked c = checker.check(
                "In summary, this is uncited. RLHF is a popular technique for training AI"
                        + " assistants. [1] A trailing remark.",
                sources);

        assertThat(c.text()).isEqualTo("RLHF is a popular technique for training AI assistants. [1]");
        assertThat(c.warnings())
                .hasSize(2)
                .allSatisfy(w -> assertThat(w).startsWith("dropped a sentence without a citation"));
    }

    @Test
    void a_quote_in_typographic_marks_may_contain_straight_quotes() {
        NumberedSources withQuotes = new NumberedSources(
                List.of(paper(
                        "2307.13702",
                        "CoT",
                        "LLMs perform better when they produce \"Chain-of-Thought\" (CoT) reasoning.")),
                List.of(hit("2307.13702", 1)));

        CitationChecker.Checked c = checker.check(
                "Version 1 says “LLMs perform better when they produce \"Chain-of-Thought\" (CoT) reasoning.” [1]",
                withQuotes);

        assertThat(c.citations())
                .singleElement()
                .extracting(Citation::quote)
                .isEqualTo("LLMs perform better when they produce \"Chain-of-Thought\" (CoT) reasoning.");
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void every_claim_considered_is_judged_with_its_span_markers_kept_and_removed() {
        String reply = "In summary, this is uncited. RLHF is a popular technique for training AI"
                + " assistants. [1][7] We train models that write secure code. [1] The sources do not answer this question.";

        CitationChecker.Checked c = checker.check(reply, sources);

        assertThat(c.judgements())
                .extracting(j -> reply.substring(j.start(), j.end()))
                .containsExactly(
                        "In summary, this is uncited.",
                        "RLHF is a popular technique for training AI assistants. [1][7]",
                        "We train models that write secure code. [1]",
                        "The sources do not answer this question.");
        assertThat(c.judgements().get(0)).satisfies(j -> {
            assertThat(j.markers()).isEmpty();
            assertThat(j.shown()).isFalse();
            assertThat(j.reported()).isTrue();
        });
        assertThat(c.judgements().get(1)).satisfies(j -> {
            assertThat(j.markers()).containsExactly(1, 7);
            assertThat(j.kept()).containsExactly(1);
            assertThat(j.removed()).containsExactly(new Judgement.Removal(7, Judgement.Reason.NO_SOURCE));
        });
        assertThat(c.judgements().get(2)).satisfies(j -> {
            assertThat(j.kept()).isEmpty();
            assertThat(j.removed()).containsExactly(new Judgement.Removal(1, Judgement.Reason.NOT_SUPPORTED));
            assertThat(j.reported()).isTrue();
        });
        assertThat(c.judgements().get(3).reported())
                .as("the no-answer sentence is dropped quietly")
                .isFalse();
    }

    @Test
    void a_quote_found_in_no_cited_version_is_judged_unverified() {
        String reply = "The paper says \"humans always prefer correct answers\" here. [1]";

        CitationChecker.Checked c = checker.check(reply, sources);

        assertThat(c.judgements()).singleElement().satisfies(j -> {
            assertThat(j.unverifiedQuotes()).containsExactly("humans always prefer correct answers");
            assertThat(j.removed()).containsExactly(new Judgement.Removal(1, Judgement.Reason.NOT_SUPPORTED));
            assertThat(j.start()).isZero();
            assertThat(j.end()).isEqualTo(reply.length());
        });
    }

    @Test
    void a_bold_label_before_a_claim_is_read_as_its_name_not_as_content() {
        assertThat(CitationChecker.withoutLabel("Short answer: both kinds of principle have value."))
                .isEqualTo("both kinds of principle have value.");
        assertThat(CitationChecker.withoutLabel("Key finding: the backdoor persists [1]."))
                .isEqualTo("the backdoor persists [1].");
        assertThat(CitationChecker.withoutLabel("The five largest models in the study: all persisted."))
                .as("more than four words before the colon is a clause, not a label")
                .isEqualTo("The five largest models in the study: all persisted.");
    }

    @Test
    void an_uncited_statement_that_no_source_says_something_is_kept_when_it_is_true() {
        NumberedSources two = twoSources("We present frozen robust multiarray analysis.");

        CitationChecker.Checked kept = checker.check(
                "Neither abstract gives a doubling time. The database holds nucleotide sequences [2].", two);
        CitationChecker.Checked dropped =
                checker.check("The sources do not mention nucleotide sequences. The database holds them [2].", two);

        assertThat(kept.text()).startsWith("Neither abstract gives a doubling time.");
        assertThat(kept.warnings()).isEmpty();
        assertThat(dropped.text()).doesNotContain("do not mention");
    }

    @Test
    void a_cited_lead_in_to_a_list_stands_with_the_citations_its_items_keep() {
        NumberedSources two = twoSources("We release our code under an open license.");

        CitationChecker.Checked c = checker.check(
                "Both sources describe something public [1][2]:\n\n- Code is released under an open license [1].\n"
                        + "- The database holds nucleotide sequences [2].",
                two);
        CitationChecker.Checked finding = checker.check(
                "Both sources show a decrease [1][2]:\n\n- Code is released under an open license [1].\n"
                        + "- The database holds nucleotide sequences [2].",
                two);

        assertThat(c.text()).startsWith("Both sources describe something public [1] [2]:");
        assertThat(c.warnings()).isEmpty();
        assertThat(finding.text()).doesNotContain("decrease");
    }

    @Test
    void a_claim_made_before_a_true_absence_must_be_supported_too() {
        NumberedSources two = twoSources("We present frozen robust multiarray analysis.");

        CitationChecker.Checked kept =
                checker.check("Source [2] holds nucleotide sequences, but it does not mention proteins [2].", two);
        CitationChecker.Checked dropped =
                checker.check("Source [2] holds protein structures, but it does not mention doubling times [2].", two);

        assertThat(kept.text()).contains("does not mention proteins [2]");
        assertThat(kept.warnings()).isEmpty();
        assertThat(dropped.text()).doesNotContain("doubling times");
    }

    @Test
    void the_words_around_a_quote_may_come_from_the_sentence_next_to_it() {
        NumberedSources two = twoSources("Here we employed an improved affinity purification approach to purify Oct4"
                + " complexes. Notably, we found that Oct4 is associated with multiple chromatin-modifying complexes.");

        CitationChecker.Checked c = checker.check(
                "Using an improved affinity purification approach, the authors found that Oct4 “is associated with"
                        + " multiple chromatin-modifying complexes” [1].",
                two);

        assertThat(c.warnings()).isEmpty();
        assertThat(c.citations()).hasSize(2);
    }

    /** Two sources: one with {@code firstText}, and a sequence database that holds nucleotide sequences. */
    private static NumberedSources twoSources(String firstText) {
        return new NumberedSources(
                List.of(
                        TestSources.paper("a", "Frozen arrays", firstText),
                        TestSources.paper("b", "A sequence database", "The database holds nucleotide sequences.")),
                List.of(TestSources.hit("a", 1), TestSources.hit("b", 2)));
    }
}

package dev.cited.check;

import static dev.cited.check.TestSources.hit;
import static dev.cited.check.TestSources.paper;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Content a claim borrows from another listed source, on two SciFact abstracts (docs 20333864, 22180793). */
class ForeignTermsTest {

    private static final String DCIS = "The transition of ductal carcinoma in situ (DCIS) to invasive carcinoma is a"
            + " poorly understood key event in breast tumor progression. Progression to invasion was promoted by"
            + " fibroblasts and inhibited by normal myoepithelial cells.";
    private static final String CADHERIN = "Ectopic expression of N-cadherin in nonmetastatic, androgen-dependent"
            + " prostate cancer models caused castration resistance, invasion and metastasis. These data indicate"
            + " that N-cadherin is a major cause of both prostate cancer metastasis and castration resistance.";

    private final NumberedSources sources = new NumberedSources(
            List.of(
                    paper("20333864", "Regulation of in situ to invasive breast carcinoma transition.", DCIS),
                    paper("22180793", null, CADHERIN)),
            List.of(hit("20333864", 1), hit("22180793", 2)));

    @Test
    void a_word_of_another_source_standing_in_for_the_cited_papers_word_is_borrowed() {
        assertThat(borrowedFromSecond(
                        "N-cadherin is a major cause of breast cancer metastasis.",
                        "These data indicate that N-cadherin is a major cause of both prostate cancer metastasis and"
                                + " castration resistance."))
                .hasValueSatisfying(why -> assertThat(why).contains("breast").contains("source [1]"));
    }

    @Test
    void the_checker_removes_a_citation_whose_claim_borrows_from_another_source() {
        CitationChecker.Checked c =
                new CitationChecker().check("N-cadherin is a major cause of breast cancer metastasis [2].", sources);

        assertThat(c.judgements().getFirst().kept()).isEmpty();
    }

    @Test
    void a_faithful_paraphrase_whose_extra_words_name_nothing_is_not_borrowed() {
        assertThat(borrowedFromSecond(
                        "N-cadherin is a major cause of prostate cancer metastasis, which other work also studies.",
                        "These data indicate that N-cadherin is a major cause of both prostate cancer metastasis and"
                                + " castration resistance."))
                .isEmpty();
    }

    @Test
    void a_word_another_source_uses_only_once_in_passing_is_nobodys_to_borrow() {
        assertThat(borrowedFromSecond(
                        "N-cadherin expression was a key event.",
                        "These data indicate that N-cadherin is a major cause of both prostate cancer metastasis and"
                                + " castration resistance."))
                .isEmpty();
    }

    @Test
    void a_word_the_cited_paper_uses_elsewhere_is_its_own() {
        assertThat(borrowedFromSecond(
                        "N-cadherin expression caused invasion in prostate cancer models.",
                        "Ectopic expression of N-cadherin in nonmetastatic, androgen-dependent prostate cancer models"
                                + " caused castration resistance, invasion and metastasis."))
                .isEmpty();
    }

    /** What {@code claim}, cited to the second source with {@code support}, borrows from the first. */
    private Optional<String> borrowedFromSecond(String claim, String support) {
        return ForeignTerms.borrowed(
                claim,
                support,
                sources.get(2).orElseThrow(),
                List.of(sources.get(1).orElseThrow()));
    }
}

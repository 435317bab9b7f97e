package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.ingest.Paper;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static final Paper YEAST = TestSources.paper(
            "ribi",
            "Ribosome biogenesis genes",
            "We experimentally evaluated >100 candidate yeast genes in a battery of assays, confirming involvement of"
                    + " at least 15 new genes, including previously uncharacterized genes (YDL063C, YIL091C,"
                    + " YOR287C, YOR006C/TSR3, YOL022C/TSR4).");
    private static final Paper FGF21 = TestSources.paper(
            "fgf21",
            "FGF21 prevents atherosclerosis",
            "Replenishment of FGF21 suppresses the hepatic expression of sterol regulatory element-binding"
                    + " protein-2 in APOE epsilon4 carriers and IL-1β producing cells.");

    @Test
    void a_code_the_paper_never_names_makes_the_claim_unsupported() {
        assertThat(Identifiers.unnamed(
                        "Bcp1 was one of the previously uncharacterized genes they confirmed [1].", YEAST))
                .hasValue("the paper never names 'Bcp1'");
    }

    @Test
    void a_code_the_paper_names_in_another_spelling_stands() {
        assertThat(Identifiers.unnamed("TSR3 and tsr4 were confirmed, as was YIL-091C.", YEAST))
                .isEmpty();
        assertThat(Identifiers.unnamed("The risk was highest in APOE ε4 carriers and IL-1beta cells.", FGF21))
                .isEmpty();
    }

    @Test
    void an_abbreviation_of_the_papers_words_stands() {
        assertThat(Identifiers.unnamed("FGF21 lowers hepatic SREBP-2 expression [1].", FGF21))
                .isEmpty();
    }

    @Test
    void codes_joined_by_a_slash_stand_when_the_paper_names_each_and_not_when_one_is_missing() {
        assertThat(Identifiers.unnamed("Blocking YOL022C/YOR287C changed nothing [1].", YEAST))
                .isEmpty();
        assertThat(Identifiers.unnamed("Blocking YOL022C/YOR288C changed nothing [1].", YEAST))
                .hasValue("the paper never names 'YOL022C/YOR288C'");
    }

    @Test
    void a_name_with_a_version_number_the_paper_never_gives_makes_the_claim_unsupported() {
        Paper bloom = TestSources.paper(
                "bloom",
                "BLOOM",
                "We publicly release our models and code under the Responsible AI License, built with Megatron 2.1.");

        assertThat(Identifiers.unnamed("BLOOM is released under the Apache 2.0 license [1].", bloom))
                .hasValue("the paper never names 'Apache 2.0'");
        assertThat(Identifiers.unnamed("BLOOM was built with Megatron 2.1 [1].", bloom))
                .isEmpty();
        assertThat(Identifiers.unnamed("Source 2 reports an HR of 0.97 [1].", bloom))
                .isEmpty();
    }

    @Test
    void numbers_with_units_and_ordinals_are_no_codes() {
        assertThat(Identifiers.unnamed(
                        "At 4th follow-up, 15 genes, 100mg and 6.2 mL/min per 1.73 m² (2.5-fold).", YEAST))
                .isEmpty();
    }
}

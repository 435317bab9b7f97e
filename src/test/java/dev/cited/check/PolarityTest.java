package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolarityTest {

    @ParameterizedTest(name = "''{0}'' disagrees with ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            Larger models produce more faithful reasoning.                | Larger models produce less faithful reasoning.
            LMs get better with size.                                     | LMs get worse with size.
            It did worse than the baseline on math and language evaluations. | The model shows lower bias, while maintaining equivalent performance on language, math, and harmlessness evaluations.
            Vitamin E had an effect on the incidence of prostate cancer.  | Compared with placebo, vitamin E had no effect on the incidence of prostate cancer.
            Vitamin E lowered the incidence of prostate cancer.           | Compared with placebo, vitamin E had no effect on the incidence of prostate cancer.
            Nonstatin lipid-lowering drugs also lowered hip fracture risk. | No significant relationship was observed between use of nonstatin lipid-lowering agents and hip fracture risk.
            Small microbes triggered ROS which boosted IL-1β expression.  | Small microbes triggered ROS intracellularly, suppressing IL-1β expression.
            The peptide encourages NTP binding by the polymerase.        | The peptide obstructs NTP binding by the polymerase.
            Surgery was associated with increases in depression.          | Surgery was associated with decreases in depression.
            The effect is most persistent in the smallest models.         | The effect is most persistent in the largest models.
            The relationship with gene expression is dependent on cell type. | The relationship with gene expression is independent of cell type.
            The filters render pretraining effective.                     | The filters render pretraining ineffective.
            The responses become most similar to the opinions of speakers. | The responses do not necessarily become most similar to the opinions of speakers.
            Depression was associated with weight outcomes.               | Neither depression nor binge eating was associated with weight outcomes.
            Energy expenditure did not change upon treatment.             | Energy expenditure was increased upon treatment.
            Eliminating BCL-2 yielded loss of cells but did not prolong survival. | Eliminating BCL-2 yielded loss of cells and significantly prolonged survival.
            The network clearly outperforms a linear network.             | The network has the same predictive power as a linear network.
            The model generates a refusal instead of responses that reframe the matter. | The model generates responses that reframe the matter instead of a refusal.
            The method was effective in older patients.                   | The method was not effective in older patients.
            The drug lowers blood pressure in adults.                     | The drug raises blood pressure in adults.
            Training is faster with the new optimizer.                    | Training is slower with the new optimizer.
            Smoking shows a positive association with risk of stroke.     | Smoking shows a negative association with risk of stroke.
            H3.3 nucleosomes are unusually resistant to salt-dependent disruption. | H3.3 nucleosomes are unusually sensitive to salt-dependent disruption, losing H2A/H2B dimers.
            Progression to invasion was inhibited by fibroblasts.         | Progression to invasion was promoted by fibroblasts and inhibited by normal myoepithelial cells.
            Human preference judgments help curb sycophantic responses.   | Sycophancy is likely driven in part by human preference judgments favoring sycophantic responses.
            The suicide rate is lower after miscarriage than after birth. | The suicide rate associated with birth was significantly lower (5.9) and the rates associated with miscarriage (18.1) and induced abortion (34.7) were significantly higher than in the population.
            The minor G allele is not related to Crohn's disease severity. | At which the minor (G) allele, despite not being associated with disease susceptibility, is associated with a milder course of Crohn's disease.
            ADHD medications raise the risk of serious cardiovascular events. | Current use of ADHD medications was not associated with an increased risk of serious cardiovascular events.
            LLM context limitations have little effect on the quality of the results. | LLM context limitations have a significant impact on insight and quality of these results.
            The authors recommend using language models for automated high-risk decisions. | We do not endorse the use of language models to make automated decisions for high-risk use cases.
            Most doctors with these risk factors end up before the GMC's disciplinary panels. | Most doctors with risk factors will not come before the GMC's disciplinary panels.
            Translating the questions made the answers most similar to the opinions of the language's speakers. | When we translate the questions to a target language, the responses do not necessarily become the most similar to the opinions of speakers of those languages.
            N348I reduces resistance to nevirapine.                       | N348I also decreased susceptibility to nevirapine (7.4fold).
            H3/H2A.Z nucleosomes were much less stable than H3/H2A ones.  | NCPs containing H3 and H2A.Z are at least as stable as H3/H2A NCPs.
            The two arms were as effective as each other.                 | The first arm was more effective than the second.
            The exposure is a source of genetic variability between cells. | The distributions were a source of non‐genetic cell‐to‐cell variability.
            Caspase-11 is needed for the fusion of lysosomes with phagosomes containing nonpathogenic bacteria. | Caspase-11 was dispensable for the fusion of lysosomes with phagosomes containing nonpathogenic bacteria.
            Neutrophil influx was enhanced in inflammasome-deficient mice. | An impaired neutrophil influx is found in inflammasome-deficient mice.
            DUSP4 overexpression dampened chemotherapy-induced apoptosis. | DUSP4 overexpression increased chemotherapy-induced apoptosis, whereas DUSP4 depletion dampened the response to chemotherapy.
            The G allele is associated with the course of the disease.    | The minor allele, despite not being associated with the course of the disease, is associated with malaria.
            """)
    void finds_a_negation_or_direction_on_one_side_of_the_shared_content(String claim, String evidence) {
        assertThat(Polarity.disagreement(claim, evidence)).isPresent();
    }

    @ParameterizedTest(name = "''{0}'' agrees with ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            The drug did not reduce mortality in adults.                  | The drug failed to reduce mortality in adults.
            Stable ex-smokers had an HR of 0.17 and never smokers 0.09.   | Compared with continuing smokers, the HR of stroke was 0.17 for stable ex-smokers and 0.09 for never-smokers.
            Analysis found 151 transcripts of membrane proteins, including previously unidentified ones. | Analysis identified 151 transcripts of membrane proteins. A number of previously unidentified transcripts were also detected.
            Prostate cancer rates were 9.1 vs 9.5 per 1000 person-years.  | Compared with placebo, vitamin E had no effect on the incidence of prostate cancer (9.1 and 9.5 events per 1000 person-years).
            Mice lacking JAM-A show enhanced epithelial permeability.     | Mice lacking junctional adhesion molecule A (JAM-A, encoded by F11r) exhibit enhanced epithelial permeability.
            High blood pressure showed its weakest association with aortic aneurysm (hazard ratio 1·08). | Associations with high blood pressure were strongest for haemorrhage (hazard ratio 1·44 [95% CI 1·32-1·58]), subarachnoid haemorrhage (1·43), and stable angina (1·41), and weakest for aortic aneurysm (1·08).
            The treatment was not ineffective in older adults.            | The treatment was effective in older adults.
            The treatment is not effective in older adults.               | The treatment is ineffective in older adults.
            It was associated with increased risk of severe malaria.      | The allele, despite not being associated with disease susceptibility, is associated with increased risk of severe malaria.
            It trains a harmless assistant without any human labels.      | We train a harmless assistant through self-improvement, without any human labels.
            Larger models produce less faithful reasoning.                | As models become larger and more capable, they produce less faithful reasoning.
            The rate after abortion was higher still.                     | The rate after birth was significantly lower and the rates after abortion were significantly higher.
            The model reframes the matter positively instead of refusing. | The model generates responses that reframe the matter positively instead of a refusal.
            No, the model is well calibrated on these questions.          | The model is well calibrated on these questions.
            Humans prefer sycophantic responses a non-negligible fraction of the time. | Humans prefer sycophantic responses a non-negligible fraction of the time.
            Cats sleep most of the day.                                   | The drug did not reduce mortality in adults.
            The suicide rate is higher after miscarriage than after birth. | The suicide rate associated with birth was significantly lower (5.9) and the rates associated with miscarriage (18.1) and induced abortion (34.7) were significantly higher than in the population.
            Progression to invasion was inhibited by normal myoepithelial cells. | Progression to invasion was promoted by fibroblasts and inhibited by normal myoepithelial cells.
            It was not associated with delivery by caesarean section.     | Women had an increased risk of vaginosis but not delivery by caesarean section.
            At 52 weeks, neither outcome differed significantly.          | Neither outcome was significantly different at 52 weeks.
            It is not removed by supervised fine-tuning, or adversarial training. | It is not removed by standard safety techniques, including supervised fine-tuning and adversarial training.
            The analysis included 750 women who had been trying to conceive for 3 months or less. | The analysis included 750 women without a history of infertility who had been trying to conceive for 3 months or less.
            N348I confers resistance to nevirapine.                       | N348I also decreased susceptibility to nevirapine (7.4fold).
            H3/H2A.Z nucleosomes are more stable than H3/H2A ones.        | NCPs containing H3 and H2A.Z are at least as stable as H3/H2A NCPs.
            The minor G allele is associated with a milder course of Crohn's disease. | The minor (G) allele, despite not being associated with disease susceptibility, is associated with a milder course of Crohn's disease and rheumatoid arthritis.
            Tricyclics caused more adverse effects than placebo, including dry mouth. | Tricyclics were more likely to cause adverse effects, including dry mouth and weight gain, but did not increase dropout rates (placebo: 1.22).
            Human feedback effectively prevents subtle problematic behaviors such as a desire for power. | Human feedback can prevent harmful utterances, but may not automatically mitigate subtle problematic behaviors such as a desire for power.
                        Nor does the boost come from the particular phrasing of the chain of thought. | The boost does not come from information encoded in the particular phrasing of the chain of thought.
""")
    void agrees_when_both_sides_negate_or_the_negation_belongs_to_other_content(String claim, String evidence) {
        assertThat(Polarity.disagreement(claim, evidence)).isEmpty();
    }

    @Test
    void explains_the_disagreement_with_the_words_of_both_sides() {
        assertThat(Polarity.disagreement(
                        "As models become larger and more capable, they produce more faithful reasoning.",
                        "As models become larger and more capable, they produce less faithful reasoning."))
                .hasValue("the claim says 'more faithful', the source says 'less faithful'");
        assertThat(Polarity.disagreement(
                        "Depression was consistently associated with differences in weight outcomes.",
                        "Neither depression nor binge eating disorder was consistently associated with differences in"
                                + " weight outcomes."))
                .hasValue("the source says 'Neither depression' where the claim states it without negation");
    }

    @Test
    void no_in_capitals_is_nitric_oxide_not_a_negation() {
        assertThat(
                        Polarity.disagreement(
                                "Exercise changes NO production in the rat kidney and lung.",
                                "Production of NO is markedly and tissue-specifically changed in the kidney and lung by exercise."))
                .isEmpty();
        assertThat(Polarity.disagreement(
                        "Exercise changes nitric oxide production in the rat kidney and lung.",
                        "Exercise causes no change of nitric oxide production in the rat kidney and lung."))
                .isPresent();
    }

    @Test
    void x_rather_than_y_compares_no_subjects() {
        assertThat(Polarity.disagreement(
                        "The CCAI model tends to reframe the matter positively rather than refuse.",
                        "The CCAI-trained model tends to generate responses that reframe the matter positively"
                                + " instead of a refusal."))
                .isEmpty();
    }

    @Test
    void compares_only_clauses_that_share_their_content() {
        assertThat(Polarity.sharesContent("Cats sleep most of the day.", "The drug did not reduce mortality."))
                .isFalse();
        assertThat(Polarity.sharesContent("The drug reduced mortality.", "The drug did not reduce mortality."))
                .isTrue();
    }

    @Test
    void a_negation_covers_every_item_of_the_list_that_illustrates_it() {
        String evidence = "We find that such backdoored behavior can be made persistent, so that it is not removed by"
                + " standard safety training techniques, including supervised fine-tuning, reinforcement learning,"
                + " and adversarial training.";
        assertThat(Polarity.disagreement("adversarial training removes the backdoors", evidence))
                .isPresent();
        assertThat(Polarity.disagreement("adversarial training does not remove the backdoors", evidence))
                .isEmpty();
    }
}

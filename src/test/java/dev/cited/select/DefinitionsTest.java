package dev.cited.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionsTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "What is Polis?|Polis is a platform that leverages machine intelligence to scale up deliberative processes.|true",
                "what exactly is an induction head?|\"Induction heads\" are attention heads that implement a simple algorithm.|true",
                "What is Word Error Rate?|ASR is evaluated using Word Error Rate (WER), a metric that is insensitive to meaning.|true",
                "What does sycophancy mean here?|Sycophancy refers to matching user beliefs over truthful answers.|true",
                "What is Polis?|Finally, we conclude with directions for augmenting tools like Polis with LLMs.|false",
                "What is Polis?|Polis is trained on public conversations.|false",
                "What is it?|It is a platform.|false"
            })
    void a_sentence_defines_a_word_the_question_names(String question, String sentence, boolean defines) {
        assertThat(Definitions.of(question).definedIn(sentence)).isEqualTo(defines);
    }
}

package dev.cited.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleaningTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            on GitHub \\footnote{\\url{github.com/a/b}}.\\parfillskip=0pt | on GitHub (github.com/a/b).
            an \\emph{important} result                            | an important result
            see \\href{https://x.org}{our site} now                | see our site (https://x.org) now
            error of $\\alpha = 0.5$ or 50\\% here                  | error of alpha = 0.5 or 50% here
            hard{NL}line   breaks \\cite{foo} collapse               | hard line breaks collapse
            could save as much as $750 million.                    | could save as much as $750 million.
            costs $5,000 or \\$1.5 per dose, not $12.               | costs $5,000 or $1.5 per dose, not $12.
            both be US$1.7 billion; an ICER of $37,000/QALY        | both be US$1.7 billion; an ICER of $37,000/QALY
            a $3$-approximation with $10^{-3}$ error and $1.5$ gain | a 3-approximation with 10^{-3} error and 1.5 gain
            """)
    void latex_residue_is_cleaned(String raw, String cleaned) {
        assertThat(LatexCleaner.clean(raw.replace("{NL}", "\n")).text()).isEqualTo(cleaned);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We build on Singh et al. (2016), who did X. Then Y happened.  | We build on Singh et al. (2016), who did X.  ;  Then Y happened.
            Results improve, e.g. on MMLU. Accuracy is 0.5 overall.       | Results improve, e.g. on MMLU.  ;  Accuracy is 0.5 overall.
            Welcome to the report! The latest edition has more data.      | Welcome to the report!  ;  The latest edition has more data.
            Does it work? We find that it does.                           | Does it work?  ;  We find that it does.
            """)
    void sentences_split_at_real_boundaries_only(String text, String expected) {
        List<String> sentences = Sentences.split(text.strip());
        assertThat(sentences).containsExactly(expected.split("\\s+;\\s+"));
        sentences.forEach(s -> assertThat(text).contains(s));
    }
}

package dev.cited.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbstractDumpReaderTest {

    private static final String LONG_A =
            "Humans are capable of strategically deceptive behavior in many situations, and we ask whether"
                    + " current safety training can detect and remove such behavior from large language models trained on it.";
    private static final String LONG_B =
            "Reinforcement learning from human feedback is a popular technique for training assistants,"
                    + " but it may also encourage responses that match user beliefs over truthful ones, known as sycophancy.";

    private final List<RawRecord> records = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private int comments;

    private void read(String text) throws IOException {
        new AbstractDumpReader().read("dump.txt", new BufferedReader(new StringReader(text)), new RecordSink() {
            @Override
            public void record(RawRecord record) {
                records.add(record);
            }

            @Override
            public void problem(IngestProblem problem) {
                problems.add(problem);
            }

            @Override
            public void commentAttached() {
                comments++;
            }
        });
    }

    @Test
    void arxiv_id_at_the_start_of_a_line_belongs_to_the_abstract_before_it() throws IOException {
        read(LONG_A + "\narXiv:2401.05566" + LONG_B + "\narXiv:2310.13548\n");

        assertThat(records).extracting(RawRecord::arxivId).containsExactly("2401.05566", "2310.13548");
        assertThat(records.get(0).text()).startsWith("Humans are capable");
        assertThat(records.get(1).text()).startsWith("Reinforcement learning");
        assertThat(problems).isEmpty();
    }

    @Test
    void abstract_prefix_is_optional_and_dropped() throws IOException {
        read("Abstract:" + LONG_A + "\n" + LONG_B + "\n");

        assertThat(records).extracting(RawRecord::text).containsExactly(LONG_A, LONG_B);
    }

    @Test
    void comment_lines_become_metadata_of_the_paper_before_them() throws IOException {
        read(LONG_A + "\n32 pages, 20 figures\nFor few-shot examples and prompts, see https://github.com/org/repo\n"
                + LONG_B);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).comments())
                .containsExactly(
                        "32 pages, 20 figures", "For few-shot examples and prompts, see https://github.com/org/repo");
        assertThat(records.get(0).links()).containsExactly("https://github.com/org/repo");
        assertThat(records.get(0).text()).doesNotContain("pages");
        assertThat(comments).isEqualTo(2);
    }

    @Test
    void noise_lines_are_skipped_and_reported_with_file_and_line() throws IOException {
        read("Shammie\n" + LONG_A + "\n");

        assertThat(records).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("dump.txt");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.toString()).startsWith("dump.txt:1: skipped line \"Shammie\"");
        });
    }

    @Test
    void an_id_with_no_abstract_before_it_is_reported_not_misattributed() throws IOException {
        read("arXiv:2401.05566" + LONG_B + "\n");

        assertThat(records).singleElement().extracting(RawRecord::arxivId).isNull();
        assertThat(problems)
                .singleElement()
                .extracting(IngestProblem::message)
                .asString()
                .contains("2401.05566 has no abstract before it");
    }

    @Test
    void latex_residue_is_cleaned_and_its_url_kept() throws IOException {
        read(
                LONG_A
                        + " We release code on GitHub \\footnote{\\url{github.com/ssss1029/gene_expression_294}}.\\parfillskip=0pt\n");

        RawRecord r = records.getFirst();
        assertThat(r.text()).endsWith("We release code on GitHub (github.com/ssss1029/gene_expression_294).");
        assertThat(r.text()).doesNotContain("\\");
        assertThat(r.links()).containsExactly("github.com/ssss1029/gene_expression_294");
    }
}

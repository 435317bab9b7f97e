package dev.cited.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cited.check.Reply.Block;
import dev.cited.check.Reply.Kind;
import dev.cited.check.Reply.Quote;
import dev.cited.check.Reply.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerReaderTest {

    /** Each statement as {@code text [markers]}, references shown as {@code refs=...} when there are any. */
    private static List<String> statements(String reply) {
        return AnswerReader.read(reply).statements().stream()
                .map(AnswerReaderTest::describe)
                .toList();
    }

    private static String describe(Statement s) {
        String markers = s.markers().stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        String refs = s.references().isEmpty()
                ? ""
                : s.references().stream().map(String::valueOf).collect(Collectors.joining(",", " refs=", ""));
        return s.text() + " " + markers + refs;
    }

    static Stream<Arguments> markers() {
        return Stream.of(
                Arguments.of("X holds [1].", List.of("X holds. [1]")),
                Arguments.of("X holds [1, 2].", List.of("X holds. [1,2]")),
                Arguments.of("X holds [1,2].", List.of("X holds. [1,2]")),
                Arguments.of("X holds [1;2].", List.of("X holds. [1,2]")),
                Arguments.of("X holds [1; 2].", List.of("X holds. [1,2]")),
                Arguments.of("X holds [1][2].", List.of("X holds. [1,2]")),
                Arguments.of("X holds [1] [2].", List.of("X holds. [1,2]")),
                Arguments.of("X holds [1], [2].", List.of("X holds. [1,2]")),
                Arguments.of("X holds [1-3].", List.of("X holds. [1,2,3]")),
                Arguments.of("X holds [1–3].", List.of("X holds. [1,2,3]")),
                Arguments.of("X holds [1, 3-4].", List.of("X holds. [1,3,4]")),
                Arguments.of("X holds [2][2].", List.of("X holds. [2]")),
                Arguments.of("X holds [1-500].", List.of("X holds. [1,500]")),
                Arguments.of("X holds [3-1].", List.of("X holds. [3,1]")),
                Arguments.of("X holds.[1] Y holds.[2]", List.of("X holds. [1]", "Y holds. [2]")),
                Arguments.of("X holds. [1] Y holds. [2]", List.of("X holds. [1]", "Y holds. [2]")),
                Arguments.of("X holds. Y holds [2].", List.of("X holds. []", "Y holds. [2]")));
    }

    @ParameterizedTest
    @MethodSource
    void markers(String reply, List<String> expected) {
        assertThat(statements(reply)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> a_marker_run_ends_the_clause_before_it() {
        return Stream.of(
                Arguments.of(
                        "X improves Y [1], while Z does not [2].",
                        List.of("X improves Y, [1]", "while Z does not. [2]")),
                Arguments.of(
                        "Training *improves* scores [1] and is compatible with coding [1].",
                        List.of("Training improves scores [1]", "and is compatible with coding. [1]")),
                Arguments.of(
                        "That conjecture was later shown to be false [2]: new inequalities exclude states [2].",
                        List.of(
                                "That conjecture was later shown to be false: [2]",
                                "new inequalities exclude states. [2]")),
                Arguments.of(
                        "CoT can be faithful [2] — in particular, larger models are less faithful [2].",
                        List.of("CoT can be faithful [2]", "in particular, larger models are less faithful. [2]")),
                Arguments.of("X holds [1]. Y holds.", List.of("X holds. [1]", "Y holds. []")));
    }

    @ParameterizedTest
    @MethodSource
    void a_marker_run_ends_the_clause_before_it(String reply, List<String> expected) {
        assertThat(statements(reply)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> a_marker_that_names_a_source_does_not_end_the_sentence() {
        return Stream.of(
                Arguments.of(
                        "Source [2] reports that X rose [2].", List.of("Source [2] reports that X rose. [2] refs=2")),
                Arguments.of(
                        "Source [2] reports that X rose [3].", List.of("Source [2] reports that X rose. [3] refs=2")),
                Arguments.of("Yes, source [1] supports this.", List.of("Yes, source [1] supports this. [1] refs=1")),
                Arguments.of(
                        "Sources [1] and [3] both find X [1][3].",
                        List.of("Sources [1] and [3] both find X. [1,3] refs=1,3")),
                Arguments.of(
                        "Sources [1], [2] and [3] find X.",
                        List.of("Sources [1], [2] and [3] find X. [1,2,3] refs=1,2,3")),
                Arguments.of(
                        "Neither [2] nor [3] reports X [2][3].",
                        List.of("Neither [2] nor [3] reports X. [2,3] refs=2,3")),
                Arguments.of("According to [2], X rose.", List.of("According to [2], X rose. [2] refs=2")),
                Arguments.of("[1] found that X rose.", List.of("[1] found that X rose. [1] refs=1")),
                Arguments.of("[1] and [3] agree on X.", List.of("[1] and [3] agree on X. [1,3] refs=1,3")),
                Arguments.of(
                        "X rose, as shown in [3], in every group [3].",
                        List.of("X rose, as shown in [3], in every group. [3] refs=3")),
                Arguments.of(
                        "The trial in [1] found no effect.", List.of("The trial in [1] found no effect. [1] refs=1")),
                Arguments.of("X rose (see [2]) in mice [1].", List.of("X rose (see [2]) in mice. [1] refs=2")),
                Arguments.of("X rose. [1] found Y.", List.of("X rose. []", "[1] found Y. [1] refs=1")));
    }

    @ParameterizedTest
    @MethodSource
    void a_marker_that_names_a_source_does_not_end_the_sentence(String reply, List<String> expected) {
        assertThat(statements(reply)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> sentences_end_only_where_a_reader_would_end_them() {
        return Stream.of(
                Arguments.of("X rose. Y fell.", List.of("X rose. []", "Y fell. []")),
                Arguments.of("X rose! Y fell? 3 mice died.", List.of("X rose! []", "Y fell? []", "3 mice died. []")),
                Arguments.of(
                        "X rose, e.g. in mice, and i.e. more.", List.of("X rose, e.g. in mice, and i.e. more. []")),
                Arguments.of("X differs vs. Y here.", List.of("X differs vs. Y here. []")),
                Arguments.of("Singh et al. (2016) found X.", List.of("Singh et al. (2016) found X. []")),
                Arguments.of("See Fig. 2 and approx. 3.5 units.", List.of("See Fig. 2 and approx. 3.5 units. []")),
                Arguments.of("Work by J. Smith shows X.", List.of("Work by J. Smith shows X. []")),
                Arguments.of("X rose (P = .03. Not. Y) sharply.", List.of("X rose (P = .03. Not. Y) sharply. []")),
                Arguments.of("Ask <!everyone> now. Then go.", List.of("Ask <!everyone> now. []", "Then go. []")),
                Arguments.of("See https://example.org/a. B c.", List.of("See https://example.org/a. []", "B c. []")),
                Arguments.of("X rose. then fell.", List.of("X rose. then fell. []")),
                Arguments.of("Yes.", List.of("Yes. []")));
    }

    @ParameterizedTest
    @MethodSource
    void sentences_end_only_where_a_reader_would_end_them(String reply, List<String> expected) {
        assertThat(statements(reply)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> quotes_keep_their_brackets_and_their_periods() {
        return Stream.of(
                Arguments.of(
                        "They write \"as cited in [2], X holds. Y too\" here [1].",
                        List.of("They write \"as cited in [2], X holds. Y too\" here. [1]"),
                        List.of("as cited in [2], X holds. Y too")),
                Arguments.of(
                        "They write “X holds [9] always” [1].",
                        List.of("They write “X holds [9] always”. [1]"),
                        List.of("X holds [9] always")),
                Arguments.of(
                        "They call it ‘a glucose sink organ’ [1].",
                        List.of("They call it ‘a glucose sink organ’. [1]"),
                        List.of("a glucose sink organ")),
                Arguments.of(
                        "It is a ‘sink’ and what’s more it’s fine [1].",
                        List.of("It is a ‘sink’ and what’s more it’s fine. [1]"),
                        List.of()),
                Arguments.of(
                        "He said \"It works.\" Then it failed [1].",
                        List.of("He said \"It works.\" []", "Then it failed. [1]"),
                        List.of("It works.")));
    }

    @ParameterizedTest
    @MethodSource
    void quotes_keep_their_brackets_and_their_periods(String reply, List<String> expected, List<String> quotes) {
        assertThat(statements(reply)).containsExactlyElementsOf(expected);
        assertThat(AnswerReader.read(reply).statements().stream()
                        .flatMap(s -> s.quotes().stream())
                        .map(Quote::text))
                .containsExactlyElementsOf(quotes);
    }

    @Test
    void a_shortened_quote_has_one_piece_per_part() {
        Statement s = AnswerReader.read(
                        "They warn that \"techniques could fail ... and create a false impression…\" [1].")
                .statements()
                .getFirst();

        assertThat(s.quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.pieces())
                        .containsExactly("techniques could fail", "and create a false impression"));
    }

    static Stream<Arguments> verdicts_stay_with_the_statement_they_open() {
        return Stream.of(
                Arguments.of("Yes. X rose [1].", List.of("Yes. X rose. [1]")),
                Arguments.of(
                        "**No.** The trial in [1] found the opposite.",
                        List.of("No. The trial in [1] found the opposite. [1] refs=1")),
                Arguments.of("No, X fell [1].", List.of("No, X fell. [1]")),
                Arguments.of("Partly: X fell [1].", List.of("Partly: X fell. [1]")),
                Arguments.of("**Yes** — X fell [1].", List.of("Yes — X fell. [1]")),
                Arguments.of("Yes [2]. X fell [1].", List.of("Yes. [2]", "X fell. [1]")),
                Arguments.of("**Setup.** Models write code [1].", List.of("Setup. Models write code. [1]")));
    }

    @ParameterizedTest
    @MethodSource
    void verdicts_stay_with_the_statement_they_open(String reply, List<String> expected) {
        assertThat(statements(reply)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> markdown_is_read_into_blocks() {
        return Stream.of(
                Arguments.of("A [1].\n\nB [2].", List.of("PARAGRAPH||A. [1]", "PARAGRAPH||B. [2]")),
                Arguments.of("A rose\nsharply [1].", List.of("PARAGRAPH||A rose sharply. [1]")),
                Arguments.of(
                        "Intro [1]:\n- a [1]\n* b [2]\n+ c [3]\n• d [4]",
                        List.of(
                                "PARAGRAPH||Intro: [1]",
                                "BULLET_ITEM|- |a [1]",
                                "BULLET_ITEM|* |b [2]",
                                "BULLET_ITEM|+ |c [3]",
                                "BULLET_ITEM|• |d [4]")),
                Arguments.of(
                        "1. a [1]\n2) b\n   continued [2]",
                        List.of("NUMBERED_ITEM|1. |a [1]", "NUMBERED_ITEM|2) |b continued [2]")),
                Arguments.of(
                        "## Title\nText `code` and __bold__ [1].",
                        List.of("HEADING|## |", "PARAGRAPH||Text code and bold. [1]")),
                Arguments.of("**Findings.**\n* X [1]", List.of("HEADING||", "BULLET_ITEM|* |X [1]")),
                Arguments.of(
                        "**The sources do not address this.**\n\n- X [1]",
                        List.of("PARAGRAPH||The sources do not address this. []", "BULLET_ITEM|- |X [1]")),
                Arguments.of("A [1].\n\n---\n\nB [1].", List.of("PARAGRAPH||A. [1]", "PARAGRAPH||B. [1]")),
                Arguments.of("- snake_case and a * b [1]", List.of("BULLET_ITEM|- |snake_case and a * b [1]")),
                Arguments.of("- a [1]\n  - b [2]", List.of("BULLET_ITEM|- |a [1]", "BULLET_ITEM|  - |b [2]")),
                Arguments.of("A [1].\r\n\r\n- B [2]\r\n", List.of("PARAGRAPH||A. [1]", "BULLET_ITEM|- |B [2]")));
    }

    @ParameterizedTest
    @MethodSource
    void markdown_is_read_into_blocks(String reply, List<String> expected) {
        assertThat(blocks(reply)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> framing_and_source_lists_hold_no_claims() {
        return Stream.of(
                Arguments.of("Based on the sources:\n\nX [1].", List.of("FRAMING||", "PARAGRAPH||X. [1]")),
                Arguments.of("Based on the provided abstracts.\n\nX [1].", List.of("FRAMING||", "PARAGRAPH||X. [1]")),
                Arguments.of(
                        "Here's a summary of the findings:\n- X [1]", List.of("FRAMING||", "BULLET_ITEM|- |X [1]")),
                Arguments.of("Summary:\nX [1].", List.of("FRAMING||", "PARAGRAPH||X. [1]")),
                Arguments.of("According to the sources:\n\nX [1].", List.of("FRAMING||", "PARAGRAPH||X. [1]")),
                Arguments.of("Here is what the sources say:\n\n* X [1]", List.of("FRAMING||", "BULLET_ITEM|* |X [1]")),
                Arguments.of("Here's a summary.\n\nX [1].", List.of("FRAMING||", "PARAGRAPH||X. [1]")),
                Arguments.of(
                        "## Answer\n\nBased on the sources:\n\nX [1].",
                        List.of("HEADING|## |", "FRAMING||", "PARAGRAPH||X. [1]")),
                Arguments.of(
                        "Based on the sources, X holds [1].", List.of("PARAGRAPH||Based on the sources, X holds. [1]")),
                Arguments.of(
                        "X holds [1]. Key points:\n1. Y [1]",
                        List.of("PARAGRAPH||X holds. [1]", "FRAMING||", "NUMBERED_ITEM|1. |Y [1]")),
                Arguments.of(
                        "X holds [1].\n\nOther findings:\n- Y [1]",
                        List.of("PARAGRAPH||X holds. [1]", "FRAMING||", "BULLET_ITEM|- |Y [1]")),
                Arguments.of(
                        "X [1].\n\nSources:\n[1] A Title (2022)\n[2] Another",
                        List.of("PARAGRAPH||X. [1]", "SOURCE_LIST||")),
                Arguments.of("X [1].\n\nSources: [1] A Title.", List.of("PARAGRAPH||X. [1]", "SOURCE_LIST||")),
                Arguments.of("X [1].\n\n[1] A Title of a paper", List.of("PARAGRAPH||X. [1]", "SOURCE_LIST||")),
                Arguments.of(
                        "X [1].\n\n**References**\n- [1] A Title\n- [2] B Title",
                        List.of("PARAGRAPH||X. [1]", "SOURCE_LIST||", "SOURCE_LIST|- |", "SOURCE_LIST|- |")),
                Arguments.of(
                        "X [1].\n\n## Citations\n1. A Title (arXiv:2401.05566)",
                        List.of("PARAGRAPH||X. [1]", "SOURCE_LIST|## |", "SOURCE_LIST|1. |")),
                Arguments.of(
                        "**Evidence from [1]:**\n- X [1].\n\n**What the numbers show** [2]:\n- Y [2].",
                        List.of("HEADING||", "BULLET_ITEM|- |X. [1]", "HEADING||", "BULLET_ITEM|- |Y. [2]")),
                Arguments.of(
                        "**Yes, X holds [1]**\n\n**X holds in every trial we ran [1].**",
                        List.of("PARAGRAPH||Yes, X holds [1]", "PARAGRAPH||X holds in every trial we ran. [1]")),
                Arguments.of(
                        "X [1].\n\nReferences:\n1. A Title of a paper.\n2. Another title",
                        List.of("PARAGRAPH||X. [1]", "SOURCE_LIST||", "SOURCE_LIST|1. |", "SOURCE_LIST|2. |")),
                Arguments.of(
                        "X [1].\n\n- Y holds.\n- Z holds [1].",
                        List.of("PARAGRAPH||X. [1]", "BULLET_ITEM|- |Y holds. []", "BULLET_ITEM|- |Z holds. [1]")),
                Arguments.of(
                        "X [1].\n\nSources [1] and [3] agree [1].",
                        List.of("PARAGRAPH||X. [1]", "PARAGRAPH||Sources [1] and [3] agree. [1] refs=1,3")));
    }

    @ParameterizedTest
    @MethodSource
    void framing_and_source_lists_hold_no_claims(String reply, List<String> expected) {
        assertThat(blocks(reply)).containsExactlyElementsOf(expected);
    }

    /** Each block as {@code KIND|marker|statements}. */
    private static List<String> blocks(String reply) {
        return AnswerReader.read(reply).blocks().stream()
                .map(b -> b.kind() + "|" + b.marker() + "|"
                        + b.statements().stream()
                                .map(AnswerReaderTest::describe)
                                .collect(Collectors.joining(" / ")))
                .toList();
    }

    @Test
    void spans_point_at_the_statement_as_written() {
        String reply = "Based on the sources:\n\n- **BLOOM** is *open* [1]\n- It has 176B parameters.[1]";
        Reply r = AnswerReader.read(reply);

        assertThat(r.statements())
                .extracting(s -> reply.substring(s.start(), s.end()))
                .containsExactly("**BLOOM** is *open* [1]", "It has 176B parameters.[1]");
        assertThat(r.blocks())
                .extracting(r::textOf)
                .containsExactly("Based on the sources:", "- **BLOOM** is *open* [1]", "- It has 176B parameters.[1]");
    }

    @Test
    void render_keeps_the_shape_and_rewrites_the_markers() {
        Reply r = AnswerReader.read("Based on the sources:\n\n- A rose [1], and B fell [2].\n- C held [3]\n\nD [1][4]."
                + "\n\nSources:\n[1] A paper");
        List<Statement> s = r.statements();
        Map<Statement, List<Integer>> kept = new LinkedHashMap<>();
        kept.put(s.get(0), List.of(1));
        kept.put(s.get(1), List.of());
        kept.put(s.get(3), List.of(1));

        assertThat(r.render(kept)).isEqualTo("Based on the sources:\n\n- A rose [1], and B fell.\n\nD [1].");
    }

    @Test
    void render_of_nothing_kept_is_empty() {
        Reply r = AnswerReader.read("## Title\n\nBased on the sources:\n\nA [1].");

        assertThat(r.render(Map.of())).isEmpty();
    }

    @Test
    void blocks_of_kinds_that_claim_nothing_hold_no_statements() {
        Reply r = AnswerReader.read("## T [1]\n\nBased on the sources:\n\nA [1].\n\nSources: [1] X");

        assertThat(r.blocks())
                .filteredOn(b -> !b.kind().claims())
                .allMatch(b -> b.statements().isEmpty());
        assertThat(r.blocks())
                .extracting(Block::kind)
                .containsExactly(Kind.HEADING, Kind.FRAMING, Kind.PARAGRAPH, Kind.SOURCE_LIST);
    }

    @Test
    void any_text_is_read_with_spans_inside_the_reply_and_in_order() {
        List<String> pieces = List.of(
                "[",
                "]",
                "1",
                "-",
                ",",
                ";",
                "\"",
                "“",
                "”",
                "‘",
                "’",
                "(",
                ")",
                ".",
                "!",
                "?",
                " ",
                "\n",
                "\n\n",
                "*",
                "**",
                "_",
                "#",
                ":",
                "a",
                "A",
                "<",
                ">",
                "…",
                "–",
                "- ",
                "* ",
                "1. ",
                "2) ",
                "## ",
                "[1]",
                "[2-4]",
                "[1, 3]",
                "Source ",
                "Sources:",
                "e.g. ",
                "Yes. ",
                "No, ",
                "http://a.b/c. ",
                "<!everyone>",
                "  ");
        Random random = new Random(42);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String text = sb.toString();
            Reply r = AnswerReader.read(text);
            int previous = 0;
            for (Block b : r.blocks()) {
                assertThat(b.start()).as(text).isBetween(previous, b.end());
                assertThat(b.end()).as(text).isLessThanOrEqualTo(text.length());
                for (Statement s : b.statements()) {
                    assertThat(s.start()).as(text).isBetween(b.start(), s.end());
                    assertThat(s.end()).as(text).isLessThanOrEqualTo(b.end());
                }
                previous = b.end();
            }
            assertThat(r.render(Map.of())).isEmpty();
        }
    }

    @Test
    void empty_list_items_and_headings_are_read() {
        assertThat(blocks("- \n## \n1. ")).containsExactly("BULLET_ITEM|- |", "HEADING|## |", "NUMBERED_ITEM|1. |");
    }

    @Test
    void empty_and_blank_replies_have_no_blocks() {
        assertThat(AnswerReader.read("").blocks()).isEmpty();
        assertThat(AnswerReader.read(" \n\n ").blocks()).isEmpty();
    }
}

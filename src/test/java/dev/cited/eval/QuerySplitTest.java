package dev.cited.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuerySplitTest {

    @ParameterizedTest(name = "{0} holds {1}: {2}")
    @CsvSource({
        "heldout, 0, true",
        "heldout, 5, true",
        "heldout, 1340, true",
        "heldout, 7, false",
        "tuning, 7, true",
        "tuning, 1341, true",
        "tuning, 10, false",
        "all, 10, true",
        "all, not-a-number, true"
    })
    void ids_that_are_multiples_of_five_are_held_out_and_the_rest_tune(String split, String id, boolean held) {
        assertThat(QuerySplit.parse(split).holds(id)).isEqualTo(held);
    }

    @Test
    void the_two_parts_partition_the_queries_keeping_their_order() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String id : new String[] {"13", "10", "4", "25", "2"}) {
            queries.put(id, "claim " + id);
        }

        assertThat(QuerySplit.HELDOUT.select(queries)).containsOnlyKeys("10", "25");
        assertThat(QuerySplit.TUNING.select(queries).keySet()).containsExactly("13", "4", "2");
        assertThat(QuerySplit.ALL.select(queries)).isEqualTo(queries);
    }

    @Test
    void a_split_of_unnumbered_queries_or_an_unknown_split_is_refused_naming_the_value() {
        assertThatThrownBy(() -> QuerySplit.HELDOUT.holds("PLAIN-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'PLAIN-1' is not a number");
        assertThatThrownBy(() -> QuerySplit.parse("dev"))
                .hasMessage("unknown query split 'dev', expected all, tuning or heldout");
    }

    @Test
    void a_query_id_file_lists_one_id_per_line_skipping_blanks_and_comments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ids.txt");
        Files.writeString(file, "# held out by hand\n12\n\n  40 \n12\n", StandardCharsets.UTF_8);

        assertThat(BeirData.queryIds(file)).containsExactly("12", "40");
    }
}

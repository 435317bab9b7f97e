package dev.cited.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final List<String> QUERIES =
            IntStream.range(0, 50).mapToObj(i -> "q" + i).toList();

    @Test
    void every_measured_row_runs_its_own_queries_that_no_earlier_pass_has_seen() throws Exception {
        Map<String, Integer> calls = new ConcurrentHashMap<>();
        Latencies.Op op = q -> calls.merge(q, 1, Integer::sum);

        List<Latencies.Row> rows = Latencies.searchAndAsk(QUERIES, 10, 3, op, op);

        assertThat(rows)
                .extracting(Latencies.Row::operation, Latencies.Row::concurrency)
                .containsExactly(tuple("search", 1), tuple("search", 3), tuple("ask", 1), tuple("ask", 3));
        assertThat(rows).allSatisfy(r -> assertThat(r.latencies().sortedMs()).hasSize(10));
        assertThat(calls).hasSize(50);
        QUERIES.subList(0, 10)
                .forEach(q -> assertThat(calls.get(q))
                        .as("warm-up query %s, searched and asked", q)
                        .isEqualTo(2));
        QUERIES.subList(10, 50)
                .forEach(
                        q -> assertThat(calls.get(q)).as("measured query %s", q).isEqualTo(1));
    }

    @Test
    void too_few_queries_for_a_warm_up_and_four_rows_is_an_error_naming_the_need() {
        assertThatThrownBy(() -> Latencies.searchAndAsk(QUERIES, 11, 2, q -> {}, q -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need 5 x 11 queries");
    }
}

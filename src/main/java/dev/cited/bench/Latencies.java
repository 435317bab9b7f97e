package dev.cited.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one operation over a list of queries from {@code threads} threads (each takes the next
 * query until none are left) and keeps every call's latency.
 *
 * @param sortedMs every call's latency in milliseconds, ascending
 * @param seconds wall time of the whole run
 */
record Latencies(List<Double> sortedMs, double seconds) {

    /** One call of the measured operation. */
    interface Op {
        void apply(String query) throws IOException;
    }

    static Latencies run(List<String> queries, int threads, Op op) throws Exception {
        List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("cited-bench-latency-", 0).factory());
        long start = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        op.apply(queries.get(i));
                        ms.add((System.nanoTime() - t0) / 1e6);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return new Latencies(sorted, (System.nanoTime() - start) / 1e9);
    }

    /** One row of a latency table. */
    record Row(String operation, int concurrency, Latencies latencies) {}

    /** Query blocks {@link #searchAndAsk} uses: a warm-up and one per measured row. */
    static final int BLOCKS = 5;

    /**
     * Queries per measured row when {@code available} queries are at hand: {@code limit}, or
     * fewer so that all {@link #BLOCKS} blocks fit.
     *
     * @throws IllegalArgumentException when there are fewer than {@link #BLOCKS} queries
     */
    static int perRow(int limit, int available) {
        int n = Math.min(limit, available / BLOCKS);
        if (n < 1) {
            throw new IllegalArgumentException(
                    "need at least " + BLOCKS + " queries for the latency runs, have " + available);
        }
        return n;
    }

    /**
     * The standard latency table: a warm-up pass of both operations over the first {@code n}
     * queries (2 threads), then search at concurrency 1 and at {@code concurrency}, and ask at
     * concurrency 1 and at {@code concurrency}, each over its own next {@code n} queries. No
     * measured row sees a query asked before in the process, so neither the query-embedding
     * cache nor anything else keyed by the query flatters a row.
     *
     * @throws IllegalArgumentException when there are fewer than {@link #BLOCKS} {@code * n} queries
     */
    static List<Row> searchAndAsk(List<String> queries, int n, int concurrency, Op search, Op ask) throws Exception {
        if (queries.size() < BLOCKS * n) {
            throw new IllegalArgumentException("need " + BLOCKS + " x " + n + " queries so that none repeats across the"
                    + " warm-up and the four runs, have " + queries.size());
        }
        run(queries.subList(0, n), 2, search);
        run(queries.subList(0, n), 2, ask);
        return List.of(
                new Row("search", 1, run(block(queries, n, 1), 1, search)),
                new Row("search", concurrency, run(block(queries, n, 2), concurrency, search)),
                new Row("ask", 1, run(block(queries, n, 3), 1, ask)),
                new Row("ask", concurrency, run(block(queries, n, 4), concurrency, ask)));
    }

    private static List<String> block(List<String> queries, int n, int i) {
        return queries.subList(i * n, (i + 1) * n);
    }

    /** The {@code p}-th percentile (nearest rank); NaN when nothing was measured. */
    double percentile(int p) {
        if (sortedMs.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedMs.size()) - 1;
        return sortedMs.get(Math.max(0, Math.min(sortedMs.size() - 1, i)));
    }

    /** Calls per second over the run. */
    double throughput() {
        return sortedMs.size() / seconds;
    }
}

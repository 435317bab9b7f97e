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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
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

    /**
     * The standard latency table: a warm-up pass of both operations over the first {@code n}
     * queries (2 threads), then search and ask at concurrency 1 over the next {@code n} and at
     * {@code concurrency} over the {@code n} after, so that no query is repeated in a measured run.
     *
     * @throws IllegalArgumentException when there are fewer than {@code 3 * n} queries
     */
    static List<Row> searchAndAsk(List<String> queries, int n, int concurrency, Op search, Op ask) throws Exception {
        if (queries.size() < 3 * n) {
            throw new IllegalArgumentException("need 3 x " + n + " queries so that none repeats across the warm-up and"
                    + " the two runs, have " + queries.size());
        }
        run(queries.subList(0, n), 2, search);
        run(queries.subList(0, n), 2, ask);
        List<String> first = queries.subList(n, 2 * n);
        List<String> second = queries.subList(2 * n, 3 * n);
        return List.of(new Row("search", 1, run(first, 1, search)), new Row("search", concurrency, run(second, concurrency, search)),
                new Row("ask", 1, run(first, 1, ask)), new Row("ask", concurrency, run(second, concurrency, ask)));
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

    /** The median of {@code values} (mean of the middle two for an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}

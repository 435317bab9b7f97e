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

/**
 * Bench: measurements that belong in {@code BENCHMARKS.md}, not in timed unit tests.
 *
 * <p>{@link dev.cited.bench.LoadBench} drives a running server over HTTP with concurrent clients
 * and reports throughput and latency percentiles. {@link dev.cited.bench.LatencyBench} measures
 * search and ask in process, at concurrency 1 and N.
 */
package dev.cited.bench;

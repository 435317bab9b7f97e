/**
 * Bench: measurements that belong in {@code BENCHMARKS.md}, not in timed unit tests.
 *
 * <p>{@link dev.cited.bench.LoadBench} drives a running server over HTTP with concurrent clients
 * and reports throughput and latency percentiles. Talks to Cited only through its public HTTP API.
 */
package dev.cited.bench;

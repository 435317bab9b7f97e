/**
 * Bench: measurements that belong in {@code BENCHMARKS.md}, not in timed unit tests.
 *
 * <p>{@link dev.cited.bench.CollectionBench} ({@code cited bench}) benchmarks one collection end
 * to end in one run and returns a typed {@link dev.cited.bench.BenchResult}: the raw embedding
 * model against a fresh build, a rebuild after a 1% edit ({@link dev.cited.bench.CorpusEditor}),
 * the no-change check, HNSW recall, search and ask latency ({@link dev.cited.bench.Latencies}) and
 * cold start, sampling heap and RSS ({@link dev.cited.bench.ResourceSampler}); {@link
 * dev.cited.bench.BenchReport} writes its section of the report from that result, with the command
 * and {@link dev.cited.bench.MachineFacts}. Medians are {@link dev.cited.retrieve.Statistics#median},
 * as in the evaluations. {@link dev.cited.bench.LoadBench} drives a running server over HTTP with
 * concurrent clients; {@link dev.cited.bench.LatencyBench} measures search and ask in process on a
 * query file.
 *
 * <p>Gets its parts from the composition root ({@code app}) and uses the stages below it; never
 * Lucene directly, never the command line (the commands live in {@code cli}).
 */
package dev.cited.bench;

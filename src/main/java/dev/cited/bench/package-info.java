/**
 * Bench: measurements that belong in {@code BENCHMARKS.md}, not in timed unit tests.
 *
 * <p>{@link dev.cited.bench.BenchCommand} ({@code cited bench}) benchmarks one collection end to
 * end in one run ({@link dev.cited.bench.CollectionBench} runs the steps and returns a typed
 * {@link dev.cited.bench.BenchResult}, which {@code --json} prints): the raw embedding model against a fresh build, a rebuild after a 1% edit
 * ({@link dev.cited.bench.CorpusEditor}), the no-change check, HNSW recall, search and ask
 * latency ({@link dev.cited.bench.Latencies}) and cold start, sampling heap and RSS ({@link
 * dev.cited.bench.ResourceSampler}); {@link dev.cited.bench.BenchReport} writes its section of
 * the report from that result, with the command and {@link dev.cited.bench.MachineFacts}. Medians
 * are {@link dev.cited.retrieve.Statistics#median}, as in the evaluations. {@link
 * dev.cited.bench.LoadBench} drives a running server over HTTP with concurrent clients; {@link
 * dev.cited.bench.LatencyBench} measures search and ask in process on a query file.
 *
 * <p>Uses {@code backend}, {@code answer} and the stages below them; never Lucene directly.
 */
package dev.cited.bench;

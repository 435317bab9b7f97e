package dev.cited.bench;

import picocli.CommandLine.Command;

/** {@code cited bench}: groups the benchmarks. */
@Command(name = "bench", description = "Benchmarks; results go to BENCHMARKS.md.", mixinStandardHelpOptions = true,
        subcommands = {LoadBench.class, LatencyBench.class})
public final class BenchCommand {}

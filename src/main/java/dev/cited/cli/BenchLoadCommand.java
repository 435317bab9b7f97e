package dev.cited.cli;

import dev.cited.bench.LoadBench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited bench load}: concurrent clients asking a running server ({@link LoadBench}). */
@Command(
        name = "load",
        description = "Concurrent clients asking a running server; throughput and latency.",
        mixinStandardHelpOptions = true)
public final class BenchLoadCommand implements Callable<Integer> {

    @Option(
            names = "--url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:7070",
            description = "Server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(
            names = "--clients",
            paramLabel = "N",
            defaultValue = "8",
            description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "60",
            description = "Duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--questions", paramLabel = "FILE", description = "Question set (default: the bundled questions).")
    Path questions;

    @Option(names = "--model", paramLabel = "NAME", description = "Model profile (default: the server's default).")
    String model;

    @Option(
            names = "--unique",
            description = "Make every question unique (a request number is appended), so no cache helps.")
    boolean unique;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = questions != null
                ? questions
                : CollectionOptions.home()
                        .resolve("src")
                        .resolve("test")
                        .resolve("resources")
                        .resolve("eval")
                        .resolve("bundled-questions.jsonl");
        int errors = LoadBench.run(
                new LoadBench.Plan(url, clients, seconds, file, model, unique),
                spec.commandLine().getOut());
        return errors == 0 ? 0 : 1;
    }
}

package dev.cited.bench;

import dev.cited.index.IndexSettings;
import dev.cited.retrieve.Statistics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Times whole {@code cited} processes: cold start and the no-change {@code cited index}. */
final class ChildProcess {

    private ChildProcess() {}

    /**
     * Runs {@code cited <args>} in a new JVM (this JVM's java and module flags, 1 GiB heap) on the
     * index in {@code indexDir}, {@value CollectionBench#REPEATS} times; returns the median wall time in seconds,
     * or NaN when this JVM was not started from the Cited jar.
     */
    static double medianSeconds(
            List<String> args, Path indexDir, List<Path> corpus, IndexSettings settings, String expected)
            throws IOException, InterruptedException {
        Path jar;
        try {
            jar = Path.of(ChildProcess.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            return Double.NaN;
        }
        if (!Files.isRegularFile(jar)) {
            return Double.NaN;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-modules")
                        || a.startsWith("--enable-native-access")
                        || a.startsWith("-Dcited.home"))
                .forEach(cmd::add);
        cmd.addAll(List.of("-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-jar", jar.toString()));
        cmd.addAll(args);
        cmd.addAll(List.of(
                "--index",
                indexDir.toString(),
                "--embedding-model",
                settings.model().id()));
        for (Path p : corpus) {
            cmd.addAll(List.of("--corpus", p.toString()));
        }
        List<Double> seconds = new ArrayList<>();
        Path log = Files.createTempFile("cited-bench", ".log");
        try {
            for (int i = 0; i < CollectionBench.REPEATS; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IOException("`cited " + String.join(" ", args) + "` did not finish within 10 minutes");
                }
                seconds.add((System.nanoTime() - t0) / 1e9);
                String output = Files.readString(log, StandardCharsets.UTF_8);
                if (p.exitValue() != 0 || !output.contains(expected)) {
                    throw new IOException("`cited " + String.join(" ", args) + "` failed (exit " + p.exitValue() + "): "
                            + output.substring(Math.max(0, output.length() - 500)));
                }
            }
        } finally {
            Files.deleteIfExists(log);
        }
        return Statistics.median(seconds);
    }
}

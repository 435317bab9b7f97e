package dev.cited.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real OpenSearch 3.5 cluster with the k-NN plugin (Lucene engine only), running in its own JVM, for tests that talk
 * HTTP to it exactly as production does.
 *
 * <p>The cluster JVM runs {@code dev.cited.opensearch.cluster.TestClusterMain} from the separate Maven project in
 * {@code src/test/opensearch-cluster} (OpenSearch's Lucene clashes with the app's). {@link #start(int)} first builds that
 * project when its classpath file is missing or older than its pom or sources, with Maven from system property
 * {@code maven.home}, else {@code MAVEN_HOME} or {@code M2_HOME}, else {@code mvn} on the {@code PATH}, passing on
 * {@code maven.repo.local} when set. The build log is {@code target/opensearch-cluster/build.log}.
 *
 * <p>Every cluster gets a fresh directory {@code target/opensearch-cluster/<nodes>-nodes-*} holding {@code cluster.log}
 * (the JVM's output) and {@code nodes/node_i/logs} (each node's full log); nothing there is deleted. Paths are relative
 * to the working directory, which must be the main project's directory, as under Surefire.
 */
public final class OpenSearchTestCluster implements AutoCloseable {

    private static final Path PROJECT =
            Path.of("src", "test", "opensearch-cluster").toAbsolutePath();
    private static final Path CLASSPATH_FILE = PROJECT.resolve(Path.of("target", "runtime-classpath.txt"));
    private static final Path RUNS = Path.of("target", "opensearch-cluster").toAbsolutePath();
    private static final String MAIN_CLASS = "dev.cited.opensearch.cluster.TestClusterMain";
    /** Measured: 2 nodes with a small index use about 130 MB of heap and 400 MB resident. */
    private static final String HEAP = "-Xmx1g";

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern NUMBER_OF_NODES = Pattern.compile("\"number_of_nodes\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path dir;
    private final String url;

    private OpenSearchTestCluster(Process process, Path dir, String url) {
        this.process = process;
        this.dir = dir;
        this.url = url;
    }

    /**
     * Starts a cluster of {@code nodes} nodes and returns once its health is green with all of them joined.
     *
     * @param nodes how many nodes, 1 to 99; each is cluster-manager eligible and holds data
     * @throws IllegalArgumentException if {@code nodes} is out of range
     * @throws IllegalStateException if the build fails, or the cluster is not ready within 180 s; the message names the
     *     log to read
     */
    public static OpenSearchTestCluster start(int nodes) {
        if (nodes < 1 || nodes > 99) {
            throw new IllegalArgumentException("illegal number of nodes: " + nodes + ", must be 1 to 99");
        }
        try {
            String classpath = buildIfStale();
            Path dir = Files.createTempDirectory(Files.createDirectories(RUNS), nodes + "-nodes-");
            Path ready = dir.resolve("ready");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            HEAP,
                            "-cp",
                            classpath,
                            MAIN_CLASS,
                            String.valueOf(nodes),
                            dir.resolve("nodes").toString(),
                            ready.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("cluster.log").toFile())
                    .start();
            try {
                Instant deadline = Instant.now().plus(START_TIMEOUT);
                OpenSearchTestCluster cluster =
                        new OpenSearchTestCluster(process, dir, awaitUrl(process, dir, ready, deadline));
                cluster.awaitGreen(nodes, deadline);
                return cluster;
            } catch (Exception e) {
                stop(process);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the OpenSearch test cluster", e);
        }
    }

    /** The base URL of node 1, e.g. {@code http://127.0.0.1:24062}, without a trailing slash. */
    public String url() {
        return url;
    }

    /** Stops the cluster JVM: a polite stop that closes the nodes, then a forced one after 20 s. Deletes nothing. */
    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String awaitUrl(Process process, Path dir, Path ready, Instant deadline)
            throws IOException, InterruptedException {
        while (!Files.exists(ready)) {
            if (!process.isAlive()) {
                throw failure("exited with status " + process.exitValue() + " before it was ready", dir);
            }
            if (Instant.now().isAfter(deadline)) {
                throw failure("was not ready within " + START_TIMEOUT.toSeconds() + " s", dir);
            }
            Thread.sleep(200);
        }
        return Files.readString(ready, StandardCharsets.UTF_8).strip();
    }

    private void awaitGreen(int nodes, Instant deadline) throws InterruptedException {
        URI health = URI.create(url + "/_cluster/health?wait_for_status=green&wait_for_nodes=" + nodes + "&timeout=5s");
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(15))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                Matcher joined = NUMBER_OF_NODES.matcher(response.body());
                if (response.statusCode() == 200 && joined.find() && Integer.parseInt(joined.group(1)) == nodes) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw failure(
                "did not turn green with " + nodes + " nodes within " + START_TIMEOUT.toSeconds() + " s; last health: "
                        + last,
                dir);
    }

    /** Builds the cluster project if needed and returns its runtime classpath. */
    private static synchronized String buildIfStale() throws IOException, InterruptedException {
        if (isStale()) {
            Path log = Files.createDirectories(RUNS).resolve("build.log");
            List<String> command = new ArrayList<>(List.of(
                    maven(), "-B", "-q", "-f", PROJECT.resolve("pom.xml").toString()));
            String repo = System.getProperty("maven.repo.local");
            if (repo != null) {
                command.add("-Dmaven.repo.local=" + repo);
            }
            command.add("package");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process build = builder.start();
            if (!build.waitFor(BUILD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                build.destroyForcibly();
                throw new IllegalStateException(
                        "building " + PROJECT + " took over " + BUILD_TIMEOUT.toMinutes() + " min; log: " + log);
            }
            if (build.exitValue() != 0 || isStale()) {
                throw new IllegalStateException("building " + PROJECT + " failed (" + String.join(" ", command)
                        + ", exit status " + build.exitValue() + "); last lines of " + log + ":\n" + tail(log));
            }
        }
        return Files.readString(CLASSPATH_FILE, StandardCharsets.UTF_8).strip();
    }

    private static boolean isStale() throws IOException {
        if (!Files.exists(CLASSPATH_FILE)) {
            return true;
        }
        FileTime built = Files.getLastModifiedTime(CLASSPATH_FILE);
        try (Stream<Path> sources =
                Stream.concat(Stream.of(PROJECT.resolve("pom.xml")), Files.walk(PROJECT.resolve("src")))) {
            return sources.anyMatch(source -> lastModified(source).compareTo(built) > 0);
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code mvn} launcher: from {@code maven.home}, {@code MAVEN_HOME} or {@code M2_HOME}, else the PATH's. */
    private static String maven() {
        for (String home :
                new String[] {System.getProperty("maven.home"), System.getenv("MAVEN_HOME"), System.getenv("M2_HOME")
                }) {
            if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
                return Path.of(home, "bin", "mvn").toString();
            }
        }
        return "mvn";
    }

    private static IllegalStateException failure(String what, Path dir) {
        Path log = dir.resolve("cluster.log");
        return new IllegalStateException("the OpenSearch test cluster " + what + "; last lines of " + log
                + " (node logs in " + dir.resolve("nodes") + "/node_*/logs):\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}

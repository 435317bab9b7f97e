package dev.cited.opensearch.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Runs an OpenSearch cluster with the k-NN plugin for tests, all nodes in this JVM, until standard input closes.
 *
 * <p>Usage: {@code TestClusterMain <nodes> <basePath> <readyFile>}. Node {@code i} (1-based) keeps its config, data and
 * logs under {@code <basePath>/node_i} and listens on 127.0.0.1 only, on HTTP port {@code P + i - 1} and transport port
 * {@code P + nodes + i - 1}, where {@code P} starts a range of free ports chosen at start-up.
 *
 * <p>Once the cluster is at least yellow, {@code readyFile} appears (written atomically) holding one line, the base URL
 * of node 1, e.g. {@code http://127.0.0.1:24062}. A file rather than standard output, because OpenSearch's log
 * configuration closes the JVM's original standard output when the second node starts. When standard input reaches end
 * of file (the parent closed it or died), or the JVM is asked to terminate, the nodes are closed and the JVM exits. A
 * failure to start prints the stack trace to standard error and exits with status 1; bad arguments exit with status 2.
 * Node 1's start-up goes to standard output; every node logs in full to {@code <basePath>/node_i/logs}.
 */
public final class TestClusterMain {

    private static final String KNN_PLUGIN = "org.opensearch.knn.plugin.KNNPlugin";
    private static final int FIRST_CANDIDATE_PORT = 20_000;
    private static final int LAST_CANDIDATE_PORT = 30_000;
    private static final int PORT_RANGE_ATTEMPTS = 100;

    private TestClusterMain() {}

    /**
     * Starts the cluster, announces it in the ready file, and blocks until standard input closes.
     *
     * @param args the number of nodes (1 to 99), the base path for the nodes' directories and the ready file
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !args[0].matches("[1-9][0-9]?")) {
            System.err.println("usage: TestClusterMain <nodes 1-99> <basePath> <readyFile>");
            System.exit(2);
        }
        // As in the OpenSearch distribution: log4j must keep logging while the shutdown hook closes the nodes.
        System.setProperty("log4j.shutdownHookEnabled", "false");
        PrintStream err = System.err; // OpenSearch reroutes System.err into its logger; failures go to the real one
        OpenSearchRunner runner = new OpenSearchRunner();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runner, err), "close-opensearch"));
        try {
            int httpPort = start(runner, Integer.parseInt(args[0]), args[1]);
            Path ready = Path.of(args[2]);
            Path partial = ready.resolveSibling(ready.getFileName() + ".partial");
            Files.writeString(partial, "http://127.0.0.1:" + httpPort + "\n", StandardCharsets.UTF_8);
            Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE);
        } catch (Throwable e) { // including a missing class: the nodes' threads would keep the JVM alive
            e.printStackTrace(err);
            System.exit(1);
        }
        System.in.transferTo(OutputStream.nullOutputStream());
        System.exit(0);
    }

    /** Builds the nodes, waits for at least yellow and returns the HTTP port of node 1. */
    private static int start(OpenSearchRunner runner, int nodes, String basePath) throws IOException {
        int firstPort = freePortRange(2 * nodes);
        List<String> seedHosts = IntStream.range(0, nodes)
                .mapToObj(i -> "127.0.0.1:" + (firstPort + nodes + i))
                .toList();
        runner.setMaxHttpPort(-1); // the runner would probe only up to 9299; the ports below are known to be free
        runner.onBuild((id, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", firstPort + id - 1);
            settings.put("transport.port", firstPort + nodes + id - 1);
            // A nearly full disk on a build machine must not turn the test cluster read-only or red.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            if (nodes > 1) {
                settings.putList("discovery.seed_hosts", seedHosts);
            }
        });
        runner.build(OpenSearchRunner.newConfigs()
                .numOfNode(nodes)
                .baseHttpPort(firstPort - 1)
                .clusterName("cited-test")
                .basePath(basePath)
                .pluginTypes(KNN_PLUGIN));
        runner.ensureYellow();
        return firstPort;
    }

    /** Returns the first of {@code count} consecutive ports that are all free on the loopback address. */
    private static int freePortRange(int count) throws IOException {
        for (int attempt = 0; attempt < PORT_RANGE_ATTEMPTS; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(FIRST_CANDIDATE_PORT, LAST_CANDIDATE_PORT - count);
            if (IntStream.range(first, first + count).allMatch(TestClusterMain::isFree)) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports in [" + FIRST_CANDIDATE_PORT + ", "
                + LAST_CANDIDATE_PORT + ") after " + PORT_RANGE_ATTEMPTS + " attempts");
    }

    private static boolean isFree(int port) {
        try {
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void close(OpenSearchRunner runner, PrintStream err) {
        try {
            runner.close();
        } catch (IOException e) {
            e.printStackTrace(err);
        }
    }
}

package dev.cited.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples this JVM's heap in use and the process's resident set every {@value #INTERVAL_MS} ms
 * on a daemon thread and keeps the peaks. Heap in use includes garbage not yet collected, so the
 * peak is what the heap limit must allow, not the live set. RSS is read from {@code
 * /proc/self/status} (0 where that does not exist).
 */
final class ResourceSampler implements AutoCloseable {

    static final int INTERVAL_MS = 100;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakHeap;
    private volatile long peakRss;

    ResourceSampler() {
        sample();
        thread = Thread.ofPlatform().daemon().name("cited-bench-sampler").start(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private void sample() {
        Runtime rt = Runtime.getRuntime();
        peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
        peakRss = Math.max(peakRss, rss());
    }

    /** Resident set size of this process in bytes, 0 when unknown. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    long peakHeapMib() {
        return peakHeap / (1024 * 1024);
    }

    long peakRssMib() {
        return peakRss / (1024 * 1024);
    }

    /** Stops sampling after one last sample; the peaks stay readable. Idempotent. */
    void stop() {
        running = false;
        thread.interrupt();
        sample();
    }

    @Override
    public void close() {
        stop();
    }
}

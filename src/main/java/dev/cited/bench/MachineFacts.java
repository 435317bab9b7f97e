package dev.cited.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The machine a benchmark ran on, as printed beside its numbers.
 *
 * @param cores available processors
 * @param cpu the CPU model name (from {@code /proc/cpuinfo} where readable)
 * @param memoryGib physical memory
 * @param jdk vendor and version of the running JDK
 * @param os operating system name and version
 * @param maxHeapMib the heap limit of this JVM
 * @param date the day of the run
 */
record MachineFacts(int cores, String cpu, double memoryGib, String jdk, String os, long maxHeapMib, String date) {

    static MachineFacts current() {
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                physicalMemoryGib(),
                System.getProperty("java.vendor") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                LocalDate.now(ZoneOffset.UTC).toString());
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "%d cores (%s), %.0f GiB RAM, %s, %s, max heap %d MiB, %s",
                cores,
                cpu,
                memoryGib,
                jdk,
                os,
                maxHeapMib,
                date);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double physicalMemoryGib() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                            .filter(l -> l.startsWith("MemTotal:"))
                            .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                            .findFirst()
                            .orElse(0)
                    / (1024.0 * 1024.0);
        } catch (IOException e) {
            return 0;
        }
    }
}

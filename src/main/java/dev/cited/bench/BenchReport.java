package dev.cited.bench;

import dev.cited.index.VectorEncoding;
import dev.cited.retrieve.HnswRecall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders a {@link BenchResult} as a Markdown section and puts it into the report file:
 * between {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}, replacing an earlier run
 * of the same name and leaving the rest of the file as it is.
 */
public final class BenchReport {

    private BenchReport() {}

    public static String markdown(BenchResult r) {
        StringBuilder md = new StringBuilder();
        BenchResult.Build build = r.build();
        BenchResult.Build rebuild = r.rebuild1pct();
        BenchResult.RawThroughput raw = r.raw();
        BenchResult.Serving serving = r.serving();
        md.append(String.format(
                Locale.ROOT,
                "### %s: %,d papers, %,d chunks (`cited bench`)%n%n",
                r.name(),
                build.papers(),
                build.chunks()));
        md.append("Command: `").append(r.command()).append("`  \n");
        md.append("Machine: ").append(r.machine()).append("  \n");
        md.append("Embedding model: ").append(r.embeddingModel()).append("\n\n");
        md.append("| measure | result |\n|---|---|\n");
        row(
                md,
                "fresh build, end to end",
                String.format(
                        Locale.ROOT,
                        "%.1f s: %.1f papers/s, %.1f chunks/s (%,d chunks and %,d sentences embedded)",
                        build.seconds(),
                        build.papersPerS(),
                        build.chunksPerS(),
                        build.embedded(),
                        build.embeddedSentences()));
        row(
                md,
                "raw embedding model, same texts",
                String.format(
                        Locale.ROOT,
                        "%.1f chunks/s, %.1f sentences/s (%,d chunks and %,d sentences sampled evenly, batches of 64, all cores)",
                        raw.chunksPerS(),
                        raw.sentencesPerS(),
                        raw.sampleChunks(),
                        raw.sampleSentences()));
        if (build.overheadPct() != null) {
            row(
                    md,
                    "build time over the model's own time",
                    String.format(
                            Locale.ROOT,
                            "%+.1f%% (%.1f s build vs %.1f s of embedding at the raw rate)",
                            build.overheadPct(),
                            build.seconds(),
                            build.modelSeconds()));
        }
        row(
                md,
                "peak heap in use / peak RSS during the build",
                String.format(Locale.ROOT, "%,d MiB / %,d MiB", build.peakHeapMib(), build.peakRssMib()));
        row(
                md,
                "index on disk / embedding cache",
                String.format(Locale.ROOT, "%.1f MiB / %.1f MiB", build.indexMib(), build.embeddingCacheMib()));
        row(
                md,
                "rebuild after rewording 1% of abstracts",
                String.format(
                        Locale.ROOT,
                        "%.1f s (%,d records edited, %,d chunks and %,d sentences embedded)",
                        rebuild.seconds(),
                        r.editedRecords(),
                        rebuild.embedded(),
                        rebuild.embeddedSentences()));
        row(
                md,
                "unchanged collection: staleness check in process (median of 3)",
                String.format(Locale.ROOT, "%.0f ms", r.noChangeCheckMs()));
        row(md, "unchanged collection: whole `cited index` process (median of 3)", seconds(r.noChangeIndexProcessS()));
        row(md, "cold start: `cited ask` process to first answer, `-Xmx1g` (median of 3)", seconds(r.coldStartS()));
        row(
                md,
                "peak heap in use / peak RSS while serving the latency runs",
                String.format(
                        Locale.ROOT, "%,d MiB / %,d MiB", serving.servingPeakHeapMib(), serving.servingPeakRssMib()));
        row(
                md,
                String.format(
                        Locale.ROOT,
                        "HNSW (M %d, beam width %d) recall@10 vs exact search, searching %d candidates as the"
                                + " retrievers do / only 10",
                        VectorEncoding.HNSW_M,
                        VectorEncoding.HNSW_BEAM_WIDTH,
                        HnswRecall.RETRIEVER_CANDIDATES),
                String.format(
                        Locale.ROOT,
                        "%.3f / %.3f (over the warm-up queries)",
                        serving.hnswRecallAt10(),
                        serving.hnswRecallAt10K10()));
        md.append(String.format(
                Locale.ROOT,
                "%nLatency in process, %s, %d unseen queries per row (%s), after a warm-up pass:%n%n",
                serving.retriever(),
                serving.queriesPerRun(),
                serving.querySource()));
        md.append(
                "| operation | concurrency | queries | p50 ms | p95 ms | p99 ms | throughput (q/s) |\n|---|---|---|---|---|---|---|\n");
        for (BenchResult.LatencyRow l : serving.latency()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    l.operation(),
                    l.concurrency(),
                    l.queries(),
                    l.p50Ms(),
                    l.p95Ms(),
                    l.p99Ms(),
                    l.throughput()));
        }
        return md.toString();
    }

    private static String seconds(double value) {
        return Double.isNaN(value)
                ? "not measured (not run from the Cited jar)"
                : String.format(Locale.ROOT, "%.2f s", value);
    }

    private static void row(StringBuilder md, String measure, String result) {
        md.append("| ").append(measure).append(" | ").append(result).append(" |\n");
    }

    /** Writes {@code section} as the run named {@code name} into {@code file}, creating it if needed. */
    public static void write(Path file, String name, String section) throws IOException {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String block = begin + "\n" + section + end + "\n";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        if (a >= 0 && b > a) {
            text = text.substring(0, a)
                    + block
                    + text.substring(b + end.length()).replaceFirst("^\n", "");
        } else {
            text = text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + block;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

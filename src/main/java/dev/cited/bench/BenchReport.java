package dev.cited.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Renders {@link BenchCommand}'s results as a Markdown section and puts it into the report file:
 * between {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}, replacing an earlier run
 * of the same name and leaving the rest of the file as it is.
 */
final class BenchReport {

    private BenchReport() {}

    static String markdown(JsonNode r) {
        StringBuilder md = new StringBuilder();
        JsonNode build = r.path("build");
        JsonNode rebuild = r.path("rebuild_1pct");
        md.append(String.format(Locale.ROOT, "### %s: %,d papers, %,d chunks (`cited bench`)%n%n", r.path("name").asText(),
                build.path("papers").asInt(), build.path("chunks").asInt()));
        md.append("Command: `").append(r.path("command").asText()).append("`  \n");
        md.append("Machine: ").append(r.path("machine").asText()).append("  \n");
        md.append("Embedding model: ").append(r.path("embedding_model").asText()).append("\n\n");
        md.append("| measure | result |\n|---|---|\n");
        row(md, "fresh build, end to end", String.format(Locale.ROOT,
                "%.1f s: %.1f papers/s, %.1f chunks/s (%,d chunks and %,d sentences embedded)",
                build.path("seconds").asDouble(), build.path("papers_per_s").asDouble(), build.path("chunks_per_s").asDouble(),
                build.path("embedded").asInt(), build.path("embedded_sentences").asInt()));
        row(md, "raw embedding model, same texts", String.format(Locale.ROOT,
                "%.1f chunks/s, %.1f sentences/s (%,d chunks and %,d sentences sampled evenly, batches of 64, all cores)",
                r.path("raw_chunks_per_s").asDouble(), r.path("raw_sentences_per_s").asDouble(),
                r.path("raw_sample_chunks").asInt(), r.path("raw_sample_sentences").asInt()));
        if (build.has("overhead_pct")) {
            row(md, "build time over the model's own time", String.format(Locale.ROOT, "%+.1f%% (%.1f s build vs %.1f s of embedding at the raw rate)",
                    build.path("overhead_pct").asDouble(), build.path("seconds").asDouble(), build.path("model_seconds").asDouble()));
        }
        row(md, "peak heap in use / peak RSS during the build", String.format(Locale.ROOT, "%,d MiB / %,d MiB",
                build.path("peak_heap_mib").asLong(), build.path("peak_rss_mib").asLong()));
        row(md, "index on disk / embedding cache", String.format(Locale.ROOT, "%.1f MiB / %.1f MiB",
                build.path("index_mib").asDouble(), build.path("embedding_cache_mib").asDouble()));
        row(md, "rebuild after rewording 1% of abstracts", String.format(Locale.ROOT,
                "%.1f s (%,d records edited, %,d chunks and %,d sentences embedded)", rebuild.path("seconds").asDouble(),
                r.path("edited_records").asInt(), rebuild.path("embedded").asInt(), rebuild.path("embedded_sentences").asInt()));
        row(md, "unchanged collection: staleness check in process (median of 3)",
                String.format(Locale.ROOT, "%.0f ms", r.path("no_change_check_ms").asDouble()));
        row(md, "unchanged collection: whole `cited index` process (median of 3)", seconds(r.path("no_change_index_process_s")));
        row(md, "cold start: `cited ask` process to first answer, `-Xmx1g` (median of 3)", seconds(r.path("cold_start_s")));
        row(md, "peak heap in use / peak RSS while serving the latency runs", String.format(Locale.ROOT, "%,d MiB / %,d MiB",
                r.path("serving_peak_heap_mib").asLong(), r.path("serving_peak_rss_mib").asLong()));
        row(md, "HNSW (M 16, beam width 100) recall@10 vs exact search, searching 300 candidates as the retrievers do / only 10",
                String.format(Locale.ROOT, "%.3f / %.3f (over the warm-up queries)", r.path("hnsw_recall_at_10").asDouble(),
                        r.path("hnsw_recall_at_10_k10").asDouble()));
        md.append(String.format(Locale.ROOT, "%nLatency in process, %s, %d unseen queries per row (%s), after a warm-up pass:%n%n",
                r.path("retriever").asText(), r.path("queries_per_run").asInt(), r.path("query_source").asText()));
        md.append("| operation | concurrency | queries | p50 ms | p95 ms | p99 ms | throughput (q/s) |\n|---|---|---|---|---|---|---|\n");
        for (JsonNode l : r.path("latency")) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", l.path("operation").asText(),
                    l.path("concurrency").asInt(), l.path("queries").asInt(), l.path("p50_ms").asDouble(),
                    l.path("p95_ms").asDouble(), l.path("p99_ms").asDouble(), l.path("throughput").asDouble()));
        }
        return md.toString();
    }

    private static String seconds(JsonNode value) {
        return value.isNumber() && !Double.isNaN(value.asDouble())
                ? String.format(Locale.ROOT, "%.2f s", value.asDouble()) : "not measured (not run from the Cited jar)";
    }

    private static void row(StringBuilder md, String measure, String result) {
        md.append("| ").append(measure).append(" | ").append(result).append(" |\n");
    }

    /** Writes {@code section} as the run named {@code name} into {@code file}, creating it if needed. */
    static void write(Path file, String name, String section) throws IOException {
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        String block = begin + "\n" + section + end + "\n";
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        if (a >= 0 && b > a) {
            text = text.substring(0, a) + block + text.substring(b + end.length()).replaceFirst("^\n", "");
        } else {
            text = text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + block;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

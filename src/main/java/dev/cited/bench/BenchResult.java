package dev.cited.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Everything one {@code cited bench} run measured, as {@link BenchReport} renders it and as
 * {@code --json} prints it (snake_case keys). Times not measured (no Cited jar to start) are NaN.
 *
 * @param name the report section
 * @param command the command line that produced it
 * @param machine {@link MachineFacts} in one line
 * @param embeddingModel the embedding model's id
 * @param raw the raw embedding model's throughput on the collection's own texts
 * @param build the fresh build
 * @param rebuild1pct the rebuild after rewording 1% of the abstracts
 * @param editedRecords records reworded for that rebuild
 * @param noChangeCheckMs median staleness check of an unchanged collection, in process
 * @param noChangeIndexProcessS median whole {@code cited index} process on an unchanged collection
 * @param serving search and ask latency, HNSW recall and memory while serving
 * @param coldStartS median {@code cited ask} process, start to answer
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchResult(
        String name,
        String command,
        String machine,
        String embeddingModel,
        @JsonUnwrapped(prefix = "raw_") RawThroughput raw,
        Build build,
        @JsonProperty("rebuild_1pct") Build rebuild1pct,
        int editedRecords,
        double noChangeCheckMs,
        double noChangeIndexProcessS,
        @JsonUnwrapped Serving serving,
        double coldStartS) {

    /** Texts per second of the raw model embedding evenly spread samples of chunks and of sentences. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RawThroughput(
            double chunksPerS,
            double sentencesPerS,
            int sampleChunks,
            double secondsChunks,
            int sampleSentences,
            double secondsSentences) {}

    /**
     * One index build.
     *
     * @param modelSeconds the time the raw model would take to embed what the build embedded;
     *     null when it embedded nothing
     * @param overheadPct how much longer the build took than {@code modelSeconds}; null with it
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Build(
            double seconds,
            int papers,
            int chunks,
            int embedded,
            int sentences,
            int embeddedSentences,
            double papersPerS,
            double chunksPerS,
            long peakHeapMib,
            long peakRssMib,
            double indexMib,
            double embeddingCacheMib,
            Double modelSeconds,
            Double overheadPct) {}

    /** The latency runs over one opened index. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Serving(
            int queriesPerRun,
            String querySource,
            String retriever,
            @JsonProperty("hnsw_recall_at_10_k10") double hnswRecallAt10K10,
            @JsonProperty("hnsw_recall_at_10") double hnswRecallAt10,
            List<LatencyRow> latency,
            long servingPeakHeapMib,
            long servingPeakRssMib) {}

    /** One row of the latency table. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LatencyRow(
            String operation,
            int concurrency,
            int queries,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double throughput) {}
}

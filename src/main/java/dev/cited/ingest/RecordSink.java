package dev.cited.ingest;

/** Receives what a reader finds: records, and problems that name file and line. */
public interface RecordSink {

    /** A record was read. */
    void record(RawRecord record);

    /** Something was skipped or repaired; reading goes on. */
    void problem(IngestProblem problem);

    /** A comment line was attached to the record before it (counted in the ingest report). */
    default void commentAttached() {}
}

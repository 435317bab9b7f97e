package dev.cited.ingest;

import java.io.BufferedReader;
import java.io.IOException;

/** Reads one file of one {@link CorpusFormat format}. Implementations are stateless. */
public interface CorpusReader {

    /**
     * Reads every record of {@code in}, passing records and problems to {@code sink}. A
     * malformed record is reported as a problem and reading continues with the next one.
     *
     * @param file the file name used in records and problems
     * @throws IOException only when the file itself cannot be read
     */
    void read(String file, BufferedReader in, RecordSink sink) throws IOException;
}

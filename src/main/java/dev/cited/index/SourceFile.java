package dev.cited.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cited.ingest.ContentHash;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;

/**
 * One input file as it was when an index was built.
 *
 * @param path absolute path
 * @param size bytes
 * @param modified last-modified time in milliseconds
 * @param sha256 hex SHA-256 of the bytes
 */
public record SourceFile(
        @JsonProperty("path") String path,
        @JsonProperty("size") long size,
        @JsonProperty("modified") long modified,
        @JsonProperty("sha256") String sha256) {

    /** Describes {@code file} now, hashing its bytes. */
    public static SourceFile of(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        return new SourceFile(
                abs.toString(), Files.size(abs), Files.getLastModifiedTime(abs).toMillis(), hash(abs));
    }

    /**
     * True when {@code file} still has this content: same size and time, or else the same hash
     * (a touched but unchanged file does not count as a change).
     */
    public boolean unchanged(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.toString().equals(path) || !Files.isRegularFile(abs) || Files.size(abs) != size) {
            return false;
        }
        return Files.getLastModifiedTime(abs).toMillis() == modified
                || hash(abs).equals(sha256);
    }

    private static String hash(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), ContentHash.digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }
}
